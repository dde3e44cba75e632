#include "dashboard/DashboardData.h"

#include "storage/AgreementStore.h"
#include "storage/ReferenceStore.h"

namespace isf::ui {

QString ruleLabel(const QString &rule)
{
    QString text = rule;
    text.replace(u'_', u' ');
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

DashboardData loadDashboard(const ProviderFile &file, const QDate &today)
{
    DashboardData d;
    d.today = today;
    d.providerName = loadProvider(file).name;
    for (AlertRecord &a : alertRecords(file, 0))
        d.alertsByRule[a.rule].push_back(std::move(a));
    for (const PersonBalance &b : balancesAt(file, today)) {
        ++d.people;
        d.fundsHeld += b.balance;
        if (b.balance.isNegative())
            ++d.overdrawn;
    }
    for (const Agreement &a : currentAgreements(file))
        if (a.isLive()) {
            ++d.livePeople;
            d.weeklyBudgets += a.weeklyBudgetOn(today);
        }
    d.reconciliation = bankAgainstFunds(file, today);
    d.due = dueSoon(file, today, kDueDays);
    return d;
}

} // namespace isf::ui
