#pragma once
#include "ledger/LedgerQueries.h"
#include "ui_support/DueSoon.h"
#include "ui_support/PersonRecords.h"

#include <QMap>

namespace isf {
class ProviderFile;
}

namespace isf::ui {

// What the dashboard shows, read in one go (a handful of bulk queries).
struct DashboardData {
    QDate today;
    QString providerName;
    QMap<QString, std::vector<AlertRecord>> alertsByRule; // open alerts
    int people = 0, livePeople = 0, overdrawn = 0;
    Money fundsHeld, weeklyBudgets;
    BankReconciliation reconciliation;
    std::vector<DueItem> due;
};

constexpr int kDueDays = 14;
DashboardData loadDashboard(const ProviderFile &file, const QDate &today);
// "Excess balance" from a rule code such as excess_balance.
QString ruleLabel(const QString &rule);

} // namespace isf::ui
