// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "core/bank/BankStore.h"

#include "core/storage/ProviderFile.h"
#include "core/storage/RowValues.h"
#include "core/storage/Sql.h"
#include "core/time/Dates.h"

#include <algorithm>

namespace isf {
namespace {

const QString kLineColumns = QStringLiteral(
    "l.id, l.account_id, l.statement_id, l.line_date, l.amount, l.description, l.reference, "
    "l.balance, l.bank_key, l.bank_error, l.error_note, m.group_id, g.locked_by");
const QString kLineJoins = QStringLiteral(
    " FROM bank_lines l LEFT JOIN bank_match_items m ON m.bank_line_id = l.id AND m.active = 1 "
    "LEFT JOIN bank_match_groups g ON g.id = m.group_id ");

BankLine readLine(SqlQuery &q)
{
    BankLine l;
    l.id = q.int64(0);
    l.accountId = q.int64(1);
    l.statementId = q.int64(2);
    l.date = toDate(q.value(3));
    l.amount = Money::fromPence(q.int64(4));
    l.description = q.text(5);
    l.reference = q.text(6);
    if (!q.isNull(7))
        l.balance = Money::fromPence(q.int64(7));
    l.key = q.text(8);
    l.bankError = q.int64(9) != 0;
    l.errorNote = q.text(10);
    l.groupId = q.int64(11);
    l.locked = !q.isNull(12);
    return l;
}

constexpr int kRowsPerInsert = 100;

const QString kItemColumns = QStringLiteral(
    "SELECT t.id, t.txn_date, t.kind, p.amount, t.reference, t.description, s.name, "
    "t.person_id, pe.ref, t.reverses_id, r.id, m.group_id FROM ");
const QString kItemJoins = QStringLiteral(
    " JOIN transactions t ON t.id = p.txn_id "
    "LEFT JOIN suppliers s ON s.id = t.supplier_id LEFT JOIN people pe ON pe.id = t.person_id "
    "LEFT JOIN transactions r ON r.reverses_id = t.id ");

std::vector<LedgerItem> readItems(SqlQuery &q)
{
    std::vector<LedgerItem> out;
    while (q.next()) {
        LedgerItem i;
        i.txnId = q.int64(0);
        i.date = toDate(q.value(1));
        i.kind = parseTxnKind(q.text(2));
        i.amount = Money::fromPence(q.int64(3));
        i.reference = q.text(4);
        i.description = q.text(5);
        i.supplier = q.text(6);
        i.personId = q.int64(7);
        i.personRef = q.text(8);
        i.reversesId = q.int64(9);
        i.reversedById = q.int64(10);
        i.groupId = q.int64(11);
        out.push_back(std::move(i));
    }
    return out;
}

} // namespace

std::vector<BankLine> loadBankLines(
    const ProviderFile &file, Id accountId, const QDate &to, bool unmatchedOnly)
{
    QString sql = QStringLiteral("SELECT ") + kLineColumns + kLineJoins
        + QStringLiteral("WHERE l.account_id = ? AND l.line_date <= ?");
    if (unmatchedOnly)
        sql += QStringLiteral(" AND m.group_id IS NULL");
    sql += QStringLiteral(" ORDER BY l.line_date, l.id");
    SqlQuery q(file.database(), sql);
    q.bind({ accountId, to.isValid() ? isoDate(to) : QStringLiteral("9999-12-31") })
        .exec("read the bank statement lines");
    std::vector<BankLine> out;
    while (q.next())
        out.push_back(readLine(q));
    return out;
}

std::optional<BankLine> bankLineById(const ProviderFile &file, Id lineId)
{
    SqlQuery q(file.database(),
        QStringLiteral("SELECT ") + kLineColumns + kLineJoins + QStringLiteral("WHERE l.id = ?"));
    q.bind({ lineId }).exec("read the bank statement line");
    if (!q.next())
        return std::nullopt;
    return readLine(q);
}

QSet<QString> bankLineKeys(const ProviderFile &file, Id accountId)
{
    SqlQuery q(
        file.database(), QStringLiteral("SELECT bank_key FROM bank_lines WHERE account_id = ?"));
    q.bind({ accountId }).exec("read the bank statement lines");
    QSet<QString> out;
    while (q.next())
        out.insert(q.text(0));
    return out;
}

Money bankLinesBefore(const ProviderFile &file, Id accountId, const QDate &day)
{
    return Money::fromPence(scalar(file.database(),
        QStringLiteral("SELECT coalesce(sum(amount), 0) FROM bank_lines WHERE account_id = ? AND "
                       "line_date < ?"),
        { accountId, isoDate(day) }, "read the bank statement lines")
                                .toLongLong());
}

Money bankBalanceAt(const ProviderFile &file, Id accountId, const QDate &day)
{
    const QVariant opening = scalar(file.database(),
        QStringLiteral("SELECT opening_balance FROM bank_accounts WHERE account_id = ?"),
        { accountId }, "read the bank balance");
    return Money::fromPence(opening.toLongLong())
        + bankLinesBefore(file, accountId, day.addDays(1));
}

QDate lastStatementDay(const ProviderFile &file, Id accountId)
{
    return toDate(scalar(file.database(),
        QStringLiteral("SELECT max(last_date) FROM bank_statements WHERE account_id = ?"),
        { accountId }, "read the bank statements"));
}

std::vector<StatementRecord> listStatements(const ProviderFile &file, Id accountId)
{
    SqlQuery q(file.database(),
        QStringLiteral("SELECT id, account_id, format, source_name, sha256, first_date, last_date, "
                       "opening_balance, closing_balance, line_count, added_count, imported_at, "
                       "imported_by FROM bank_statements WHERE account_id = ? ORDER BY id"));
    q.bind({ accountId }).exec("read the bank statements");
    std::vector<StatementRecord> out;
    while (q.next()) {
        StatementRecord r;
        r.id = q.int64(0);
        r.accountId = q.int64(1);
        r.format = q.text(2);
        r.sourceName = q.text(3);
        r.sha256 = q.text(4);
        r.firstDate = toDate(q.value(5));
        r.lastDate = toDate(q.value(6));
        if (!q.isNull(7))
            r.opening = Money::fromPence(q.int64(7));
        if (!q.isNull(8))
            r.closing = Money::fromPence(q.int64(8));
        r.lineCount = int(q.int64(9));
        r.added = int(q.int64(10));
        r.importedAt = q.text(11);
        r.importedBy = q.text(12);
        out.push_back(std::move(r));
    }
    return out;
}

Id insertStatement(const ProviderFile &file, const StatementRecord &r,
    const std::vector<const StatementLine *> &newLines)
{
    const QSqlDatabase db = file.database();
    const auto money
        = [](const std::optional<Money> &m) { return m ? QVariant(m->pence()) : QVariant(); };
    SqlQuery s(db,
        QStringLiteral("INSERT INTO bank_statements (account_id, format, source_name, sha256, "
                       "first_date, last_date, opening_balance, closing_balance, line_count, "
                       "added_count, imported_at, imported_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
                       "?, ?, ?)"));
    s.bind({ r.accountId, r.format, r.sourceName, r.sha256, dateValue(r.firstDate),
               dateValue(r.lastDate), money(r.opening), money(r.closing), r.lineCount, r.added,
               r.importedAt, r.importedBy })
        .exec("save the bank statement");
    const Id statementId = s.lastInsertId();
    std::size_t done = 0;
    while (done < newLines.size()) {
        const std::size_t n = std::min(newLines.size() - done, std::size_t(kRowsPerInsert));
        QString sql = QStringLiteral("INSERT INTO bank_lines (account_id, statement_id, line_date, "
                                     "amount, description, reference, balance, bank_key) VALUES ");
        for (std::size_t i = 0; i < n; ++i)
            sql += i ? QStringLiteral(",(?,?,?,?,?,?,?,?)") : QStringLiteral("(?,?,?,?,?,?,?,?)");
        SqlQuery q(db, sql);
        int at = 0;
        for (std::size_t i = done; i < done + n; ++i) {
            const StatementLine &l = *newLines[i];
            for (const QVariant &v : { QVariant(r.accountId), QVariant(statementId),
                     QVariant(isoDate(l.date)), QVariant(l.amount.pence()), textSafe(l.description),
                     textSafe(l.reference), money(l.balance), QVariant(l.key) })
                q.bindAt(at++, v);
        }
        q.exec("save the bank statement lines");
        done += n;
    }
    return statementId;
}

void setOpeningBalance(const ProviderFile &file, Id accountId, Money opening, const QDate &day)
{
    SqlQuery(file.database(),
        QStringLiteral(
            "UPDATE bank_accounts SET opening_balance = ?, opening_date = ? WHERE account_id = ?"))
        .bind({ opening.pence(), isoDate(day), accountId })
        .exec("save the bank's opening balance");
}

void setBankError(const ProviderFile &file, Id lineId, bool isError, const QString &note)
{
    SqlQuery(file.database(),
        QStringLiteral("UPDATE bank_lines SET bank_error = ?, error_note = ? WHERE id = ?"))
        .bind({ isError ? 1 : 0, note, lineId })
        .exec("mark the bank statement line");
}

std::vector<LedgerItem> loadLedgerItems(
    const ProviderFile &file, Id accountId, const QDate &since, const QDate &to, bool unmatchedOnly)
{
    // Two parts, so that each reads an index range: the account's postings after
    // `since`, and the (few) matched ones before it.
    const QString &columns = kItemColumns;
    const QString &joins = kItemJoins;
    QString sql = columns
        + QStringLiteral("postings p LEFT JOIN bank_match_items m ON m.txn_id = p.txn_id AND "
                         "m.active = 1")
        + joins + QStringLiteral("WHERE p.account_id = ? AND p.txn_date > ? AND p.txn_date <= ?");
    if (unmatchedOnly)
        sql += QStringLiteral(" AND m.group_id IS NULL");
    else
        sql += QStringLiteral(" UNION ALL ") + columns
            + QStringLiteral("bank_match_items m JOIN postings p ON p.txn_id = m.txn_id AND "
                             "p.account_id = ?")
            + joins + QStringLiteral("WHERE m.active = 1 AND p.txn_date <= ?");
    SqlQuery q(file.database(), sql);
    const QString sinceText = since.isValid() ? isoDate(since) : QStringLiteral("0000-01-01");
    q.bindAt(0, accountId);
    q.bindAt(1, sinceText);
    q.bindAt(2, to.isValid() ? isoDate(to) : QStringLiteral("9999-12-31"));
    if (!unmatchedOnly) {
        q.bindAt(3, accountId);
        q.bindAt(4, sinceText);
    }
    q.exec("read the ledger entries");
    std::vector<LedgerItem> out = readItems(q);
    std::stable_sort(out.begin(), out.end(), [](const LedgerItem &a, const LedgerItem &b) {
        return a.date != b.date ? a.date < b.date : a.txnId < b.txnId;
    });
    return out;
}

std::vector<LedgerItem> ledgerItemsByIds(
    const ProviderFile &file, Id accountId, const std::vector<Id> &txnIds)
{
    if (txnIds.empty())
        return {};
    QStringList ids;
    for (Id id : txnIds)
        ids << QString::number(id);
    SqlQuery q(file.database(),
        kItemColumns
            + QStringLiteral("postings p LEFT JOIN bank_match_items m ON m.txn_id = p.txn_id AND "
                             "m.active = 1")
            + kItemJoins
            + QStringLiteral("WHERE p.account_id = ? AND p.txn_id IN (%1)").arg(ids.join(u',')));
    q.bind({ accountId }).exec("read the ledger entries");
    return readItems(q);
}

Money ledgerBalanceAt(const ProviderFile &file, Id accountId, const QDate &day, bool fundsOnly)
{
    const QString person
        = fundsOnly ? QStringLiteral(" AND person_id IS NOT NULL AND person_id <> 0") : QString();
    const int month = day.year() * 100 + day.month();
    const QVariant months = scalar(file.database(),
        QStringLiteral("SELECT coalesce(sum(net), 0) FROM balance_months WHERE account_id = ? AND "
                       "month < ?")
            + person,
        { accountId, month }, "read the ledger balance");
    const QVariant days = scalar(file.database(),
        QStringLiteral("SELECT coalesce(sum(amount), 0) FROM postings WHERE account_id = ? AND "
                       "txn_date >= ? AND txn_date <= ?")
            + person,
        { accountId, isoDate(QDate(day.year(), day.month(), 1)), isoDate(day) },
        "read the ledger balance");
    return Money::fromPence(months.toLongLong() + days.toLongLong());
}

} // namespace isf
