// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "core/ledger/LedgerQueries.h"

#include "core/storage/ProviderFile.h"
#include "core/storage/RowValues.h"
#include "core/storage/Sql.h"
#include "core/time/Dates.h"

namespace isf {
namespace {

const QString kBank = QStringLiteral("(SELECT id FROM accounts WHERE kind = 'bank')");

int monthKey(const QDate &d)
{
    return d.year() * 100 + d.month();
}
QString monthStart(const QDate &d)
{
    return isoDate(QDate(d.year(), d.month(), 1));
}

const QString kLineColumns = QStringLiteral(
    "t.id, t.txn_date, t.kind, c.name, s.name, t.reference, t.description, t.reason, "
    "t.recorded_by, t.hash, "
    "t.hours, t.rate, t.reverses_id, (SELECT r.id FROM transactions r WHERE r.reverses_id = t.id), "
    "(SELECT o.kind FROM transactions o WHERE o.id = t.reverses_id), "
    "(SELECT sum(p.amount) FROM postings p WHERE p.txn_id = t.id AND p.person_id = t.person_id AND "
    "p.account_id IN %1)");

QString lineQuery(const QString &tail)
{
    return QStringLiteral(
        "SELECT %1 FROM transactions t LEFT JOIN categories c ON c.id = t.category_id "
        "LEFT JOIN suppliers s ON s.id = t.supplier_id WHERE t.person_id = ? AND t.txn_date >= ? "
        "AND t.txn_date <= ? ORDER BY t.txn_date, t.id %2")
        .arg(kLineColumns.arg(kBank), tail);
}

LedgerLine readLine(SqlQuery &q)
{
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
    return l;
}

} // namespace

Money balanceAt(const ProviderFile &file, Id personId, const QDate &date)
{
    const QVariant months = scalar(file.database(),
        QStringLiteral("SELECT coalesce(sum(net), 0) FROM balance_months WHERE person_id = ? "
                       "AND month < ? AND account_id IN %1")
            .arg(kBank),
        { personId, monthKey(date) }, "read the balance");
    const QVariant days = scalar(file.database(),
        QStringLiteral("SELECT coalesce(sum(amount), 0) FROM postings WHERE person_id = ? AND "
                       "account_id IN %1 AND txn_date >= ? AND txn_date <= ?")
            .arg(kBank),
        { personId, monthStart(date), isoDate(date) }, "read the balance");
    return Money::fromPence(months.toLongLong() + days.toLongLong());
}

std::vector<PersonBalance> balancesAt(const ProviderFile &file, const QDate &date)
{
    SqlQuery q(file.database(),
        QStringLiteral(
            "SELECT pe.id, pe.ref, coalesce(m.net, 0) + coalesce(d.net, 0) FROM people pe "
            "LEFT JOIN (SELECT person_id, sum(net) AS net FROM balance_months WHERE month < ? AND "
            "account_id IN %1 GROUP BY person_id) m ON m.person_id = pe.id "
            "LEFT JOIN (SELECT person_id, sum(amount) AS net FROM postings WHERE account_id IN %1 "
            "AND txn_date >= ? AND txn_date <= ? GROUP BY person_id) d ON d.person_id = pe.id "
            "ORDER BY pe.ref")
            .arg(kBank));
    q.bind({ monthKey(date), monthStart(date), isoDate(date) }).exec("read the balances");
    std::vector<PersonBalance> out;
    while (q.next())
        out.push_back({ q.int64(0), q.text(1), Money::fromPence(q.int64(2)) });
    return out;
}

PersonLedger personLedger(const ProviderFile &file, Id personId, const QDate &from, const QDate &to)
{
    PersonLedger ledger;
    ledger.opening = balanceAt(file, personId, from.addDays(-1));
    SqlQuery q(file.database(), lineQuery(QString()));
    q.bind({ personId, isoDate(from), isoDate(to) }).exec("read the ledger");
    Money running = ledger.opening;
    while (q.next()) {
        LedgerLine line = readLine(q);
        running += line.change;
        line.running = running;
        ledger.lines.push_back(std::move(line));
    }
    ledger.closing = running;
    return ledger;
}

std::vector<LedgerLine> personLedgerPage(const ProviderFile &file, Id personId, const QDate &from,
    const QDate &to, int offset, int limit)
{
    // The balance carried into the page: the opening balance plus every line before it.
    Money running = balanceAt(file, personId, from.addDays(-1));
    if (offset > 0) {
        const QVariant before = scalar(file.database(),
            QStringLiteral("SELECT coalesce(sum(x.change), 0) FROM (SELECT (SELECT sum(p.amount) "
                           "FROM postings p WHERE "
                           "p.txn_id = t.id AND p.person_id = t.person_id AND p.account_id IN %1) "
                           "AS change FROM "
                           "transactions t WHERE t.person_id = ? AND t.txn_date >= ? AND "
                           "t.txn_date <= ? ORDER BY "
                           "t.txn_date, t.id LIMIT ?) x")
                .arg(kBank),
            { personId, isoDate(from), isoDate(to), offset }, "read the ledger");
        running += Money::fromPence(before.toLongLong());
    }
    SqlQuery q(file.database(), lineQuery(QStringLiteral("LIMIT ? OFFSET ?")));
    q.bind({ personId, isoDate(from), isoDate(to), limit, offset }).exec("read the ledger");
    std::vector<LedgerLine> out;
    while (q.next()) {
        LedgerLine line = readLine(q);
        running += line.change;
        line.running = running;
        out.push_back(std::move(line));
    }
    return out;
}

int personLedgerCount(const ProviderFile &file, Id personId, const QDate &from, const QDate &to)
{
    return scalar(file.database(),
        QStringLiteral(
            "SELECT count(*) FROM transactions WHERE person_id = ? AND txn_date >= ? AND "
            "txn_date <= ?"),
        { personId, isoDate(from), isoDate(to) }, "read the ledger")
        .toInt();
}

BankReconciliation bankAgainstFunds(const ProviderFile &file, const QDate &date)
{
    auto total = [&](const char *personFilter) {
        const QString months
            = QStringLiteral("SELECT coalesce(sum(net), 0) FROM balance_months WHERE month < ? AND "
                             "account_id IN %1 %2")
                  .arg(kBank, QLatin1String(personFilter));
        const QString days = QStringLiteral(
            "SELECT coalesce(sum(amount), 0) FROM postings WHERE account_id IN %1 AND "
            "txn_date >= ? AND txn_date <= ? %2")
                                 .arg(kBank, QLatin1String(personFilter));
        return Money::fromPence(
            scalar(file.database(), months, { monthKey(date) }, "reconcile").toLongLong()
            + scalar(file.database(), days, { monthStart(date), isoDate(date) }, "reconcile")
                  .toLongLong());
    };
    BankReconciliation r;
    r.date = date;
    r.bankBalance = total("");
    // Funds are the postings that belong to a person (balance_months uses 0 for none).
    r.fundsTotal = total("AND person_id IS NOT NULL AND person_id <> 0");
    return r;
}

} // namespace isf
