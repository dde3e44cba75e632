// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "core/ledger/LedgerScan.h"

#include "core/ledger/Verify.h"
#include "core/money/Money.h"
#include "core/storage/ProviderFile.h"

#include <QCryptographicHash>
#include <QHash>
#include <QSqlDriver>

#include <charconv>
#include <cstring>
#include <map>
#include <sqlite3.h>
#include <tuple>

namespace isf {
namespace {

sqlite3 *handleOf(const ProviderFile &file)
{
    const QVariant v = file.database().driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.data());
}

class Statement {
public:
    Statement(sqlite3 *db, const char *sql)
    {
        if (sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr) != SQLITE_OK)
            m_stmt = nullptr;
    }
    ~Statement() { sqlite3_finalize(m_stmt); }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    bool ok() const { return m_stmt != nullptr; }
    void bind(int i, qint64 v) { sqlite3_bind_int64(m_stmt, i, v); }
    bool step() { return sqlite3_step(m_stmt) == SQLITE_ROW; }
    qint64 integer(int c) const { return sqlite3_column_int64(m_stmt, c); }
    bool isNull(int c) const { return sqlite3_column_type(m_stmt, c) == SQLITE_NULL; }
    QByteArrayView text(int c) const
    {
        const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, c));
        return QByteArrayView(p, p ? sqlite3_column_bytes(m_stmt, c) : 0);
    }

private:
    sqlite3_stmt *m_stmt = nullptr;
};

// The bytes transactionHash() hashes (HashChain.cpp), built from the stored columns:
// each field its length in decimal, ':', its bytes, '|'.
class Canonical {
public:
    void reset() { m_bytes.resize(0); }
    void field(QByteArrayView v)
    {
        number(v.size(), false);
        m_bytes.append(':');
        m_bytes.append(v);
        m_bytes.append('|');
    }
    void number(qint64 n, bool asField = true)
    {
        char buffer[24];
        const auto end = std::to_chars(buffer, buffer + sizeof buffer, n).ptr;
        if (asField)
            field(QByteArrayView(buffer, end - buffer));
        else
            m_bytes.append(buffer, end - buffer);
    }
    const QByteArray &bytes() const { return m_bytes; }

private:
    QByteArray m_bytes;
};

using MonthKey = std::tuple<qint64, qint64, qint64>; // account, person, yyyymm

qint64 monthOf(QByteArrayView date)
{
    if (date.size() < 7)
        return 0;
    qint64 m = 0;
    for (int i : { 0, 1, 2, 3, 5, 6 })
        m = m * 10 + (date[i] - '0');
    return m;
}

} // namespace

bool scanLedger(
    const ProviderFile &file, Id after, const QByteArray &head, bool monthTotals, VerifyReport &r)
{
    sqlite3 *db = handleOf(file);
    if (!db)
        return false;
    Statement txns(db,
        "SELECT id, kind, txn_date, person_id, amount, category_id, supplier_id, reference, "
        "description, hours, rate, reverses_id, reason, recorded_by, recorded_at, prev_hash, "
        "hash FROM transactions WHERE id > ? ORDER BY id");
    Statement posts(db,
        "SELECT txn_id, account_id, person_id, amount, txn_date FROM postings WHERE txn_id > ? "
        "ORDER BY txn_id, id");
    if (!txns.ok() || !posts.ok())
        return false;
    txns.bind(1, after);
    posts.bind(1, after);
    std::map<MonthKey, qint64> months;
    QByteArray previous = head;
    QString chainProblem, balanceProblem;
    Canonical c;
    QCryptographicHash sha(QCryptographicHash::Sha256);
    bool havePosting = posts.step();
    while (txns.step()) {
        const Id id = txns.integer(0);
        ++r.transactions;
        // Postings of transactions that no longer exist.
        while (havePosting && posts.integer(0) < id)
            havePosting = posts.step();
        c.reset();
        c.field("isf-txn-v1");
        c.number(id);
        c.field(txns.text(1));
        const QByteArrayView date = txns.text(2);
        c.field(date);
        for (int col : { 3, 4, 5, 6 })
            c.number(txns.integer(col));
        c.field(txns.text(7));
        c.field(txns.text(8));
        for (int col : { 9, 10 }) {
            if (txns.isNull(col))
                c.field(QByteArrayView());
            else
                c.number(txns.integer(col));
        }
        c.number(txns.integer(11));
        for (int col : { 12, 13, 14 })
            c.field(txns.text(col));
        qint64 sum = 0;
        int count = 0;
        for (; havePosting && posts.integer(0) == id; havePosting = posts.step()) {
            const qint64 account = posts.integer(1), person = posts.integer(2),
                         amount = posts.integer(3);
            c.number(account);
            c.number(person);
            c.number(amount);
            sum += amount;
            ++count;
            if (monthTotals)
                months[{ account, person, monthOf(posts.text(4)) }] += amount;
            if (chainProblem.isEmpty() && posts.text(4) != date)
                chainProblem = QStringLiteral(
                    "Transaction %1 has a posting whose date differs from the transaction's.")
                                   .arg(id);
        }
        if (balanceProblem.isEmpty() && (count == 0 || sum != 0)) {
            balanceProblem = count == 0
                ? QStringLiteral("Transaction %1 has no postings.").arg(id)
                : QStringLiteral("Transaction %1 does not balance: its postings sum to %2.")
                      .arg(id)
                      .arg(Money::fromPence(sum).display());
            if (!r.firstBadTxn)
                r.firstBadTxn = id;
        }
        if (!chainProblem.isEmpty())
            continue;
        const QByteArrayView storedPrev = txns.text(15), stored = txns.text(16);
        if (storedPrev != QByteArrayView(previous)) {
            chainProblem = QStringLiteral(
                "The hash chain is broken before transaction %1: a transaction before it is "
                "missing or was altered.")
                               .arg(id);
        } else {
            c.field(previous);
            sha.reset();
            sha.addData(c.bytes());
            if (sha.result().toHex() != stored)
                chainProblem = QStringLiteral("Transaction %1 (%2, %3, %4) was altered: its "
                                              "content no longer matches its hash.")
                                   .arg(id)
                                   .arg(QString::fromUtf8(date), QString::fromUtf8(txns.text(1)),
                                       Money::fromPence(txns.integer(4)).plain());
        }
        if (!chainProblem.isEmpty())
            r.firstBadTxn = r.firstBadTxn ? std::min(r.firstBadTxn, id) : id;
        previous = stored.toByteArray();
    }
    r.chainHead = previous;
    if (!balanceProblem.isEmpty())
        r.problems << balanceProblem;
    else
        r.passed << QStringLiteral("Every transaction balances.");
    if (chainProblem.isEmpty())
        r.passed << QStringLiteral("Hash chain unbroken over %1 transactions (head %2).")
                        .arg(r.transactions)
                        .arg(QString::fromLatin1(previous.left(16)));
    else
        r.problems << chainProblem;
    if (!monthTotals)
        return true;
    Statement stored(db, "SELECT account_id, person_id, month, net FROM balance_months");
    if (!stored.ok())
        return false;
    QString monthProblem;
    while (stored.step() && monthProblem.isEmpty()) {
        const MonthKey key { stored.integer(0), stored.integer(1), stored.integer(2) };
        const auto it = months.find(key);
        const qint64 expected = it == months.end() ? 0 : it->second;
        if (stored.integer(3) != expected)
            monthProblem = QStringLiteral("The month totals for account %1, person %2, month %3 "
                                          "do not match the postings.")
                               .arg(std::get<0>(key))
                               .arg(std::get<1>(key))
                               .arg(std::get<2>(key));
        if (it != months.end())
            months.erase(it);
    }
    for (auto it = months.begin(); monthProblem.isEmpty() && it != months.end(); ++it)
        if (it->second != 0)
            monthProblem = QStringLiteral("The month totals for account %1, person %2, month %3 "
                                          "do not match the postings.")
                               .arg(std::get<0>(it->first))
                               .arg(std::get<1>(it->first))
                               .arg(std::get<2>(it->first));
    if (monthProblem.isEmpty())
        r.passed << QStringLiteral("Month totals match the postings.");
    else
        r.problems << monthProblem;
    return true;
}

} // namespace isf
