// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "core/integrity/JournalVerify.h"

#include "core/integrity/Journal.h"
#include "core/integrity/RowCanon.h"
#include "core/ledger/Verify.h"
#include "core/storage/ProviderFile.h"
#include "core/storage/Sql.h"
#include "core/util/Errors.h"

#include <QLocale>
#include <QSqlRecord>

namespace isf {
namespace {

QString count(qint64 n)
{
    return QLocale(QLocale::English).toString(n);
}

QString rowId(const QString &table, const QString &key)
{
    return table + QChar(0) + key;
}

// A few columns that let a person recognise the row.
QString describeRow(const QSqlRecord &rec)
{
    static const QStringList names = { QStringLiteral("ref"), QStringLiteral("name"),
        QStringLiteral("given_name"), QStringLiteral("family_name"), QStringLiteral("alert_key"),
        QStringLiteral("period_last"), QStringLiteral("closing_balance"),
        QStringLiteral("fingerprint"), QStringLiteral("effective_from"),
        QStringLiteral("weekly_budget"), QStringLiteral("council_id"), QStringLiteral("status") };
    QStringList parts;
    for (const QString &n : names)
        if (rec.indexOf(n) >= 0 && !rec.value(n).toString().isEmpty())
            parts << QStringLiteral("%1 %2").arg(n, rec.value(n).toString());
    return parts.mid(0, 4).join(QStringLiteral(", "));
}

void problem(VerifyReport &r, const QString &message, Id entry = 0)
{
    r.problems << message;
    if (entry && !r.firstBadEntry)
        r.firstBadEntry = entry;
}

// batch_id is outside the ledger's hash (a batch posts exactly what single posts
// would), so the journal's import entries say which transactions each batch posted.
void checkImportBatches(const ProviderFile &file, const JournalState &s, VerifyReport &r)
{
    QHash<Id, JournalState::Import> byBatch;
    for (const JournalState::Import &i : s.imports)
        byBatch.insert(i.batch, i);
    QHash<Id, bool> batchUsed;
    SqlQuery q(file.database(),
        QStringLiteral(
            "SELECT id, batch_id FROM transactions WHERE batch_id IS NOT NULL ORDER BY id"));
    q.exec("verify the import batches");
    int found = 0;
    while (q.next()) {
        const Id id = q.int64(0), batch = q.int64(1);
        const auto it = byBatch.find(batch);
        if (it != byBatch.end() && id > it->after && id <= it->last) {
            batchUsed.insert(batch, true);
            continue;
        }
        if (found++ == 0)
            problem(r,
                QStringLiteral("Transaction %1 says it came from import batch %2, but the journal "
                               "records it as %3: its batch was changed outside ISF Desk.")
                    .arg(id)
                    .arg(batch)
                    .arg(it == byBatch.end() ? QStringLiteral("posted by no such import")
                                             : QStringLiteral("outside that import")));
    }
    for (const JournalState::Import &i : s.imports) {
        if (!batchUsed.contains(i.batch))
            continue;
        SqlQuery gap(file.database(),
            QStringLiteral("SELECT min(id) FROM transactions WHERE id > ? AND id <= ? AND "
                           "((batch_id IS NULL AND kind <> 'reversal') OR batch_id <> ?)"));
        gap.bind({ i.after, i.last, i.batch }).exec("verify the import batches");
        if (gap.next() && !gap.isNull(0))
            problem(r,
                QStringLiteral("Transaction %1 was posted by import batch %2 (%3), but the file no "
                               "longer says so: its batch was changed outside ISF Desk.")
                    .arg(gap.int64(0))
                    .arg(i.batch)
                    .arg(s.entryLabels.value(i.entry)),
                i.entry);
    }
}

} // namespace

JournalState checkJournalChain(const ProviderFile &file, VerifyReport &r)
{
    JournalState s;
    SqlQuery q(file.database(),
        QStringLiteral("SELECT id, at, user_name, action, entity, entity_id, detail, txn_last, "
                       "txn_head, row_changes, hash FROM audit_log ORDER BY id"));
    q.exec("read the journal");
    QByteArray previous = journalGenesis();
    bool broken = false;
    Id beforeBatch = 0; // the ledger's last transaction before the latest batch
    while (q.next()) {
        JournalRecord e;
        e.id = q.int64(0);
        e.at = q.text(1);
        e.userName = q.text(2);
        e.action = q.text(3);
        e.entity = q.text(4);
        e.entityId = q.int64(5);
        e.detail = q.text(6);
        e.txnLast = q.int64(7);
        e.txnHead = q.value(8).toByteArray();
        e.rows = q.value(9).toByteArray();
        e.hash = q.value(10).toByteArray();
        const QString label
            = QStringLiteral("journal entry %1 (%2 %3%4 by %5 at %6)")
                  .arg(e.id)
                  .arg(e.action, e.entity,
                      e.entityId ? QStringLiteral(" %1").arg(e.entityId) : QString(), e.userName,
                      e.at);
        s.entryLabels.insert(e.id, label);
        s.entryHashes.insert(e.id, e.hash);
        if (!broken && e.id != s.lastEntry + 1) {
            problem(r,
                QStringLiteral("Journal entries %1 to %2 are missing: they were deleted from the "
                               "file.")
                    .arg(s.lastEntry + 1)
                    .arg(e.id - 1),
                s.lastEntry + 1);
            broken = true;
        }
        if (!broken && journalEntryHash(e, previous) != e.hash) {
            problem(r,
                QStringLiteral("The %1 was altered: its content no longer matches its hash. It "
                               "now reads \"%2\".")
                    .arg(label, e.detail),
                e.id);
            broken = true;
        }
        previous = e.hash;
        s.lastEntry = e.id;
        // An import posts in a batch (its own entry) and then records the import.
        if (e.action == u"import" && e.entity == u"import_batch")
            s.imports.push_back({ e.entityId, e.id, beforeBatch, e.txnLast });
        if (e.action != u"post batch")
            beforeBatch = e.txnLast;
        s.txnLast = e.txnLast; // every entry records where the ledger stood
        s.txnHead = e.txnHead;
        s.txnLastEntry = e.id;
        if (e.entity == u"statement" && e.action == u"issue")
            s.statementIssuedAtTxn.insert(e.entityId, e.txnLast);
        try {
            for (const JournalRow &row : decodeRows(e.rows))
                s.rows.insert(rowId(row.table, row.key), { row.hash, e.id });
        } catch (const Error &) {
            if (!broken)
                problem(r,
                    QStringLiteral("The %1 is damaged: its list of rows cannot be read.")
                        .arg(label),
                    e.id);
            broken = true;
        }
    }
    s.chainOk = !broken;
    if (!broken)
        r.passed
            << QStringLiteral("Journal chain unbroken over %1 entries.").arg(count(s.lastEntry));
    return s;
}

void checkRowsAgainstJournal(const ProviderFile &file, const JournalState &s, VerifyReport &r)
{
    const QSqlDatabase db = file.database();
    QHash<QString, JournalState::Row> expected = s.rows;
    int found = 0;
    qint64 rows = 0;
    const int before = int(r.problems.size());
    for (const QString &table : journalTables(db)) {
        const QStringList keys = keyColumns(db, table);
        SqlQuery q(db, QStringLiteral("SELECT * FROM %1").arg(table));
        q.exec("verify the journal");
        while (q.next()) {
            ++rows;
            const QSqlRecord rec = q.raw().record();
            const QString key = rowKey(rec, keys);
            const auto it = expected.find(rowId(table, key));
            const QString what = QStringLiteral("%1 %2").arg(rowNoun(table), key);
            const QString shown = describeRow(rec);
            const QString holds = shown.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(shown);
            if (it == expected.end() || it->hash.isEmpty()) {
                if (found++ < 5)
                    problem(r,
                        QStringLiteral("The %1%2 is not in the journal: it was added outside ISF "
                                       "Desk.")
                            .arg(what, holds));
            } else {
                if (it->hash != rowHash(table, rec) && found++ < 5)
                    problem(r,
                        QStringLiteral("The %1%2 was changed outside ISF Desk: it no longer "
                                       "matches %3.")
                            .arg(what, holds, s.entryLabels.value(it->entry)),
                        it->entry);
                expected.erase(it);
            }
        }
    }
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        if (it->hash.isEmpty())
            continue;
        const QString table = it.key().section(QChar(0), 0, 0);
        const QString key = it.key().section(QChar(0), 1);
        if (found++ < 5)
            problem(r,
                QStringLiteral("The %1 %2, recorded by %3, is missing: it was deleted outside ISF "
                               "Desk.")
                    .arg(rowNoun(table), key, s.entryLabels.value(it->entry)),
                it->entry);
    }
    if (found > 5)
        r.problems
            << QStringLiteral("... and %1 more rows that differ from the journal.").arg(found - 5);
    if (int(r.problems.size()) == before)
        r.passed << QStringLiteral("All %1 rows of the provider's records match the journal.")
                        .arg(count(rows));
}

void checkLedgerAgainstJournal(const ProviderFile &file, const JournalState &s, VerifyReport &r)
{
    SqlQuery q(file.database(),
        QStringLiteral("SELECT id, hash FROM transactions ORDER BY id DESC LIMIT 1"));
    q.exec("verify the ledger");
    Id last = 0;
    QByteArray head;
    if (q.next()) {
        last = q.int64(0);
        head = q.value(1).toByteArray();
    }
    const QString entry = s.entryLabels.value(s.txnLastEntry, QStringLiteral("the journal"));
    if (last < s.txnLast)
        problem(r,
            QStringLiteral("The file has %1 transactions, but %2 recorded %3: the last %4 "
                           "transactions were deleted.")
                .arg(count(last), entry, count(s.txnLast), count(s.txnLast - last)),
            s.txnLastEntry);
    else if (last > s.txnLast)
        problem(r,
            QStringLiteral("Transactions %1 to %2 are in the ledger but not in the journal (its "
                           "last record of the ledger is %3): they were added outside ISF Desk.")
                .arg(s.txnLast + 1)
                .arg(last)
                .arg(entry));
    else if (last > 0 && head != s.txnHead)
        problem(r,
            QStringLiteral("The ledger's chain head at transaction %1 is not the one %2 "
                           "recorded: transactions were rewritten and their hashes recomputed.")
                .arg(last)
                .arg(entry),
            s.txnLastEntry);
    else
        r.passed << QStringLiteral("The ledger's %1 transactions are the ones the journal records.")
                        .arg(count(last));
    checkImportBatches(file, s, r);
}

} // namespace isf
