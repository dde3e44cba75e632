// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "core/ledger/LedgerFilter.h"

#include "core/storage/ProviderFile.h"
#include "core/storage/RowValues.h"
#include "core/storage/Sql.h"
#include "core/time/Dates.h"

namespace isf {
namespace {

const QString kNarrow
    = QStringLiteral("(? = 0 OR x.category_id = ?) AND (? = 0 OR x.supplier_id = ?)");

QString windowQuery(const QString &select, const QString &tail)
{
    return QStringLiteral(
        "SELECT %1 FROM (SELECT t.id, t.txn_date, t.kind, c.name AS category, s.name AS supplier, "
        "t.reference, t.description, t.reason, t.recorded_by, t.hash, t.hours, t.rate, "
        "t.reverses_id, (SELECT r.id FROM transactions r WHERE r.reverses_id = t.id) AS rev_by, "
        "(SELECT o.kind FROM transactions o WHERE o.id = t.reverses_id) AS rev_kind, "
        "coalesce(ch.change, 0) AS change, "
        "sum(coalesce(ch.change, 0)) OVER (ORDER BY t.txn_date, t.id) AS run, "
        "t.category_id, t.supplier_id FROM transactions t "
        "LEFT JOIN categories c ON c.id = t.category_id "
        "LEFT JOIN suppliers s ON s.id = t.supplier_id "
        "LEFT JOIN (SELECT p.txn_id, sum(p.amount) AS change FROM postings p WHERE p.person_id = ? "
        "AND p.account_id IN (SELECT id FROM accounts WHERE kind = 'bank') GROUP BY p.txn_id) ch "
        "ON ch.txn_id = t.id WHERE t.person_id = ? AND t.txn_date >= ? AND t.txn_date <= ?) x "
        "WHERE %2 %3")
        .arg(select, kNarrow, tail);
}

void bindCommon(SqlQuery &q, Id personId, const LedgerFilter &f)
{
    q.bind({ personId, personId, isoDate(f.from), isoDate(f.to), f.categoryId, f.categoryId,
        f.supplierId, f.supplierId });
}

} // namespace

int filteredLedgerCount(const ProviderFile &file, Id personId, const LedgerFilter &f)
{
    if (!f.isNarrowed())
        return personLedgerCount(file, personId, f.from, f.to);
    SqlQuery q(file.database(), windowQuery(QStringLiteral("count(*)"), QString()));
    bindCommon(q, personId, f);
    q.exec("read the ledger");
    return q.next() ? q.value(0).toInt() : 0;
}

std::vector<LedgerLine> filteredLedgerPage(
    const ProviderFile &file, Id personId, const LedgerFilter &f, int offset, int limit)
{
    if (!f.isNarrowed())
        return personLedgerPage(file, personId, f.from, f.to, offset, limit);
    const Money opening = balanceAt(file, personId, f.from.addDays(-1));
    SqlQuery q(file.database(),
        windowQuery(
            QStringLiteral("x.*"), QStringLiteral("ORDER BY x.txn_date, x.id LIMIT ? OFFSET ?")));
    bindCommon(q, personId, f);
    q.bindAt(8, limit);
    q.bindAt(9, offset);
    q.exec("read the ledger");
    std::vector<LedgerLine> out;
    while (q.next()) {
        LedgerLine l;
        l.txnId = q.int64(0);
        l.date = toDate(q.value(1));
        l.kind = parseTxnKind(q.text(2));
        l.category = q.text(3);
        l.supplier = q.text(4);
        l.reference = q.text(5);
        l.description = q.text(6);
        l.reason = q.text(7);
        l.recordedBy = q.text(8);
        l.hash = q.text(9);
        if (!q.isNull(10))
            l.hours = Hours::fromHundredths(q.int64(10));
        if (!q.isNull(11))
            l.rate = Money::fromPence(q.int64(11));
        l.reversesId = q.int64(12);
        l.reversedById = q.int64(13);
        if (!q.isNull(14))
            l.reversedKind = parseTxnKind(q.text(14));
        l.change = Money::fromPence(q.int64(15));
        l.running = opening + Money::fromPence(q.int64(16));
        out.push_back(std::move(l));
    }
    return out;
}

} // namespace isf
