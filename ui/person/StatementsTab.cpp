// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "ui/person/StatementsTab.h"

#include "core/statements/StatementsIssued.h"
#include "ui/common/ErrorText.h"
#include "ui/common/Format.h"
#include "ui/common/RecordTable.h"
#include "ui/common/Session.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace isf::ui {

StatementsTab::StatementsTab(Session &session, Id personId, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_personId(personId)
    , m_table(new RecordTable(QStringLiteral("statementsIssued"), tr("Statements issued"), this))
{
    setObjectName(QStringLiteral("statementsTab"));
    m_table->setColumns({ tr("Period from"), tr("Period to"), tr("Form"), tr("Closing balance"),
                            tr("Issued"), tr("Issued by") },
        { 3 });
    auto *note = new QLabel(tr("Issuing a statement closes its period: later corrections are "
                               "entered after it, as reversals."),
        this);
    note->setWordWrap(true);
    m_table->setEmptyText(tr("No statements issued yet: Reports > Issue statements makes "
                             "them, and each one issued is listed here."));
    auto *copy = new QPushButton(tr("Print a &copy…"), this);
    copy->setObjectName(QStringLiteral("statementCopyButton"));
    copy->setToolTip(tr("Print the selected statement again, marked \"Copy\" (nothing is "
                        "recorded)"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(copy);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    connect(copy, &QPushButton::clicked, this, &StatementsTab::requestCopy);
    connect(m_table, &QTableWidget::cellActivated, this, &StatementsTab::requestCopy);
}

void StatementsTab::requestCopy()
{
    const int r = m_table->currentRow();
    if (r < 0 || r >= static_cast<int>(m_issued.size()))
        return;
    const StatementIssue &s = m_issued[static_cast<size_t>(r)];
    emit copyRequested(s.period, s.easyRead, QDateTime::fromString(s.issuedAt, Qt::ISODate).date());
}

void StatementsTab::reload()
{
    m_table->clearRows();
    m_issued.clear();
    attempt(this, tr("Load the statements"), [&] {
        m_issued = listStatementsIssued(m_session.file(), m_personId);
        for (const StatementIssue &s : m_issued) {
            const QDateTime at = QDateTime::fromString(s.issuedAt, Qt::ISODate);
            m_table->addRow(
                { dateText(s.period.first), dateText(s.period.last),
                    s.easyRead ? tr("Easy read") : tr("Standard"), moneyText(s.closingBalance),
                    at.isValid() ? dateText(at.date()) : s.issuedAt, s.issuedBy },
                s.id);
        }
    });
    m_table->fitColumns();
}

} // namespace isf::ui
