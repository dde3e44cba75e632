// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "core/storage/ReferenceStore.h"

#include "core/storage/AuditLog.h"
#include "core/storage/ProviderFile.h"
#include "core/storage/RowValues.h"
#include "core/storage/Sql.h"
#include "core/util/Errors.h"

namespace isf {
namespace {

const QString kCouncilColumns = QStringLiteral(
    "id, name, preset, address, contact_name, contact_email, payment_interval_weeks, "
    "payment_in_advance, "
    "cap_weeks, floor_weeks, hold_weeks, arrears_weeks, grace_days, review_notice_days, "
    "notice_weeks, "
    "allow_management_fee, allow_shared_costs, bank_cap_hours, bank_expiry_weeks, statement_cycle, "
    "payment_anchor");

Council readCouncil(SqlQuery &q)
{
    Council c;
    c.id = q.int64(0);
    c.name = q.text(1);
    c.policy.preset = q.text(2);
    c.address = q.text(3);
    c.contactName = q.text(4);
    c.contactEmail = q.text(5);
    Policy &p = c.policy;
    p.paymentIntervalWeeks = q.value(6).toInt();
    p.paymentInAdvance = q.value(7).toBool();
    p.capWeeks = q.value(8).toInt();
    p.floorWeeks = q.isNull(9) ? std::nullopt : std::optional<int>(q.value(9).toInt());
    p.holdWeeks = q.value(10).toInt();
    p.arrearsWeeks = q.value(11).toInt();
    p.graceDays = q.value(12).toInt();
    p.reviewNoticeDays = q.value(13).toInt();
    p.noticeWeeks = q.value(14).toInt();
    p.allowManagementFee = q.value(15).toBool();
    p.allowSharedCosts = q.value(16).toBool();
    p.bankCap
        = q.isNull(17) ? std::nullopt : std::optional<Hours>(Hours::fromHundredths(q.int64(17)));
    p.bankExpiryWeeks = q.isNull(18) ? std::nullopt : std::optional<int>(q.value(18).toInt());
    p.statementCycle = parseCycle(q.text(19));
    const QDate anchor = toDate(q.value(20));
    p.paymentAnchor = anchor.isValid() ? std::optional<QDate>(anchor) : std::nullopt;
    return c;
}

const QString kSupplierColumns = QStringLiteral(
    "id, name, kind, cqc_number, dbs_checked_on, insurance_expires_on, address, contact, notes");

Supplier readSupplier(SqlQuery &q)
{
    Supplier s;
    s.id = q.int64(0);
    s.name = q.text(1);
    s.kind = parseSupplierKind(q.text(2));
    s.cqcNumber = q.text(3);
    s.dbsCheckedOn = toDate(q.value(4));
    s.insuranceExpiresOn = toDate(q.value(5));
    s.address = q.text(6);
    s.contact = q.text(7);
    s.notes = q.text(8);
    return s;
}

Category readCategory(SqlQuery &q)
{
    return { q.int64(0), q.text(1), q.int64(2), q.value(3).toBool(), q.value(4).toBool(),
        q.value(5).toBool() };
}

const QString kCategoryColumns
    = QStringLiteral("id, name, account_id, is_management_fee, is_shared_cost, active");

} // namespace

Provider loadProvider(const ProviderFile &file)
{
    SqlQuery q(file.database(),
        QStringLiteral("SELECT name, address, phone, email, logo, logo_format FROM provider"));
    q.exec("read the provider details");
    Provider p;
    if (q.next())
        p = { q.text(0), q.text(1), q.text(2), q.text(3), q.value(4).toByteArray(), q.text(5) };
    return p;
}

void saveProvider(const ProviderFile &file, const Provider &p)
{
    if (p.name.trimmed().isEmpty())
        throw InputError(QStringLiteral("The provider's name cannot be empty."));
    WriteTransaction txn(file.database());
    SqlQuery(file.database(),
        QStringLiteral("UPDATE provider SET name = ?, address = ?, phone = ?, email = ?, "
                       "logo = ?, logo_format = ? WHERE id = 1"))
        .bind({ p.name.trimmed(), p.address, p.phone, p.email,
            p.logo.isEmpty() ? QVariant() : QVariant(p.logo), nullIfEmpty(p.logoFormat) })
        .exec("save the provider details");
    audit(file, QStringLiteral("update"), QStringLiteral("provider"), 1, p.name);
    txn.commit();
}

std::vector<Council> listCouncils(const ProviderFile &file)
{
    SqlQuery q(file.database(),
        QStringLiteral("SELECT %1 FROM councils ORDER BY name").arg(kCouncilColumns));
    q.exec("read the councils");
    std::vector<Council> out;
    while (q.next())
        out.push_back(readCouncil(q));
    return out;
}

std::optional<Council> findCouncil(const ProviderFile &file, const QString &name)
{
    SqlQuery q(file.database(),
        QStringLiteral("SELECT %1 FROM councils WHERE lower(name) = lower(?)")
            .arg(kCouncilColumns));
    q.bind({ name.trimmed() }).exec("find the council");
    return q.next() ? std::optional<Council>(readCouncil(q)) : std::nullopt;
}

std::optional<Council> councilById(const ProviderFile &file, Id id)
{
    SqlQuery q(file.database(),
        QStringLiteral("SELECT %1 FROM councils WHERE id = ?").arg(kCouncilColumns));
    q.bind({ id }).exec("find the council");
    return q.next() ? std::optional<Council>(readCouncil(q)) : std::nullopt;
}

Id saveCouncil(const ProviderFile &file, const Council &c)
{
    if (c.name.trimmed().isEmpty())
        throw InputError(QStringLiteral("A council needs a name."));
    const Policy &p = c.policy;
    WriteTransaction txn(file.database());
    const auto existing = c.id ? councilById(file, c.id) : findCouncil(file, c.name);
    const QVariantList values = { c.name.trimmed(), p.preset, c.address, c.contactName,
        c.contactEmail, p.paymentIntervalWeeks, p.paymentInAdvance ? 1 : 0, p.capWeeks,
        p.floorWeeks ? QVariant(*p.floorWeeks) : QVariant(), p.holdWeeks, p.arrearsWeeks,
        p.graceDays, p.reviewNoticeDays, p.noticeWeeks, p.allowManagementFee ? 1 : 0,
        p.allowSharedCosts ? 1 : 0, p.bankCap ? QVariant(p.bankCap->hundredths()) : QVariant(),
        p.bankExpiryWeeks ? QVariant(*p.bankExpiryWeeks) : QVariant(), cycleName(p.statementCycle),
        p.paymentAnchor ? dateValue(*p.paymentAnchor) : QVariant() };
    const QString columns = kCouncilColumns.mid(QStringLiteral("id, ").size());
    Id id = 0;
    if (existing) {
        QStringList sets;
        for (const QString &col : columns.split(QStringLiteral(", ")))
            sets << col + QStringLiteral(" = ?");
        SqlQuery q(file.database(),
            QStringLiteral("UPDATE councils SET %1 WHERE id = ?").arg(sets.join(u',')));
        int i = 0;
        for (const QVariant &v : values)
            q.bindAt(i++, v);
        q.bindAt(i, existing->id).exec("save the council");
        id = existing->id;
        audit(file, QStringLiteral("update"), QStringLiteral("council"), id, c.name);
    } else {
        QStringList marks;
        for (qsizetype i = 0; i < values.size(); ++i)
            marks << QStringLiteral("?");
        SqlQuery q(file.database(),
            QStringLiteral("INSERT INTO councils (%1) VALUES (%2)").arg(columns, marks.join(u',')));
        int i = 0;
        for (const QVariant &v : values)
            q.bindAt(i++, v);
        q.exec("save the council");
        id = q.lastInsertId();
        audit(file, QStringLiteral("create"), QStringLiteral("council"), id, c.name);
    }
    txn.commit();
    return id;
}

std::vector<Supplier> listSuppliers(const ProviderFile &file)
{
    SqlQuery q(file.database(),
        QStringLiteral("SELECT %1 FROM suppliers ORDER BY name").arg(kSupplierColumns));
    q.exec("read the suppliers");
    std::vector<Supplier> out;
    while (q.next())
        out.push_back(readSupplier(q));
    return out;
}

std::optional<Supplier> findSupplier(const ProviderFile &file, const QString &name)
{
    SqlQuery q(file.database(),
        QStringLiteral("SELECT %1 FROM suppliers WHERE lower(name) = lower(?)")
            .arg(kSupplierColumns));
    q.bind({ name.trimmed() }).exec("find the supplier");
    return q.next() ? std::optional<Supplier>(readSupplier(q)) : std::nullopt;
}

std::optional<Supplier> supplierById(const ProviderFile &file, Id id)
{
    SqlQuery q(file.database(),
        QStringLiteral("SELECT %1 FROM suppliers WHERE id = ?").arg(kSupplierColumns));
    q.bind({ id }).exec("find the supplier");
    return q.next() ? std::optional<Supplier>(readSupplier(q)) : std::nullopt;
}

Id saveSupplier(const ProviderFile &file, const Supplier &s)
{
    if (s.name.trimmed().isEmpty())
        throw InputError(QStringLiteral("A supplier needs a name."));
    WriteTransaction txn(file.database());
    const auto existing = s.id ? supplierById(file, s.id) : findSupplier(file, s.name);
    const QVariantList values = { s.name.trimmed(), supplierKindCode(s.kind), s.cqcNumber,
        dateValue(s.dbsCheckedOn), dateValue(s.insuranceExpiresOn), s.address, s.contact, s.notes };
    Id id = 0;
    if (existing) {
        SqlQuery q(file.database(),
            QStringLiteral("UPDATE suppliers SET name = ?, kind = ?, cqc_number = ?, "
                           "dbs_checked_on = ?, insurance_expires_on = ?, address = ?, "
                           "contact = ?, notes = ? WHERE id = ?"));
        int i = 0;
        for (const QVariant &v : values)
            q.bindAt(i++, v);
        q.bindAt(i, existing->id).exec("save the supplier");
        id = existing->id;
        audit(file, QStringLiteral("update"), QStringLiteral("supplier"), id, s.name);
    } else {
        SqlQuery q(file.database(),
            QStringLiteral("INSERT INTO suppliers (name, kind, cqc_number, dbs_checked_on, "
                           "insurance_expires_on, address, contact, notes) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        int i = 0;
        for (const QVariant &v : values)
            q.bindAt(i++, v);
        q.exec("save the supplier");
        id = q.lastInsertId();
        audit(file, QStringLiteral("create"), QStringLiteral("supplier"), id, s.name);
    }
    txn.commit();
    return id;
}

std::vector<Category> listCategories(const ProviderFile &file)
{
    SqlQuery q(file.database(),
        QStringLiteral("SELECT %1 FROM categories ORDER BY id").arg(kCategoryColumns));
    q.exec("read the expense categories");
    std::vector<Category> out;
    while (q.next())
        out.push_back(readCategory(q));
    return out;
}

std::optional<Category> findCategory(const ProviderFile &file, const QString &name)
{
    SqlQuery q(file.database(),
        QStringLiteral("SELECT %1 FROM categories WHERE lower(name) = lower(?)")
            .arg(kCategoryColumns));
    q.bind({ name.trimmed() }).exec("find the expense category");
    return q.next() ? std::optional<Category>(readCategory(q)) : std::nullopt;
}

std::optional<Category> categoryById(const ProviderFile &file, Id id)
{
    SqlQuery q(file.database(),
        QStringLiteral("SELECT %1 FROM categories WHERE id = ?").arg(kCategoryColumns));
    q.bind({ id }).exec("find the expense category");
    return q.next() ? std::optional<Category>(readCategory(q)) : std::nullopt;
}

Id addCategory(const ProviderFile &file, const QString &name, bool managementFee, bool sharedCost)
{
    if (name.trimmed().isEmpty())
        throw InputError(QStringLiteral("An expense category needs a name."));
    if (findCategory(file, name))
        throw InputError(QStringLiteral("There is already an expense category called \"%1\".")
                             .arg(name.trimmed()));
    WriteTransaction txn(file.database());
    const qint64 n = scalar(
        file.database(), QStringLiteral("SELECT count(*) FROM accounts"), {}, "add the category")
                         .toLongLong();
    SqlQuery account(file.database(),
        QStringLiteral("INSERT INTO accounts (code, name, kind) VALUES (?, ?, 'expense')"));
    account.bind({ QStringLiteral("expense:category:x%1").arg(n + 1), name.trimmed() })
        .exec("add the category");
    SqlQuery q(file.database(),
        QStringLiteral("INSERT INTO categories (name, account_id, is_management_fee, "
                       "is_shared_cost) VALUES (?, ?, ?, ?)"));
    q.bind({ name.trimmed(), account.lastInsertId(), managementFee ? 1 : 0, sharedCost ? 1 : 0 })
        .exec("add the category");
    const Id id = q.lastInsertId();
    audit(file, QStringLiteral("create"), QStringLiteral("category"), id, name.trimmed());
    txn.commit();
    return id;
}

} // namespace isf
