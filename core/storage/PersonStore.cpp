// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "core/storage/PersonStore.h"

#include "core/storage/AuditLog.h"
#include "core/storage/ProviderFile.h"
#include "core/storage/RowValues.h"
#include "core/storage/Sql.h"
#include "core/util/Errors.h"

namespace isf {
namespace {

const QString kColumns = QStringLiteral(
    "p.id, p.ref, p.given_name, p.family_name, p.preferred_name, p.date_of_birth, p.council_id, "
    "c.name, "
    "p.council_ref, p.address, p.phone, p.email, p.representative_name, "
    "p.representative_relationship, "
    "p.representative_contact, p.has_capacity, p.best_interest_decision, p.best_interest_date, "
    "p.best_interest_by, p.care_manager_name, p.care_manager_contact, p.case_worker_name, "
    "p.case_worker_contact, p.notes");

QString select(const QString &where)
{
    return QStringLiteral("SELECT %1 FROM people p JOIN councils c ON c.id = p.council_id %2")
        .arg(kColumns, where);
}

Person read(SqlQuery &q)
{
    Person p;
    int i = 0;
    p.id = q.int64(i++);
    p.ref = q.text(i++);
    p.givenName = q.text(i++);
    p.familyName = q.text(i++);
    p.preferredName = q.text(i++);
    p.dateOfBirth = toDate(q.value(i++));
    p.councilId = q.int64(i++);
    p.councilName = q.text(i++);
    p.councilRef = q.text(i++);
    p.address = q.text(i++);
    p.phone = q.text(i++);
    p.email = q.text(i++);
    p.representativeName = q.text(i++);
    p.representativeRelationship = q.text(i++);
    p.representativeContact = q.text(i++);
    p.hasCapacity = q.isNull(i) ? std::nullopt : std::optional<bool>(q.value(i).toBool());
    ++i;
    p.bestInterestDecision = q.text(i++);
    p.bestInterestDate = toDate(q.value(i++));
    p.bestInterestBy = q.text(i++);
    p.careManagerName = q.text(i++);
    p.careManagerContact = q.text(i++);
    p.caseWorkerName = q.text(i++);
    p.caseWorkerContact = q.text(i++);
    p.notes = q.text(i++);
    return p;
}

} // namespace

std::vector<Person> listPeople(const ProviderFile &file)
{
    SqlQuery q(file.database(), select(QStringLiteral("ORDER BY p.ref")));
    q.exec("read the people");
    std::vector<Person> out;
    while (q.next())
        out.push_back(read(q));
    return out;
}

std::optional<Person> findPerson(const ProviderFile &file, const QString &ref)
{
    SqlQuery q(file.database(), select(QStringLiteral("WHERE p.ref = ?")));
    q.bind({ ref.trimmed() }).exec("find the person");
    return q.next() ? std::optional<Person>(read(q)) : std::nullopt;
}

std::optional<Person> personById(const ProviderFile &file, Id id)
{
    SqlQuery q(file.database(), select(QStringLiteral("WHERE p.id = ?")));
    q.bind({ id }).exec("find the person");
    return q.next() ? std::optional<Person>(read(q)) : std::nullopt;
}

Person requirePerson(const ProviderFile &file, const QString &ref)
{
    auto p = findPerson(file, ref);
    if (!p)
        throw InputError(QStringLiteral("There is no person with reference \"%1\".").arg(ref));
    return *p;
}

Id savePerson(const ProviderFile &file, const Person &p)
{
    if (p.ref.trimmed().isEmpty())
        throw InputError(QStringLiteral("A person needs a reference."));
    if (p.givenName.trimmed().isEmpty() || p.familyName.trimmed().isEmpty())
        throw InputError(QStringLiteral("A person needs a given name and a family name."));
    if (p.councilId == 0)
        throw InputError(QStringLiteral("A person needs the council that funds them."));
    WriteTransaction txn(file.database());
    const QVariantList values = { p.ref.trimmed(), p.givenName.trimmed(), p.familyName.trimmed(),
        p.preferredName, dateValue(p.dateOfBirth), p.councilId, p.councilRef, p.address, p.phone,
        p.email, p.representativeName, p.representativeRelationship, p.representativeContact,
        p.hasCapacity ? QVariant(*p.hasCapacity ? 1 : 0) : QVariant(), p.bestInterestDecision,
        dateValue(p.bestInterestDate), p.bestInterestBy, p.careManagerName, p.careManagerContact,
        p.caseWorkerName, p.caseWorkerContact, p.notes };
    static const QString columns = QStringLiteral(
        "ref, given_name, family_name, preferred_name, date_of_birth, council_id, council_ref, "
        "address, phone, "
        "email, representative_name, representative_relationship, representative_contact, "
        "has_capacity, "
        "best_interest_decision, best_interest_date, best_interest_by, care_manager_name, "
        "care_manager_contact, case_worker_name, case_worker_contact, notes");
    Id id = p.id;
    if (id) {
        QStringList sets;
        for (const QString &c : columns.split(QStringLiteral(", ")))
            sets << c + QStringLiteral(" = ?");
        SqlQuery q(file.database(),
            QStringLiteral("UPDATE people SET %1 WHERE id = ?").arg(sets.join(u',')));
        int i = 0;
        for (const QVariant &v : values)
            q.bindAt(i++, v);
        q.bindAt(i, id).exec("save the person");
        audit(file, QStringLiteral("update"), QStringLiteral("person"), id, p.ref);
    } else {
        if (findPerson(file, p.ref))
            throw InputError(QStringLiteral("There is already a person with reference \"%1\".")
                                 .arg(p.ref.trimmed()));
        QStringList marks;
        for (qsizetype i = 0; i < values.size(); ++i)
            marks << QStringLiteral("?");
        SqlQuery q(file.database(),
            QStringLiteral("INSERT INTO people (%1) VALUES (%2)").arg(columns, marks.join(u',')));
        int i = 0;
        for (const QVariant &v : values)
            q.bindAt(i++, v);
        q.exec("save the person");
        id = q.lastInsertId();
        audit(file, QStringLiteral("create"), QStringLiteral("person"), id, p.ref);
    }
    txn.commit();
    return id;
}

} // namespace isf
