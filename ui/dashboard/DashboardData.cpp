// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "ui/dashboard/DashboardData.h"

#include "core/storage/AgreementStore.h"
#include "core/storage/PersonStore.h"
#include "core/storage/ReferenceStore.h"
#include "ui/common/Format.h"

#include <QHash>

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
    QHash<Id, QString> names;
    for (const Person &p : listPeople(file))
        names.insert(p.id, personLabel(p.ref, p.fullName()));
    for (const AlertRecord &r : alertRecords(file, AlertStatus::Open)) {
        const Alert &a = r.alert;
        const QString who = a.personId ? names.value(a.personId, a.personRef) : a.supplierName;
        d.openAlerts[ruleLabel(a.rule)].push_back({ a.personId, who, a.detail });
    }
    d.lastReview = lastAlertReview(file);
    for (const PersonBalance &b : balancesAt(file, today)) {
        ++d.people;
        d.fundsHeld += b.balance;
        if (b.balance.isNegative())
            d.overdrawn.push_back({ b.personId, names.value(b.personId, b.ref),
                QStringLiteral("Balance %1").arg(moneyText(b.balance)) });
    }
    for (const Agreement &a : currentAgreements(file))
        if (a.isLive()) {
            ++d.livePeople;
            d.weeklyBudgets += a.weeklyBudgetOn(today);
        }
    d.bankAccounts = bankAccountStatuses(file, today);
    return d;
}

} // namespace isf::ui
