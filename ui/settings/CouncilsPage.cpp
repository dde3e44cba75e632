// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "ui/settings/CouncilsPage.h"

#include "core/storage/ReferenceStore.h"
#include "ui/common/ErrorText.h"
#include "ui/common/FileDialogs.h"
#include "ui/common/Format.h"
#include "ui/common/RecordTable.h"
#include "ui/common/Session.h"
#include "ui/settings/PolicyRuleText.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace isf::ui {

CouncilsPage::CouncilsPage(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_list(new RecordTable(QStringLiteral("councilsTable"), tr("Councils"), this))
    , m_name(new QLineEdit(this))
    , m_address(new QLineEdit(this))
    , m_contact(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_preset(new QComboBox(this))
    , m_policy(new QTableWidget(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("councilsPage"));
    m_list->setColumns({ tr("Council") });
    m_name->setObjectName(QStringLiteral("councilName"));
    m_name->setAccessibleName(tr("Council name"));
    m_address->setObjectName(QStringLiteral("councilAddress"));
    m_address->setAccessibleName(tr("Council address"));
    m_address->setToolTip(tr("The council's postal address, as on letters and statements"));
    m_contact->setObjectName(QStringLiteral("councilContact"));
    m_contact->setAccessibleName(tr("Contact name"));
    m_contact->setToolTip(tr("Who at the council deals with these funds"));
    m_email->setObjectName(QStringLiteral("councilEmail"));
    m_email->setAccessibleName(tr("Contact email"));
    m_preset->setObjectName(QStringLiteral("councilPreset"));
    m_preset->setAccessibleName(tr("Policy preset"));
    m_preset->addItems(Policy::presetNames());
    m_policy->setObjectName(QStringLiteral("councilPolicy"));
    m_policy->setAccessibleName(tr("Policy parameters"));
    m_policy->setColumnCount(3);
    m_policy->setHorizontalHeaderLabels({ tr("Rule"), tr("Value"), tr("Unit") });
    m_policy->verticalHeader()->hide();
    m_policy->setWordWrap(true); // a rule's words wrap rather than end in "…"
    m_policy->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    const std::vector<PolicyRuleText> rules = policyRuleTexts();
    m_policy->setRowCount(static_cast<int>(rules.size()));
    for (int r = 0; r < static_cast<int>(rules.size()); ++r) {
        const PolicyRuleText &rule = rules[static_cast<size_t>(r)];
        auto *label = new QTableWidgetItem(rule.label);
        label->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        label->setData(Qt::UserRole, rule.key);
        label->setToolTip(rule.help);
        auto *value = new QTableWidgetItem;
        value->setToolTip(rule.help);
        value->setData(Qt::AccessibleDescriptionRole, rule.help);
        auto *unit = new QTableWidgetItem(rule.unit);
        unit->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        unit->setToolTip(rule.help);
        m_policy->setItem(r, 0, label);
        m_policy->setItem(r, 1, value);
        m_policy->setItem(r, 2, unit);
    }
    m_policy->resizeColumnToContents(0);
    m_policy->resizeColumnToContents(2);
    m_policy->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_policy->setColumnWidth(1, fontMetrics().horizontalAdvance(QStringLiteral("MMMMMMMM")));
    m_policy->setToolTip(tr("Each rule in plain words; type the value in the middle column. "
                            "Hover over a rule for what it does."));
    m_message->setWordWrap(true);
    auto *applyPreset = new QPushButton(tr("Use &preset"), this);
    applyPreset->setObjectName(QStringLiteral("councilUsePreset"));
    applyPreset->setToolTip(tr("Fill every rule with the chosen preset's values"));
    auto *clear = new QPushButton(tr("&New council"), this);
    clear->setObjectName(QStringLiteral("newCouncil"));
    clear->setToolTip(tr("Start a new council (you are asked first if you have unsaved edits)"));
    auto *save = new QPushButton(tr("&Save council"), this);
    save->setToolTip(tr("Save this council and its rules"));
    save->setObjectName(QStringLiteral("saveCouncil"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("C&ontact:"), m_contact);
    form->addRow(tr("&Email:"), m_email);
    auto *presetRow = new QHBoxLayout;
    presetRow->addWidget(m_preset, 1);
    presetRow->addWidget(applyPreset);
    auto *presetLabel = new QLabel(tr("P&reset:"), this);
    presetLabel->setBuddy(m_preset);
    form->addRow(presetLabel, presetRow);
    auto *right = new QVBoxLayout;
    right->addLayout(form);
    right->addWidget(m_policy, 1);
    auto *top = new QHBoxLayout;
    top->addWidget(m_list, 1);
    top->addLayout(right, 3);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_message, 1);
    buttons->addWidget(clear);
    buttons->addWidget(save);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addLayout(buttons);
    connect(m_list, &QTableWidget::itemSelectionChanged, this, &CouncilsPage::showSelected);
    connect(applyPreset, &QPushButton::clicked, this, &CouncilsPage::applyPreset);
    connect(clear, &QPushButton::clicked, this, &CouncilsPage::startNew);
    connect(save, &QPushButton::clicked, this, &CouncilsPage::save);
    for (QLineEdit *e : { m_name, m_address, m_contact, m_email })
        connect(e, &QLineEdit::textEdited, this, [this] { setDirty(true); });
    connect(m_policy, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (item->column() == 1)
            setDirty(true);
    });
    reload();
    m_loading = true;
    this->applyPreset();
    m_loading = false;
    setDirty(false);
}

void CouncilsPage::setDirty(bool dirty)
{
    if (!m_loading)
        m_dirty = dirty;
}

QString CouncilsPage::ruleKey(int row) const
{
    return m_policy->item(row, 0)->data(Qt::UserRole).toString();
}

bool CouncilsPage::confirmLeave()
{
    if (!m_dirty)
        return true;
    const QString what
        = m_name->text().trimmed().isEmpty() ? tr("the new council") : m_name->text().trimmed();
    switch (appDialogs().askToSave(this, what)) {
    case UnsavedAnswer::Save:
        return save(); // a refused check keeps what was typed, with the reason
    case UnsavedAnswer::Discard:
        m_dirty = false;
        return true;
    case UnsavedAnswer::Cancel:
        break;
    }
    return false;
}

void CouncilsPage::startNew()
{
    if (!confirmLeave())
        return;
    m_loading = true;
    for (QLineEdit *e : { m_name, m_address, m_contact, m_email })
        e->clear();
    applyPreset();
    m_loading = false;
    m_dirty = false;
    m_shownId = 0;
    {
        const QSignalBlocker block(m_list);
        m_list->clearSelection();
    }
    m_message->clear();
    m_name->setFocus();
}

void CouncilsPage::reload()
{
    const QSignalBlocker block(m_list);
    m_list->clearRows();
    attempt(this, tr("Load the councils"), [&] {
        for (const Council &c : listCouncils(m_session.file()))
            m_list->addRow({ c.name }, c.id);
    });
    m_list->fitColumns();
}

void CouncilsPage::showSelected()
{
    if (m_list->currentId() == m_shownId)
        return;
    if (!confirmLeave()) {
        // Back to the council being edited, so what was typed stays.
        const QSignalBlocker block(m_list);
        for (int r = 0; r < m_list->rowCount(); ++r)
            if (m_list->item(r, 0)->data(IdRole).toLongLong() == m_shownId)
                m_list->setCurrentCell(r, 0);
        return;
    }
    m_loading = true;
    attempt(this, tr("Load the council"), [&] {
        const auto c = councilById(m_session.file(), m_list->currentId());
        if (!c)
            return;
        m_shownId = c->id;
        m_name->setText(c->name);
        m_address->setText(c->address);
        m_contact->setText(c->contactName);
        m_email->setText(c->contactEmail);
        m_preset->setCurrentText(c->policy.preset);
        for (int r = 0; r < m_policy->rowCount(); ++r)
            m_policy->item(r, 1)->setText(c->policy.get(ruleKey(r)));
    });
    m_loading = false;
    m_dirty = false;
}

void CouncilsPage::applyPreset()
{
    attempt(this, tr("Use the preset"), [&] {
        const Policy p = Policy::fromPreset(m_preset->currentText());
        for (int r = 0; r < m_policy->rowCount(); ++r)
            m_policy->item(r, 1)->setText(p.get(ruleKey(r)));
    });
}

bool CouncilsPage::save()
{
    try {
        Council c;
        if (const auto existing = findCouncil(m_session.file(), m_name->text().trimmed()))
            c = *existing;
        c.name = m_name->text().trimmed();
        c.address = m_address->text().trimmed();
        c.contactName = m_contact->text().trimmed();
        c.contactEmail = m_email->text().trimmed();
        c.policy = Policy::fromPreset(m_preset->currentText());
        for (int r = 0; r < m_policy->rowCount(); ++r) {
            const QString value = m_policy->item(r, 1)->text().trimmed();
            if (!value.isEmpty())
                c.policy.set(ruleKey(r), value);
        }
        m_shownId = saveCouncil(m_session.file(), c);
        m_dirty = false;
        m_message->setText(tr("Saved %1.").arg(c.name));
        reload();
        m_session.notifyChanged(0);
        return true;
    } catch (const std::exception &e) {
        // What was typed stays, to be corrected; the rule is named as on screen.
        QString text = errorText(e);
        for (const PolicyRuleText &rule : policyRuleTexts())
            text.replace(rule.key, QStringLiteral("\u201c%1\u201d").arg(rule.label));
        m_message->setText(text);
        return false;
    }
}

} // namespace isf::ui
