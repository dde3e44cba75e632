// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "ui/person/PersonEditTab.h"

#include "core/storage/PersonStore.h"
#include "ui/common/ErrorText.h"
#include "ui/common/Session.h"
#include "ui/person/EditPersonCommand.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QVBoxLayout>

namespace isf::ui {

PersonEditTab::PersonEditTab(Session &session, Id personId, const QString &what, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_personId(personId)
    , m_what(what)
    , m_form(new QFormLayout)
    , m_message(new QLabel(this))
    , m_save(new QPushButton(tr("&Save changes"), this))
    , m_revert(new QPushButton(tr("Re&vert"), this))
{
    auto *inner = new QWidget;
    auto *innerLayout = new QVBoxLayout(inner);
    innerLayout->addLayout(m_form);
    innerLayout->addStretch(1); // fields stay together at the top, whatever the height
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(inner);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    m_message->setObjectName(QStringLiteral("personEditMessage"));
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Message"));
    m_save->setObjectName(QStringLiteral("savePersonButton"));
    m_save->setAccessibleName(tr("Save changes to %1").arg(what));
    m_revert->setObjectName(QStringLiteral("revertPersonButton"));
    m_revert->setAccessibleName(tr("Revert changes to %1").arg(what));
    m_save->setEnabled(false);
    m_revert->setEnabled(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_message, 1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);

    connect(m_save, &QPushButton::clicked, this, &PersonEditTab::save);
    connect(m_revert, &QPushButton::clicked, this, &PersonEditTab::reload);
    auto *shortcut = new QShortcut(QKeySequence::Save, this);
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(shortcut, &QShortcut::activated, this, &PersonEditTab::save);
}

QLineEdit *PersonEditTab::addLine(const QString &label, const QString &objectName)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    QString plain = label;
    plain.remove(u'&');
    edit->setAccessibleName(plain);
    m_form->addRow(label, edit);
    watch(edit);
    return edit;
}

QPlainTextEdit *PersonEditTab::addText(const QString &label, const QString &objectName)
{
    auto *edit = new QPlainTextEdit(this);
    edit->setObjectName(objectName);
    QString plain = label;
    plain.remove(u'&');
    edit->setAccessibleName(plain);
    edit->setTabChangesFocus(true);
    edit->setMaximumHeight(edit->fontMetrics().height() * 5);
    m_form->addRow(label, edit);
    watch(edit);
    return edit;
}

void PersonEditTab::watch(QWidget *field)
{
    auto dirty = [this] {
        if (!m_loading)
            setDirty(true);
    };
    if (auto *e = qobject_cast<QLineEdit *>(field))
        connect(e, &QLineEdit::textEdited, this, dirty);
    else if (auto *t = qobject_cast<QPlainTextEdit *>(field))
        connect(t, &QPlainTextEdit::textChanged, this, dirty);
    else if (auto *c = qobject_cast<QComboBox *>(field))
        connect(c, &QComboBox::currentIndexChanged, this, dirty);
    else if (auto *d = qobject_cast<QDateEdit *>(field))
        connect(d, &QDateEdit::dateChanged, this, dirty);
    else if (auto *b = qobject_cast<QCheckBox *>(field))
        connect(b, &QCheckBox::toggled, this, dirty);
}

bool PersonEditTab::hasUnsavedChanges() const
{
    return m_save->isEnabled();
}

void PersonEditTab::setDirty(bool dirty)
{
    m_save->setEnabled(dirty);
    m_revert->setEnabled(dirty);
    if (dirty)
        m_message->clear();
}

void PersonEditTab::reload()
{
    attempt(this, tr("Load %1").arg(m_what), [&] {
        if (auto p = personById(m_session.file(), m_personId))
            m_loaded = *p;
    });
    m_loading = true;
    load(m_loaded);
    m_loading = false;
    setDirty(false);
}

bool PersonEditTab::save()
{
    if (!m_save->isEnabled())
        return true;
    Person after = m_loaded;
    store(after);
    try {
        EditPersonCommand::apply(
            m_session, m_loaded, after, tr("Edit %1 of %2").arg(m_what, after.ref));
    } catch (const std::exception &e) {
        m_message->setText(errorText(e)); // shown in place; nothing was saved
        return false;
    }
    m_loaded = after;
    setDirty(false);
    m_message->setText(tr("Saved."));
    return true;
}

} // namespace isf::ui
