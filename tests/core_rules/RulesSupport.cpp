// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "tests/core_rules/RulesSupport.h"

#include "core/storage/ReferenceStore.h"

using namespace isf;

Id postEntry(
    TestFile &t, TxnKind kind, Id person, const QDate &date, Money amount, const QString &reference)
{
    NewEntry e;
    e.kind = kind;
    e.personId = person;
    e.date = date;
    e.amount = amount;
    e.reference = reference;
    Ledger ledger(*t);
    return ledger.post(e);
}

static Id supplierNamed(TestFile &t, const QString &name)
{
    if (name.isEmpty())
        return 0;
    if (const auto s = findSupplier(*t, name))
        return s->id;
    Supplier s;
    s.name = name;
    return saveSupplier(*t, s);
}

Id postExpense(TestFile &t, Id person, const QDate &date, Money amount, const QString &supplier,
    const QString &reference, const QString &category)
{
    NewEntry e;
    e.kind = TxnKind::Expense;
    e.personId = person;
    e.date = date;
    e.amount = amount;
    e.categoryId = findCategory(*t, category)->id;
    e.supplierId = supplierNamed(t, supplier);
    e.reference = reference;
    Ledger ledger(*t);
    return ledger.post(e);
}

Id postHoursExpense(
    TestFile &t, Id person, const QDate &date, Hours hours, Money rate, const QString &supplier)
{
    NewEntry e;
    e.kind = TxnKind::Expense;
    e.personId = person;
    e.date = date;
    e.hours = hours;
    e.rate = rate;
    e.categoryId = findCategory(*t, QStringLiteral("Personal care"))->id;
    e.supplierId = supplierNamed(t, supplier);
    Ledger ledger(*t);
    return ledger.post(e);
}

Id addCouncilWith(TestFile &t, const QString &name, const QString &preset,
    std::initializer_list<std::pair<const char *, const char *>> parameters)
{
    Council c;
    c.name = name;
    c.policy = Policy::fromPreset(preset);
    for (const auto &[parameter, value] : parameters)
        c.policy.set(QLatin1String(parameter), QLatin1String(value));
    return saveCouncil(*t, c);
}

std::vector<Alert> alertsOf(TestFile &t, const QString &rule, const QDate &asOf)
{
    std::vector<Alert> out;
    for (Alert &a : computeAlerts(*t, asOf))
        if (a.rule == rule)
            out.push_back(std::move(a));
    return out;
}
