#include "people/PeopleRows.h"

#include "ledger/LedgerQueries.h"
#include "storage/AgreementStore.h"
#include "storage/PersonStore.h"
#include "ui_support/PersonFigures.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

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
    std::vector<Agreement> agreements = currentAgreements(file);
    QHash<Id, const Agreement *> byPerson;
    for (const Agreement &a : agreements)
        byPerson.insert(a.personId, &a);
    const QHash<Id, Money> received = contributionsReceivedTo(file, today);
    const QHash<Id, Hours> delivered = hoursDeliveredTo(file, today);
    const QHash<Id, int> alerts = openAlertCounts(file);

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
        if (a) {
            r.weeklyBudget = a->isLive() ? a->weeklyBudgetOn(today) : Money();
            const Money owed = contributionsDueTo(*a, today) - received.value(p.id);
            r.arrears = owed.isNegative() ? Money() : owed;
            const Hours banked = bankableHoursPlannedTo(*a, today) - delivered.value(p.id);
            r.bankedHours = banked.hundredths() < 0 ? Hours() : banked;
        }
        rows.push_back(std::move(r));
    }
    return rows;
}

} // namespace isf::ui
