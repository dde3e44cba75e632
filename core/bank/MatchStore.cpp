// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "core/bank/MatchStore.h"

#include "core/storage/AuditLog.h"
#include "core/storage/ProviderFile.h"
#include "core/storage/RowValues.h"
#include "core/storage/Sql.h"

namespace isf {
namespace {

constexpr std::size_t kRowsPerInsert = 150;

// INSERT INTO table (columns) VALUES (?,..),(?,..) for rows of `width` values.
void insertRows(const QSqlDatabase &db, const QString &head, int width,
    const std::vector<QVariant> &values, const char *what)
{
    const std::size_t rows = values.size() / std::size_t(width);
    QString one = QStringLiteral("(");
    for (int c = 0; c < width; ++c)
        one += c ? QStringLiteral(",?") : QStringLiteral("?");
    one += u')';
    std::size_t done = 0;
    while (done < rows) {
        const std::size_t n = std::min(rows - done, kRowsPerInsert);
        QString sql = head;
        for (std::size_t r = 0; r < n; ++r)
            sql += r ? u',' + one : one;
        SqlQuery q(db, sql);
        for (std::size_t k = 0; k < n * std::size_t(width); ++k)
            q.bindAt(int(k), values[done * std::size_t(width) + k]);
        q.exec(what);
        done += n;
    }
}

} // namespace

std::vector<Id> insertMatchGroups(const ProviderFile &file, const std::vector<MatchGroup> &groups)
{
    const QSqlDatabase db = file.database();
    Id next = scalar(db, QStringLiteral("SELECT coalesce(max(id), 0) FROM bank_match_groups"), {},
                  "save the matches")
                  .toLongLong()
        + 1;
    const QString at = timestamp(file);
    std::vector<Id> ids;
    std::vector<QVariant> groupRows, itemRows;
    for (const MatchGroup &g : groups) {
        const Id id = next++;
        ids.push_back(id);
        groupRows.insert(groupRows.end(),
            { QVariant(id), QVariant(g.accountId), QVariant(g.method), QVariant(at),
                QVariant(file.userName()) });
        for (Id line : g.lineIds)
            itemRows.insert(itemRows.end(), { QVariant(id), QVariant(line), QVariant() });
        for (Id txn : g.txnIds)
            itemRows.insert(itemRows.end(), { QVariant(id), QVariant(), QVariant(txn) });
    }
    insertRows(db,
        QStringLiteral("INSERT INTO bank_match_groups (id, account_id, method, matched_at, "
                       "matched_by) VALUES "),
        5, groupRows, "save the matches");
    insertRows(db,
        QStringLiteral("INSERT INTO bank_match_items (group_id, bank_line_id, txn_id) VALUES "), 3,
        itemRows, "save the matches");
    return ids;
}

std::optional<MatchGroup> matchGroup(const ProviderFile &file, Id groupId)
{
    SqlQuery q(file.database(),
        QStringLiteral("SELECT id, account_id, method, matched_at, matched_by, locked_by FROM "
                       "bank_match_groups WHERE id = ? AND undone_at IS NULL"));
    q.bind({ groupId }).exec("read the match");
    if (!q.next())
        return std::nullopt;
    MatchGroup g;
    g.id = q.int64(0);
    g.accountId = q.int64(1);
    g.method = q.text(2);
    g.matchedAt = q.text(3);
    g.matchedBy = q.text(4);
    g.lockedBy = q.int64(5);
    SqlQuery items(file.database(),
        QStringLiteral("SELECT bank_line_id, txn_id FROM bank_match_items WHERE group_id = ? AND "
                       "active = 1 ORDER BY bank_line_id, txn_id"));
    items.bind({ groupId }).exec("read the match");
    while (items.next()) {
        if (!items.isNull(0))
            g.lineIds.push_back(items.int64(0));
        if (!items.isNull(1))
            g.txnIds.push_back(items.int64(1));
    }
    return g;
}

void undoMatchGroup(const ProviderFile &file, Id groupId, const QString &reason)
{
    const QSqlDatabase db = file.database();
    SqlQuery(db,
        QStringLiteral("UPDATE bank_match_groups SET undone_at = ?, undone_by = ?, undo_reason = ? "
                       "WHERE id = ?"))
        .bind({ timestamp(file), file.userName(), reason, groupId })
        .exec("undo the match");
    SqlQuery(db, QStringLiteral("UPDATE bank_match_items SET active = 0 WHERE group_id = ?"))
        .bind({ groupId })
        .exec("undo the match");
}

int lockMatchGroups(const ProviderFile &file, Id accountId, const QString &day, Id reconciliationId)
{
    SqlQuery q(file.database(),
        QStringLiteral(
            "UPDATE bank_match_groups SET locked_by = ? WHERE account_id = ? AND locked_by IS "
            "NULL AND undone_at IS NULL AND NOT EXISTS (SELECT 1 FROM bank_match_items i JOIN "
            "bank_lines l ON l.id = i.bank_line_id WHERE i.group_id = bank_match_groups.id AND "
            "l.line_date > ?)"));
    q.bind({ reconciliationId, accountId, day }).exec("lock the reconciled matches");
    return q.rowsAffected();
}

namespace {

QHash<Id, QDate> groupDates(const ProviderFile &file, Id accountId, const QString &sql)
{
    SqlQuery q(file.database(), sql);
    q.bind({ accountId }).exec("read the matches");
    QHash<Id, QDate> out;
    while (q.next())
        out.insert(q.int64(0), toDate(q.value(1)));
    return out;
}

} // namespace

QHash<Id, QDate> matchedLineDates(const ProviderFile &file, Id accountId)
{
    return groupDates(file, accountId,
        QStringLiteral(
            "SELECT i.group_id, max(l.line_date) FROM bank_match_items i JOIN bank_lines l "
            "ON l.id = i.bank_line_id WHERE i.active = 1 AND l.account_id = ? GROUP BY "
            "i.group_id"));
}

QHash<Id, QDate> matchedTxnDates(const ProviderFile &file, Id accountId)
{
    return groupDates(file, accountId,
        QStringLiteral("SELECT i.group_id, max(t.txn_date) FROM bank_match_items i JOIN "
                       "bank_match_groups g ON g.id = i.group_id JOIN transactions t ON t.id = "
                       "i.txn_id WHERE i.active = 1 AND g.account_id = ? GROUP BY i.group_id"));
}

} // namespace isf
