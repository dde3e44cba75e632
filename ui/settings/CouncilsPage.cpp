#include "ui/settings/CouncilsPage.h"

#include "core/storage/ReferenceStore.h"
#include "ui/common/ErrorText.h"
#include "ui/common/RecordTable.h"
#include "ui/common/Session.h"

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
    m_contact->setAccessibleName(tr("Contact name"));
    m_email->setAccessibleName(tr("Contact email"));
    m_preset->setObjectName(QStringLiteral("councilPreset"));
    m_preset->setAccessibleName(tr("Policy preset"));
    m_preset->addItems(Policy::presetNames());
    m_policy->setObjectName(QStringLiteral("councilPolicy"));
    m_policy->setAccessibleName(tr("Policy parameters"));
    m_policy->setColumnCount(2);
    m_policy->setHorizontalHeaderLabels({ tr("Rule"), tr("Value") });
    m_policy->verticalHeader()->hide();
    m_policy->horizontalHeader()->setStretchLastSection(true);
    const QStringList params = Policy::parameterNames();
    m_policy->setRowCount(static_cast<int>(params.size()));
    for (int r = 0; r < params.size(); ++r) {
        auto *key = new QTableWidgetItem(params[r]);
        key->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        m_policy->setItem(r, 0, key);
        m_policy->setItem(r, 1, new QTableWidgetItem);
    }
    m_policy->resizeColumnToContents(0);
    m_message->setWordWrap(true);
    auto *applyPreset = new QPushButton(tr("Use &preset"), this);
    auto *clear = new QPushButton(tr("&New council"), this);
    auto *save = new QPushButton(tr("&Save council"), this);
    save->setObjectName(QStringLiteral("saveCouncil"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
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
    top->addWidget(m_list, 2);
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
    connect(clear, &QPushButton::clicked, this, [this] {
        m_name->clear();
        m_contact->clear();
        m_email->clear();
        this->applyPreset();
        m_name->setFocus();
    });
    connect(save, &QPushButton::clicked, this, &CouncilsPage::save);
    reload();
    this->applyPreset();
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
    attempt(this, tr("Load the council"), [&] {
        const auto c = councilById(m_session.file(), m_list->currentId());
        if (!c)
            return;
        m_name->setText(c->name);
        m_contact->setText(c->contactName);
        m_email->setText(c->contactEmail);
        m_preset->setCurrentText(c->policy.preset);
        for (int r = 0; r < m_policy->rowCount(); ++r)
            m_policy->item(r, 1)->setText(c->policy.get(m_policy->item(r, 0)->text()));
    });
}

void CouncilsPage::applyPreset()
{
    attempt(this, tr("Use the preset"), [&] {
        const Policy p = Policy::fromPreset(m_preset->currentText());
        for (int r = 0; r < m_policy->rowCount(); ++r)
            m_policy->item(r, 1)->setText(p.get(m_policy->item(r, 0)->text()));
    });
}

void CouncilsPage::save()
{
    try {
        Council c;
        if (const auto existing = findCouncil(m_session.file(), m_name->text().trimmed()))
            c = *existing;
        c.name = m_name->text().trimmed();
        c.contactName = m_contact->text().trimmed();
        c.contactEmail = m_email->text().trimmed();
        c.policy = Policy::fromPreset(m_preset->currentText());
        for (int r = 0; r < m_policy->rowCount(); ++r) {
            const QString value = m_policy->item(r, 1)->text().trimmed();
            if (!value.isEmpty())
                c.policy.set(m_policy->item(r, 0)->text(), value);
        }
        saveCouncil(m_session.file(), c);
        m_message->setText(tr("Saved %1.").arg(c.name));
        reload();
        m_session.notifyChanged(0);
    } catch (const std::exception &e) {
        m_message->setText(errorText(e));
    }
}

} // namespace isf::ui
