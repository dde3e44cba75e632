// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "ui/person/AlertsTab.h"

#include "core/rules/alerts/AlertStore.h"
#include "ui/common/ErrorText.h"
#include "ui/common/Format.h"
#include "ui/common/RecordTable.h"
#include "ui/common/Session.h"
#include "ui/dashboard/DashboardData.h"

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
    m_table->setStretchColumn(3);
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
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        m_ack->setEnabled(m_table->currentRow() >= 0 && m_table->item(m_table->currentRow(), 2)
            && m_table->item(m_table->currentRow(), 2)->text()
                == alertStatusCode(AlertStatus::Open));
    });
}

void AlertsTab::reload()
{
    const QSignalBlocker block(m_table);
    m_table->clearRows();
    attempt(this, tr("Load the alerts"), [&] {
        for (const AlertRecord &r : alertRecords(m_session.file(), std::nullopt, m_personId)) {
            QString note;
            if (!r.ackNote.isEmpty())
                note
                    = tr("%1 (%2, %3)").arg(r.ackNote, r.acknowledgedBy, r.acknowledgedAt.left(10));
            else if (!r.resolution.isEmpty())
                note = r.resolution;
            m_table->addRow({ ruleLabel(r.alert.rule), dateText(r.alert.since),
                                alertStatusCode(r.status), r.alert.detail, note },
                r.id);
        }
    });
    m_ack->setEnabled(false);
    m_table->fitColumns();
}

} // namespace isf::ui
