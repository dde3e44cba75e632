// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "ui/dashboard/DashboardPage.h"

#include "ui/charts/DashboardTrend.h"
#include "ui/common/BackgroundReader.h"
#include "ui/common/ErrorText.h"
#include "ui/common/Format.h"
#include "ui/common/RecordTable.h"
#include "ui/common/Session.h"
#include "ui/dashboard/DashboardData.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace isf::ui {
namespace {

QGroupBox *box(const QString &title, QWidget *inner, QWidget *parent)
{
    auto *b = new QGroupBox(title, parent);
    auto *l = new QVBoxLayout(b);
    l->addWidget(inner);
    return b;
}

QLabel *figures(const QString &objectName, QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setObjectName(objectName);
    l->setTextFormat(Qt::RichText);
    l->setWordWrap(true);
    l->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return l;
}

} // namespace

DashboardPage::DashboardPage(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_funds(figures(QStringLiteral("dashboardFunds"), this))
    , m_reconciliation(figures(QStringLiteral("dashboardReconciliation"), this))
    , m_attention(new QTreeWidget(this))
    , m_due(new RecordTable(QStringLiteral("dashboardDue"), tr("Due in the next two weeks"), this))
    , m_trend(new DashboardTrend(this))
{
    setObjectName(QStringLiteral("dashboardPage"));
    m_title->setObjectName(QStringLiteral("dashboardTitle"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_title->setFont(big);
    m_funds->setAccessibleName(tr("Funds held"));
    m_reconciliation->setAccessibleName(tr("Client bank reconciliation"));
    m_attention->setObjectName(QStringLiteral("dashboardAttention"));
    m_attention->setAccessibleName(tr("Needs attention today"));
    m_attention->setColumnCount(2);
    m_attention->setHeaderLabels({ tr("Alert or person"), tr("Details") });
    m_attention->header()->setStretchLastSection(true);
    m_attention->setUniformRowHeights(true);
    m_due->setColumns({ tr("Due"), tr("What"), tr("Person"), tr("Amount"), tr("Details") }, { 3 });

    auto *grid = new QGridLayout;
    grid->addWidget(box(tr("Needs attention today"), m_attention, this), 0, 0, 2, 1);
    grid->addWidget(box(tr("Funds held"), m_funds, this), 0, 1);
    grid->addWidget(box(tr("Client bank reconciliation"), m_reconciliation, this), 1, 1);
    grid->addWidget(box(tr("Due in the next two weeks"), m_due, this), 2, 0);
    grid->addWidget(box(tr("Funds held and alerts, last 12 months"), m_trend, this), 2, 1);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 2);
    grid->setRowStretch(0, 1);
    grid->setRowStretch(1, 1);
    grid->setRowStretch(2, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(grid, 1);

    connect(m_attention, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (const Id id = item->data(0, IdRole).toLongLong())
            emit openPerson(id);
    });
    connect(m_due, &QTableWidget::cellActivated, this, [this](int row) {
        if (auto *item = m_due->item(row, 0))
            if (const Id id = item->data(IdRole).toLongLong())
                emit openPerson(id);
    });
}

void DashboardPage::setSession(Session *session)
{
    m_session = session;
    reload();
}

void DashboardPage::reload()
{
    if (!m_session)
        return;
    attempt(this, tr("Load the dashboard"),
        [&] { show(loadDashboard(m_session->file(), m_session->today())); });
    const QDate today = m_session->today();
    m_session->background().run<std::vector<DueItem>>(
        m_due, [today](const ProviderFile &file) { return dueSoon(file, today, kDueDays); },
        [this](const std::vector<DueItem> &due) { showDue(due); });
    m_session->background().run<std::vector<TrendPoint>>(
        m_trend, [today](const ProviderFile &file) { return loadTrend(file, today); },
        [this](const std::vector<TrendPoint> &points) { m_trend->show(points); });
}

void DashboardPage::showDue(const std::vector<DueItem> &due)
{
    m_due->clearRows();
    for (const DueItem &i : due)
        m_due->addRow(
            { dateText(i.due), dueKindLabel(i.kind), personLabel(i.personRef, i.personName),
                i.amount.isZero() ? QString() : moneyText(i.amount), i.detail },
            i.personId);
    if (due.empty())
        m_due->addRow({ QString(), tr("Nothing falls due in the next two weeks.") });
    m_due->fitColumns();
}

void DashboardPage::show(const DashboardData &d)
{
    m_title->setText(
        tr("%1 \u2014 %2")
            .arg(d.providerName, d.today.toString(QStringLiteral("dddd d MMMM yyyy"))));
    m_attention->clear();
    int total = 0;
    auto addGroup = [&](const QString &title, const std::vector<AttentionItem> &items) {
        auto *group = new QTreeWidgetItem(
            m_attention, { tr("%1 (%2)").arg(title).arg(items.size()), QString() });
        for (const AttentionItem &i : items) {
            auto *item = new QTreeWidgetItem(group, { i.who, i.detail });
            item->setData(0, IdRole, i.personId);
            item->setToolTip(1, i.detail);
        }
        total += static_cast<int>(items.size());
    };
    for (auto it = d.openAlerts.cbegin(); it != d.openAlerts.cend(); ++it)
        addGroup(it.key(), it.value());
    if (d.openAlerts.isEmpty() && !d.overdrawn.empty())
        addGroup(tr("Overdrawn (balance below zero)"), d.overdrawn);
    if (total == 0)
        new QTreeWidgetItem(m_attention, { tr("Nothing needs attention."), QString() });
    m_attention->setToolTip(d.lastReview.isValid()
            ? tr("Alerts last brought up to date for %1").arg(dateText(d.lastReview))
            : tr("The alerts have not been reviewed yet."));
    // Rules with their counts at a glance; a group opens (Right arrow) to its people.
    if (m_attention->topLevelItemCount() == 1)
        m_attention->expandAll();
    m_attention->setColumnWidth(
        0, m_attention->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 18);

    m_funds->setText(
        tr("<p><span style='font-size:large'><b>%1</b></span> held for %2 people "
           "(%3 with a live agreement).</p><p>Weekly ISF budgets: <b>%4</b>.</p>%5")
            .arg(moneyText(d.fundsHeld))
            .arg(d.people)
            .arg(d.livePeople)
            .arg(moneyText(d.weeklyBudgets))
            .arg(d.overdrawn.empty() ? QString()
                                     : tr("<p><b>\u26a0 %n fund(s) overdrawn.</b></p>", nullptr,
                                         static_cast<int>(d.overdrawn.size()))));
    // Each account against the bank's own statements: the last signed reconciliation,
    // its age, and where the account stands at the last day the statements cover.
    QString rows;
    for (const BankAccountStatus &b : d.bankAccounts) {
        const QString warn = QStringLiteral("<b>%1</b>");
        QString signedText = b.lastSigned
            ? tr("%1 (%n day(s) ago), difference %2", nullptr, int(b.ageDays))
                  .arg(dateText(b.lastSigned->asOf), moneyText(b.lastSigned->difference))
            : tr("never signed");
        if (b.overdue)
            signedText = warn.arg(QStringLiteral("\u26a0 ") + signedText + tr(" \u2014 overdue"));
        QString now = tr("no bank statement imported");
        if (b.hasStatements) {
            now = tr("at %1: difference %2; %3 bank line(s) to match, %4 uncleared")
                      .arg(dateText(b.currentAsOf), moneyText(b.currentDifference))
                      .arg(b.unmatchedLines)
                      .arg(b.unclearedEntries);
            if (!b.currentDifference.isZero())
                now = warn.arg(now);
        }
        rows += tr("<p><b>%1</b> %2<br>Last signed reconciliation: %3<br>Now %4</p>")
                    .arg(b.account.name.toHtmlEscaped(), b.account.maskedNumber(), signedText, now);
    }
    m_reconciliation->setText(rows);
}

} // namespace isf::ui
