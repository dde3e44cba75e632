// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "ui/entry/NewPersonDialog.h"

#include "core/storage/PersonStore.h"
#include "core/storage/ReferenceStore.h"
#include "ui/common/ErrorText.h"
#include "ui/common/Session.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace isf::ui {

NewPersonDialog::NewPersonDialog(Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_ref(new QLineEdit(this))
    , m_given(new QLineEdit(this))
    , m_family(new QLineEdit(this))
    , m_council(new QComboBox(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("newPersonDialog"));
    setWindowTitle(tr("Add a person"));
    setAccessibleName(windowTitle());
    m_ref->setObjectName(QStringLiteral("newPersonRef"));
    m_ref->setAccessibleName(tr("Reference"));
    m_given->setObjectName(QStringLiteral("newPersonGiven"));
    m_given->setAccessibleName(tr("Given name"));
    m_family->setObjectName(QStringLiteral("newPersonFamily"));
    m_family->setAccessibleName(tr("Family name"));
    m_council->setObjectName(QStringLiteral("newPersonCouncil"));
    m_council->setAccessibleName(tr("Council"));
    m_message->setObjectName(QStringLiteral("newPersonMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("font-weight: bold;"));
    attempt(this, tr("Load the councils"), [&] {
        for (const Council &c : listCouncils(session.file()))
            m_council->addItem(c.name, c.id);
    });
    if (m_council->count() == 0)
        m_message->setText(tr("Add the council first (Settings \u2192 Councils and policies)."));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("newPersonOk"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Reference:"), m_ref);
    form->addRow(tr("&Given name:"), m_given);
    form->addRow(tr("&Family name:"), m_family);
    form->addRow(tr("&Council:"), m_council);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &NewPersonDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NewPersonDialog::reject);
}

void NewPersonDialog::accept()
{
    Person p;
    p.ref = m_ref->text().trimmed();
    p.givenName = m_given->text().trimmed();
    p.familyName = m_family->text().trimmed();
    p.councilId = m_council->currentData().toLongLong();
    try {
        m_id = savePerson(m_session.file(), p);
    } catch (const std::exception &e) {
        m_message->setText(errorText(e));
        return;
    }
    m_session.notifyChanged(m_id);
    QDialog::accept();
}

} // namespace isf::ui
