#include "person/AlertsTab.h"

#include "app/ErrorText.h"
#include "app/Format.h"
#include "app/RecordTable.h"
#include "app/Session.h"
#include "ui_support/PersonRecords.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QVBoxLayout>

namespace isf::ui {

AlertsTab::AlertsTab(Session &session, Id personId, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_personId(personId)
    , m_table(new RecordTable(QStringLiteral("personAlerts"), tr("Alerts"), this))
    , m_ack(new QPushButton(tr("&Acknowledge with a note\u2026"), this))
{
    setObjectName(QStringLiteral("alertsTab"));
    m_table->setColumns({ tr("Alert"), tr("Since"), tr("Status"), tr("Details"), tr("Note") });
    m_ack->setObjectName(QStringLiteral("acknowledgeButton"));
    m_ack->setAccessibleName(tr("Acknowledge the selected alert with a note"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_ack);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    connect(m_ack, &QPushButton::clicked, this, [this] {
        if (const Id id = m_table->currentId())
            emit acknowledgeRequested(id);
    });
    reload();
}

void AlertsTab::reload()
{
    m_table->clearRows();
    attempt(this, tr("Load the alerts"), [&] {
        for (const AlertRecord &a : alertRecords(m_session.file(), m_personId))
            m_table->addRow(
                { a.rule, dateText(a.since), a.status, a.detail,
                    a.note.isEmpty() ? QString() : tr("%1 (%2)").arg(a.note, a.acknowledgedBy) },
                a.id);
    });
    m_table->fitColumns();
}

} // namespace isf::ui
