// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
// people: person_ref,given_name,family_name,council,council_ref, then every other
// field of a person as an optional column.
#include "core/import/Columns.h"
#include "core/import/ImportKind.h"
#include "core/import/ImportRow.h"
#include "core/storage/PersonStore.h"
#include "core/storage/ProviderFile.h"
#include "core/storage/ReferenceStore.h"
#include "core/time/Clock.h"
#include "core/time/Dates.h"
#include "core/util/Errors.h"

namespace isf {
namespace {

struct TextField {
    const char16_t *column;
    QString Person::*member;
};

// Columns held as text, in the order exports write them.
constexpr TextField kText[] = {
    { u"preferred_name", &Person::preferredName },
    { u"address", &Person::address },
    { u"phone", &Person::phone },
    { u"email", &Person::email },
    { u"representative_name", &Person::representativeName },
    { u"representative_relationship", &Person::representativeRelationship },
    { u"representative_contact", &Person::representativeContact },
    { u"best_interest_decision", &Person::bestInterestDecision },
    { u"best_interest_by", &Person::bestInterestBy },
    { u"care_manager_name", &Person::careManagerName },
    { u"care_manager_contact", &Person::careManagerContact },
    { u"case_worker_name", &Person::caseWorkerName },
    { u"case_worker_contact", &Person::caseWorkerContact },
    { u"notes", &Person::notes },
};

bool samePerson(const Person &a, const Person &b)
{
    for (const TextField &f : kText)
        if (a.*(f.member) != b.*(f.member))
            return false;
    return a.ref == b.ref && a.givenName == b.givenName && a.familyName == b.familyName
        && a.councilId == b.councilId && a.councilRef == b.councilRef
        && a.dateOfBirth == b.dateOfBirth && a.hasCapacity == b.hasCapacity
        && a.bestInterestDate == b.bestInterestDate;
}

void importPeople(ImportContext &ctx)
{
    QHash<QString, Id> councils;
    for (const Council &c : listCouncils(ctx.file()))
        councils.insert(c.name.toLower(), c.id);
    const QDate today = ctx.file().clock().today();
    SeenKeys seen;
    ctx.forEachRow([&](const CsvRow &csvRow) {
        ImportRow row(ctx, csvRow);
        ++ctx.result().rows;
        const auto ref = row.required(u"person_ref");
        if (ref) {
            if (const int earlier = seen.check(*ref, row.line()))
                row.problem(u"person_ref",
                    QStringLiteral("\"%1\" is already on line %2").arg(*ref).arg(earlier));
        }
        const auto given = row.required(u"given_name");
        const auto family = row.required(u"family_name");
        Id councilId = 0;
        if (const auto council = row.required(u"council")) {
            councilId = councils.value(council->toLower());
            if (!councilId)
                row.problem(u"council", QStringLiteral("no council named \"%1\"").arg(*council));
        }
        const auto councilRef = row.required(u"council_ref");
        const auto born = row.date(u"date_of_birth");
        if (born && *born > today)
            row.problem(
                u"date_of_birth", QStringLiteral("%1 is in the future").arg(isoDate(*born)));
        const auto decided = row.date(u"best_interest_date");
        std::optional<bool> capacity;
        const QString capacityText = row.text(u"has_capacity").toLower();
        if (capacityText != u"unknown" && capacityText != u"not assessed")
            capacity = row.yesNo(u"has_capacity");
        if (!row.ok())
            return;

        const std::optional<Person> existing = findPerson(ctx.file(), *ref);
        Person p = existing ? *existing : Person();
        p.ref = *ref;
        p.givenName = *given;
        p.familyName = *family;
        p.councilId = councilId;
        p.councilRef = *councilRef;
        for (const TextField &f : kText)
            if (row.hasColumn(f.column))
                p.*(f.member) = row.text(f.column);
        if (row.hasColumn(u"date_of_birth"))
            p.dateOfBirth = born.value_or(QDate());
        if (row.hasColumn(u"best_interest_date"))
            p.bestInterestDate = decided.value_or(QDate());
        if (row.hasColumn(u"has_capacity"))
            p.hasCapacity = capacity;
        if (existing && samePerson(*existing, p)) {
            ++ctx.result().unchanged;
            return;
        }
        try {
            savePerson(ctx.file(), p);
            ++(existing ? ctx.result().updated : ctx.result().added);
        } catch (const InputError &e) {
            row.rowProblem(e.message());
        }
    });
}

} // namespace

void addPeopleImport()
{
    const ColumnLayout columns = peopleColumns();
    ImportRegistry::add({ QStringLiteral("people"), columns.required, columns.optional,
        QStringLiteral("The people whose funds the provider holds, with their contacts."),
        importPeople });
}

} // namespace isf
