// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "core/ledger/Verify.h"

#include "core/integrity/JournalVerify.h"
#include "core/ledger/HashChain.h"
#include "core/ledger/LedgerQueries.h"
#include "core/ledger/LedgerScan.h"
#include "core/storage/ProviderFile.h"
#include "core/storage/RowValues.h"
#include "core/storage/Sql.h"
#include "core/time/Clock.h"
#include "core/time/Dates.h"
#include "core/util/Errors.h"

#include <QSqlQuery>

namespace isf {
namespace {

void checkIntegrity(const ProviderFile &file, bool quick, VerifyReport &r)
{
    QSqlQuery q(file.database());
    QStringList messages;
    if (q.exec(quick ? QStringLiteral("PRAGMA quick_check")
                     : QStringLiteral("PRAGMA integrity_check"))) {
        while (q.next())
            messages << q.value(0).toString();
    } else {
        messages << QStringLiteral("the check could not run");
    }
    if (messages == QStringList { QStringLiteral("ok") })
        r.passed << QStringLiteral("SQLite integrity: ok");
    else
        r.problems << QStringLiteral("SQLite integrity: %1")
                          .arg(messages.mid(0, 5).join(QStringLiteral("; ")));
    QSqlQuery fk(file.database());
    if (fk.exec(QStringLiteral("PRAGMA foreign_key_check")) && fk.next())
        r.problems << QStringLiteral("A %1 row refers to a missing %2 row.")
                          .arg(fk.value(0).toString(), fk.value(2).toString());
}

// The quick check starts where the last checkpoint in the file left off: what it
// signed is checked against the signature instead of being recomputed.
struct Start {
    Id after = 0; // check transactions after this one
    QByteArray head; // the ledger chain's hash at `after`
};

Start quickStart(const ProviderFile &file)
{
    Start s;
    s.head = genesisHash();
    try {
        for (const Checkpoint &cp : fileCheckpoints(file))
            if (cp.signatureValid() && cp.txnLast > s.after) {
                s.after = cp.txnLast;
                s.head = cp.txnHead;
            }
    } catch (const Error &) {
        // a damaged checkpoint is reported by the full checks; start from the beginning
    }
    return s;
}

void checkBalanced(const ProviderFile &file, const Start &start, VerifyReport &r)
{
    SqlQuery q(file.database(),
        QStringLiteral(
            "SELECT txn_id, sum(amount) FROM postings WHERE txn_id > %1 GROUP BY txn_id ")
                .arg(start.after)
            + QStringLiteral("HAVING sum(amount) <> 0 ORDER BY txn_id LIMIT 1"));
    q.exec("verify the ledger");
    if (q.next()) {
        r.problems << QStringLiteral("Transaction %1 does not balance: its postings sum to %2.")
                          .arg(q.int64(0))
                          .arg(Money::fromPence(q.int64(1)).display());
        if (!r.firstBadTxn)
            r.firstBadTxn = q.int64(0);
    }
    SqlQuery orphan(file.database(),
        QStringLiteral(
            "SELECT t.id FROM transactions t WHERE t.id > %1 AND NOT EXISTS (SELECT 1 FROM "
            "postings p WHERE p.txn_id = t.id) ORDER BY t.id LIMIT 1")
            .arg(start.after));
    orphan.exec("verify the ledger");
    if (orphan.next()) {
        r.problems << QStringLiteral("Transaction %1 has no postings.").arg(orphan.int64(0));
        if (!r.firstBadTxn)
            r.firstBadTxn = orphan.int64(0);
    }
    if (r.problems.isEmpty())
        r.passed << QStringLiteral("Every transaction balances.");
}

// Streams every transaction with its postings in id order and recomputes the chain.
void checkChain(const ProviderFile &file, const Start &start, VerifyReport &r)
{
    SqlQuery q(file.database(),
        QStringLiteral(
            "SELECT t.id, t.kind, t.txn_date, t.person_id, t.amount, t.category_id, t.supplier_id, "
            "t.reference, t.description, t.hours, t.rate, t.reverses_id, t.reason, t.recorded_by, "
            "t.recorded_at, t.prev_hash, t.hash, p.account_id, p.person_id, p.amount, p.txn_date "
            "FROM transactions t JOIN postings p ON p.txn_id = t.id WHERE t.id > %1 ORDER BY t.id, "
            "p.id")
            .arg(start.after));
    q.exec("verify the ledger");
    QByteArray previous = start.head;
    PostedTxn current;
    QByteArray storedPrev, storedHash;
    bool have = false;
    QString problem;
    auto finish = [&]() {
        if (!have || !problem.isEmpty())
            return;
        ++r.transactions;
        if (storedPrev != previous) {
            problem = QStringLiteral(
                "The hash chain is broken before transaction %1: a transaction before it is "
                "missing or was altered.")
                          .arg(current.id);
        } else if (transactionHash(current, previous) != storedHash) {
            problem = QStringLiteral(
                "Transaction %1 (%2, %3, %4) was altered: its content no longer matches its hash.")
                          .arg(current.id)
                          .arg(isoDate(current.date), txnKindCode(current.kind),
                              current.amount.plain());
        }
        if (!problem.isEmpty())
            r.firstBadTxn = r.firstBadTxn ? std::min(r.firstBadTxn, current.id) : current.id;
        previous = storedHash;
    };
    while (q.next() && problem.isEmpty()) {
        const Id id = q.int64(0);
        if (!have || id != current.id) {
            finish();
            if (!problem.isEmpty())
                break;
            current = PostedTxn();
            current.id = id;
            current.kind = parseTxnKind(q.text(1));
            current.date = toDate(q.value(2));
            current.personId = q.int64(3);
            current.amount = Money::fromPence(q.int64(4));
            current.categoryId = q.int64(5);
            current.supplierId = q.int64(6);
            current.reference = q.text(7);
            current.description = q.text(8);
            if (!q.isNull(9))
                current.hours = Hours::fromHundredths(q.int64(9));
            if (!q.isNull(10))
                current.rate = Money::fromPence(q.int64(10));
            current.reversesId = q.int64(11);
            current.reason = q.text(12);
            current.recordedBy = q.text(13);
            current.recordedAt = q.text(14);
            storedPrev = q.value(15).toByteArray();
            storedHash = q.value(16).toByteArray();
            have = true;
        }
        current.postings.push_back({ q.int64(17), q.int64(18), Money::fromPence(q.int64(19)) });
        if (q.text(20) != isoDate(current.date) && problem.isEmpty())
            problem = QStringLiteral(
                "Transaction %1 has a posting whose date differs from the transaction's.")
                          .arg(id);
    }
    finish();
    r.chainHead = previous;
    if (problem.isEmpty())
        r.passed << QStringLiteral("Hash chain unbroken over %1 transactions (head %2).")
                        .arg(r.transactions)
                        .arg(QString::fromLatin1(previous.left(16)));
    else
        r.problems << problem;
}

void checkMonthTotals(const ProviderFile &file, VerifyReport &r)
{
    // Compare the stored month totals with totals recomputed from the postings.
    const QString recomputed
        = QStringLiteral("SELECT account_id, coalesce(person_id, 0) AS person_id, "
                         "CAST(substr(txn_date, 1, 4) || substr(txn_date, 6, 2) "
                         "AS INTEGER) AS month, sum(amount) AS net FROM postings GROUP BY "
                         "account_id, coalesce(person_id, 0), "
                         "CAST(substr(txn_date, 1, 4) || substr(txn_date, 6, 2) AS INTEGER)");
    SqlQuery q(file.database(),
        QStringLiteral(
            "SELECT x.account_id, x.person_id, x.month FROM (%1) x LEFT JOIN balance_months b ON "
            "b.account_id = x.account_id AND b.person_id = x.person_id AND b.month = x.month WHERE "
            "b.net IS NULL OR b.net <> x.net UNION ALL SELECT b.account_id, b.person_id, b.month "
            "FROM "
            "balance_months b LEFT JOIN (%1) x ON b.account_id = x.account_id AND b.person_id = "
            "x.person_id AND b.month = x.month WHERE x.net IS NULL AND b.net <> 0 LIMIT 1")
            .arg(recomputed));
    q.exec("verify the month totals");
    if (q.next())
        r.problems << QStringLiteral(
            "The month totals for account %1, person %2, month %3 do not match the postings.")
                          .arg(q.int64(0))
                          .arg(q.int64(1))
                          .arg(q.int64(2));
    else
        r.passed << QStringLiteral("Month totals match the postings.");
}

void checkBankAgainstFunds(const ProviderFile &file, VerifyReport &r)
{
    const QVariant last = scalar(
        file.database(), QStringLiteral("SELECT max(txn_date) FROM transactions"), {}, "verify");
    QDate date = toDate(last);
    if (!date.isValid() || date < file.clock().today())
        date = file.clock().today();
    const BankReconciliation rec = bankAgainstFunds(file, date);
    if (rec.difference().isZero())
        r.passed << QStringLiteral("Client bank balance %1 equals the sum of the funds.")
                        .arg(rec.bankBalance.display());
    else
        r.problems << QStringLiteral(
            "Client bank balance %1 differs from the sum of the funds %2 by %3.")
                          .arg(rec.bankBalance.display(), rec.fundsTotal.display(),
                              rec.difference().display());
}

} // namespace

VerifyReport verifyFile(const ProviderFile &file, const VerifyOptions &options)
{
    VerifyReport r;
    checkIntegrity(file, options.quick, r);
    const Start start = options.quick ? quickStart(file) : Start { 0, genesisHash() };
    if (!scanLedger(file, start.after, start.head, !options.quick, r)) {
        checkBalanced(file, start, r);
        checkChain(file, start, r);
        if (!options.quick)
            checkMonthTotals(file, r);
    }
    if (options.quick)
        r.passed << QStringLiteral("Quick check: the ledger checked from transaction %1 on (the "
                                   "last checkpoint signed the rest); month totals not "
                                   "recomputed.")
                        .arg(start.after + 1);
    checkBankAgainstFunds(file, r);
    const JournalState journal = checkJournalChain(file, r);
    checkRowsAgainstJournal(file, journal, r);
    checkLedgerAgainstJournal(file, journal, r);
    checkClosedPeriods(file, journal, r);
    checkKeysAndFileCheckpoints(file, journal, r);
    for (const auto &[cp, origin] : options.checkpoints)
        checkAgainstCheckpoint(file, journal, cp, origin, r, options.expectedFingerprint);
    return r;
}

} // namespace isf
