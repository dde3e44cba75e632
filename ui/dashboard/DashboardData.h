// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include "core/bank/BankOverview.h"
#include "core/ledger/LedgerQueries.h"
#include "core/rules/DueSoon.h"
#include "core/rules/alerts/AlertStore.h"

#include <QMap>

namespace isf {
class ProviderFile;
}

namespace isf::ui {

// One line under "Needs attention": a person (or supplier) and what is wrong.
struct AttentionItem {
    Id personId = 0;
    QString who, detail;
};

// What the dashboard shows at once, read in a handful of bulk queries. What falls due
// (dueSoon, which runs the payment schedules) comes afterwards from the background.
struct DashboardData {
    QDate today;
    QString providerName;
    QMap<QString, std::vector<AttentionItem>> openAlerts; // by rule label
    QDate lastReview; // when the alerts were last brought up to date
    int people = 0, livePeople = 0;
    std::vector<AttentionItem> overdrawn;
    Money fundsHeld, weeklyBudgets;
    std::vector<BankAccountStatus> bankAccounts; // against the bank's own statements
};

constexpr int kDueDays = 14;
DashboardData loadDashboard(const ProviderFile &file, const QDate &today);
// "Excess balance" from a rule code such as excess_balance.
QString ruleLabel(const QString &rule);

} // namespace isf::ui
