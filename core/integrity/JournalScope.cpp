// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "core/integrity/JournalScope.h"

#include "core/storage/Sql.h"

namespace isf {
namespace {

const QStringList &agreementTables()
{
    static const QStringList t
        = { QStringLiteral("agreements"), QStringLiteral("agreement_budgets"),
              QStringLiteral("agreement_uplifts"), QStringLiteral("agreement_other_parts"),
              QStringLiteral("delivery_plan_lines"), QStringLiteral("policy_overrides") };
    return t;
}

} // namespace

QString scopeSelect(const JournalScope &scope)
{
    const bool agreement = scope.table == u"agreements";
    const bool child = !agreement && agreementTables().contains(scope.table);
    const QString owner = agreement ? QStringLiteral("'person:' || t.person_id")
        : child ? QStringLiteral("(SELECT 'person:' || a.person_id FROM agreements a WHERE a.id "
                                 "= t.agreement_id)")
                : QStringLiteral("NULL");
    QString where;
    if (scope.kind == JournalScope::Row)
        where = QStringLiteral(" WHERE t.id = ?");
    else if (scope.kind == JournalScope::Owner)
        where = agreement ? QStringLiteral(" WHERE t.person_id = ?")
                          : QStringLiteral(" WHERE t.agreement_id IN (SELECT id FROM agreements "
                                           "WHERE person_id = ?)");
    return QStringLiteral("SELECT t.*, %1 AS isf_owner FROM %2 t%3").arg(owner, scope.table, where);
}

namespace {

std::vector<JournalScope> entityScope(const QSqlDatabase &db, const QStringList &tables,
    const QString &action, const QString &entity, Id entityId)
{
    auto one = [&](const char *table) {
        return std::vector<JournalScope> { { QString::fromLatin1(table), JournalScope::Row,
            entityId } };
    };
    auto whole = [](std::initializer_list<const char *> names) {
        std::vector<JournalScope> out;
        for (const char *n : names)
            out.push_back({ QString::fromLatin1(n), JournalScope::Whole, 0 });
        return out;
    };
    if (entity == u"transaction")
        return {};
    if (entityId != 0) {
        if (entity == u"person" && action != u"delete")
            return one("people");
        if (entity == u"council")
            return one("councils");
        if (entity == u"supplier")
            return one("suppliers");
        if (entity == u"alert")
            return one("alerts");
        if (entity == u"statement")
            return one("statements_issued");
        if (entity == u"receipt")
            return one("receipts");
        if (entity == u"checkpoint")
            return one("checkpoints");
        if (entity == u"agreement") {
            const QVariant person
                = scalar(db, QStringLiteral("SELECT person_id FROM agreements WHERE id = ?"),
                    { entityId }, "read the agreement");
            if (person.isValid()) {
                std::vector<JournalScope> out;
                for (const QString &t : agreementTables())
                    out.push_back({ t, JournalScope::Owner, person.toLongLong() });
                return out;
            }
        }
    }
    if (entity == u"category")
        return whole({ "categories", "accounts" });
    if (entity == u"alerts" || entity == u"alert")
        return whole({ "alerts" });
    if (entity == u"signing_key")
        return whole({ "signing_keys" });
    if (entity == u"provider" && action == u"update")
        return whole({ "provider", "meta" });
    std::vector<JournalScope> all;
    for (const QString &t : tables)
        all.push_back({ t, JournalScope::Whole, 0 });
    return all;
}

} // namespace

std::vector<JournalScope> journalScope(const QSqlDatabase &db, const QStringList &tables,
    const QString &action, const QString &entity, Id entityId)
{
    if (entity == u"transaction")
        return {};
    std::vector<JournalScope> out = entityScope(db, tables, action, entity, entityId);
    // The file's few settings (meta) are written beside many actions (the date alerts
    // were last reviewed, say): every entry covers them, at the cost of a handful of rows.
    bool meta = false;
    for (const JournalScope &s : out)
        meta = meta || (s.table == u"meta" && s.kind == JournalScope::Whole);
    if (!meta)
        out.push_back({ QStringLiteral("meta"), JournalScope::Whole, 0 });
    return out;
}

} // namespace isf
