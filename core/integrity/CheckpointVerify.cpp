// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
// The parts of JournalVerify that rest on signatures: keys, checkpoints, closed periods.
#include "core/integrity/JournalVerify.h"
#include "core/integrity/ProviderKey.h"
#include "core/integrity/SigningKey.h"
#include "core/ledger/LedgerQueries.h"
#include "core/ledger/Verify.h"
#include "core/storage/ProviderFile.h"
#include "core/storage/RowValues.h"
#include "core/storage/Sql.h"
#include "core/time/Dates.h"
#include "core/util/Errors.h"

#include <QLocale>

namespace isf {
namespace {

QString count(qint64 n)
{
    return QLocale(QLocale::English).toString(n);
}

bool isFileKey(const std::vector<SigningKeyRecord> &keys, const QByteArray &publicKey)
{
    for (const SigningKeyRecord &k : keys)
        if (k.publicKey == publicKey)
            return true;
    return false;
}

} // namespace

void checkClosedPeriods(const ProviderFile &file, const JournalState &s, VerifyReport &r)
{
    SqlQuery q(file.database(),
        QStringLiteral("SELECT st.id, st.person_id, p.ref, st.period_first, st.period_last, "
                       "st.closing_balance FROM statements_issued st JOIN people p ON p.id = "
                       "st.person_id ORDER BY st.id"));
    q.exec("verify the statements issued");
    const int before = int(r.problems.size());
    int checked = 0;
    while (q.next()) {
        ++checked;
        const Id id = q.int64(0), person = q.int64(1);
        const QString ref = q.text(2);
        const QDate last = toDate(q.value(4));
        const Money closing = Money::fromPence(q.int64(5));
        const Money ledger = balanceAt(file, person, last);
        if (ledger != closing)
            r.problems << QStringLiteral("The statement issued for %1 for the period to %2 shows a "
                                         "closing balance of %3, but the ledger gives %4.")
                              .arg(ref, isoDate(last), closing.display(), ledger.display());
        const auto at = s.statementIssuedAtTxn.find(id);
        if (at == s.statementIssuedAtTxn.end())
            continue; // the row check reports a statement the journal does not hold
        SqlQuery late(file.database(),
            QStringLiteral("SELECT min(id) FROM transactions WHERE person_id = ? AND txn_date <= "
                           "? AND id > ?"));
        late.bind({ person, isoDate(last), *at }).exec("verify the closed periods");
        if (late.next() && !late.isNull(0))
            r.problems << QStringLiteral("Transaction %1 for %2 is dated inside the period to %3, "
                                         "which was closed when its statement was issued "
                                         "before it was posted: the period was reopened.")
                              .arg(late.int64(0))
                              .arg(ref, isoDate(last));
    }
    if (int(r.problems.size()) == before)
        r.passed << QStringLiteral(
            "%1 issued statements match the ledger, and their periods are still closed.")
                        .arg(count(checked));
}

void checkKeysAndFileCheckpoints(const ProviderFile &file, const JournalState &s, VerifyReport &r)
{
    const int before = int(r.problems.size());
    const std::vector<SigningKeyRecord> keys = signingKeys(file);
    for (std::size_t i = 0; i < keys.size(); ++i) {
        const SigningKeyRecord &k = keys[i];
        if (fingerprint(k.publicKey) != k.fingerprint
            || !verifyDetached(k.endorsedBytes(), k.endorsement, k.publicKey))
            r.problems << QStringLiteral("The signing key %1 in the file is not the key that was "
                                         "made: its public key or its record was replaced.")
                              .arg(k.fingerprint);
        const QString expectedOld = i == 0 ? QString() : keys[i - 1].fingerprint;
        if (k.replacesFingerprint != expectedOld)
            r.problems << QStringLiteral("The signing key %1 claims to replace %2, but the key "
                                         "before it is %3.")
                              .arg(k.fingerprint, k.replacesFingerprint, expectedOld);
        if (!k.oldKeyEndorsement.isEmpty() && i > 0
            && !verifyDetached(k.endorsedBytes(), k.oldKeyEndorsement, keys[i - 1].publicKey))
            r.problems << QStringLiteral("The old key's endorsement of signing key %1 is not "
                                         "valid.")
                              .arg(k.fingerprint);
    }
    std::vector<Checkpoint> checkpoints;
    try {
        checkpoints = fileCheckpoints(file);
    } catch (const Error &e) {
        r.problems << e.message();
    }
    for (const Checkpoint &cp : checkpoints)
        checkAgainstCheckpoint(file, s, cp, QStringLiteral("the file's own record"), r);
    if (int(r.problems.size()) == before && !keys.empty())
        r.passed << QStringLiteral("Signing key %1; %2 checkpoints in the file are signed by the "
                                   "file's keys and agree with it.")
                        .arg(keys.back().fingerprint, count(qint64(checkpoints.size())));
}

void checkAgainstCheckpoint(const ProviderFile &file, const JournalState &s, const Checkpoint &cp,
    const QString &origin, VerifyReport &r, const QString &expectedFingerprint)
{
    const QString name = QStringLiteral("%1 (%2)").arg(cp.label(), origin);
    const int before = int(r.problems.size());
    if (!cp.signatureValid()) {
        r.problems << QStringLiteral("The signature of %1 does not match its content: the "
                                     "checkpoint was altered, or not made by ISF Desk.")
                          .arg(name);
        return;
    }
    const QString signer = fingerprint(cp.publicKey);
    if (!expectedFingerprint.isEmpty() && !sameFingerprint(signer, expectedFingerprint))
        r.problems << QStringLiteral("%1 was signed by key %2, not by the key %3 you gave.")
                          .arg(name, signer, expectedFingerprint);
    const std::vector<SigningKeyRecord> keys = signingKeys(file);
    if (!isFileKey(keys, cp.publicKey))
        r.problems << QStringLiteral("%1 was signed by key %2, which is not one of this file's "
                                     "keys (%3): the file's key was replaced, or the checkpoint "
                                     "belongs to another provider.")
                          .arg(name, signer,
                              keys.empty() ? QStringLiteral("it has none")
                                           : keys.back().fingerprint);
    // Statements first: a missing one means a closed period was reopened.
    const qint64 kept = scalar(file.database(),
        QStringLiteral("SELECT count(*) FROM statements_issued WHERE id <= ?"),
        { cp.lastStatementId }, "verify the checkpoint")
                            .toLongLong();
    if (kept < cp.statementsIssued)
        r.problems << QStringLiteral("The file holds %1 of the %2 issued statements that %3 "
                                     "signed: a closed period was reopened.")
                          .arg(count(kept), count(cp.statementsIssued), name);
    SqlQuery txn(file.database(),
        QStringLiteral("SELECT (SELECT max(id) FROM transactions), (SELECT hash FROM "
                       "transactions WHERE id = ?)"));
    txn.bind({ cp.txnLast }).exec("verify the checkpoint");
    txn.next();
    const Id last = txn.int64(0);
    if (last < cp.txnLast)
        r.problems << QStringLiteral("The file has %1 transactions; %2 signed %3: the last %4 were "
                                     "deleted.")
                          .arg(count(last), name, count(cp.txnLast), count(cp.txnLast - last));
    else if (cp.txnLast > 0 && txn.value(1).toByteArray() != cp.txnHead)
        r.problems << QStringLiteral("Transaction %1's hash is not the one %2 signed: the ledger "
                                     "up to it was rewritten and its hashes recomputed.")
                          .arg(cp.txnLast)
                          .arg(name);
    if (s.lastEntry < cp.journalLast)
        r.problems << QStringLiteral("The file's journal has %1 entries; %2 signed %3: its last "
                                     "entries were deleted.")
                          .arg(count(s.lastEntry), name, count(cp.journalLast));
    else if (cp.journalLast > 0 && s.entryHashes.value(cp.journalLast) != cp.journalHead)
        r.problems << QStringLiteral("Journal entry %1 is not the one %2 signed: the history up to "
                                     "it was rewritten.")
                          .arg(cp.journalLast)
                          .arg(name);
    if (int(r.problems.size()) == before && origin != u"the file's own record")
        r.passed << QStringLiteral("The file holds exactly the history %1 signed (key %2), and "
                                   "extends it.")
                        .arg(name, signer);
}

} // namespace isf
