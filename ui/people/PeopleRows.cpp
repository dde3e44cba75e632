// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "ui/people/PeopleRows.h"

#include "core/ledger/LedgerQueries.h"
#include "core/rules/Positions.h"
#include "core/rules/alerts/AlertStore.h"
#include "core/storage/AgreementStore.h"
#include "core/storage/PersonStore.h"

#include <QCoreApplication>

namespace isf::ui {
namespace {

QString statusText(const Agreement *a)
{
    if (!a)
        return QCoreApplication::translate("PeopleRows", "No agreement");
    switch (a->status) {
    case AgreementStatus::Draft:
        return QCoreApplication::translate("PeopleRows", "Draft");
    case AgreementStatus::Active:
        return QCoreApplication::translate("PeopleRows", "Active");
    case AgreementStatus::Notice:
        return QCoreApplication::translate("PeopleRows", "On notice");
    case AgreementStatus::Ended:
        return QCoreApplication::translate("PeopleRows", "Ended");
    }
    return QString();
}

} // namespace

std::vector<PersonRow> loadPeopleRows(const ProviderFile &file, const QDate &today)
{
    const std::vector<Person> people = listPeople(file);
    QHash<Id, Money> balances;
    for (const PersonBalance &b : balancesAt(file, today))
        balances.insert(b.personId, b.balance);
    const std::vector<Agreement> agreements = currentAgreements(file);
    QHash<Id, const Agreement *> byPerson;
    for (const Agreement &a : agreements)
        byPerson.insert(a.personId, &a);
    QHash<Id, int> alerts;
    for (const AlertRecord &a : alertRecords(file, AlertStatus::Open))
        if (a.alert.personId)
            ++alerts[a.alert.personId];

    std::vector<PersonRow> rows;
    rows.reserve(people.size());
    for (const Person &p : people) {
        PersonRow r;
        r.id = p.id;
        r.ref = p.ref;
        r.name = p.fullName();
        r.council = p.councilName;
        r.balance = balances.value(p.id);
        r.openAlerts = alerts.value(p.id);
        const Agreement *a = byPerson.value(p.id);
        r.status = statusText(a);
        r.hasAgreement = a != nullptr;
        if (a && a->isLive())
            r.weeklyBudget = a->weeklyBudgetOn(today);
        rows.push_back(std::move(r));
    }
    return rows;
}

QHash<Id, PersonFigures> loadPeopleFigures(const ProviderFile &file, const QDate &today)
{
    QHash<Id, PersonFigures> out;
    for (const PersonPosition &pos : personPositions(file, today)) {
        const Money owed = pos.contributionArrears();
        out.insert(pos.personId, { owed.isNegative() ? Money() : owed, pos.bankedHours });
    }
    return out;
}

} // namespace isf::ui
