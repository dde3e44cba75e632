// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "tests/cli_tamper/Forger.h"

#include "core/integrity/Journal.h"
#include "core/integrity/RowCanon.h"
#include "core/ledger/HashChain.h"
#include "core/ledger/TxnReader.h"
#include "core/storage/ProviderFile.h"
#include "core/storage/Sql.h"
#include "core/time/Clock.h"
#include "tests/support/catch.h"

#include <QHash>
#include <QSqlQuery>
#include <QSqlRecord>

namespace tamper {
namespace {

using namespace isf;

ProviderFile openFile(const QString &path)
{
    static const FixedClock clock(QDateTime(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC));
    return ProviderFile::open(path, QStringLiteral("attacker"), clock);
}

void exec(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    INFO("SQL: " << sql.toStdString());
    REQUIRE(q.exec(sql));
}

} // namespace

void runSql(const QString &file, const QString &sql)
{
    const ProviderFile f = openFile(file);
    exec(f.database(), QStringLiteral("PRAGMA foreign_keys = OFF"));
    for (const QString &statement : sql.split(u';', Qt::SkipEmptyParts))
        if (!statement.trimmed().isEmpty())
            exec(f.database(), statement);
}

QString querySingle(const QString &file, const QString &sql)
{
    const ProviderFile f = openFile(file);
    QSqlQuery q(f.database());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toString();
}

void rechainLedger(const QString &file)
{
    const ProviderFile f = openFile(file);
    const QSqlDatabase db = f.database();
    WriteTransaction txn(db);
    QList<Id> ids;
    QSqlQuery q(db);
    REQUIRE(q.exec(QStringLiteral("SELECT id FROM transactions ORDER BY id")));
    while (q.next())
        ids << q.value(0).toLongLong();
    QByteArray previous = genesisHash();
    for (const Id id : ids) {
        const auto t = readTransaction(f, id);
        REQUIRE(t.has_value());
        const QByteArray hash = transactionHash(*t, previous);
        QSqlQuery u(db);
        u.prepare(QStringLiteral("UPDATE transactions SET prev_hash = ?, hash = ? WHERE id = ?"));
        u.addBindValue(QString::fromLatin1(previous));
        u.addBindValue(QString::fromLatin1(hash));
        u.addBindValue(id);
        REQUIRE(u.exec());
        previous = hash;
    }
    txn.commit();
}

void rechainJournal(const QString &file)
{
    const ProviderFile f = openFile(file);
    const QSqlDatabase db = f.database();
    WriteTransaction txn(db);
    // The file's rows as they are now.
    QHash<QString, QByteArray> now;
    for (const QString &table : journalTables(db)) {
        const QStringList keys = keyColumns(db, table);
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("SELECT * FROM %1").arg(table)));
        while (q.next()) {
            const QSqlRecord rec = q.record();
            now.insert(table + QChar(0) + rowKey(rec, keys), rowHash(table, rec));
        }
    }
    QHash<Id, QByteArray> txnHash;
    {
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("SELECT id, hash FROM transactions")));
        while (q.next())
            txnHash.insert(q.value(0).toLongLong(), q.value(1).toByteArray());
    }
    std::vector<JournalRecord> entries;
    {
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral(
            "SELECT id, at, user_name, action, entity, entity_id, detail, txn_last, txn_head, "
            "row_changes FROM audit_log ORDER BY id")));
        while (q.next()) {
            JournalRecord e;
            e.id = q.value(0).toLongLong();
            e.at = q.value(1).toString();
            e.userName = q.value(2).toString();
            e.action = q.value(3).toString();
            e.entity = q.value(4).toString();
            e.entityId = q.value(5).toLongLong();
            e.detail = q.value(6).toString();
            e.txnLast = q.value(7).toLongLong();
            e.txnHead = q.value(8).toByteArray();
            e.rows = q.value(9).toByteArray();
            entries.push_back(e);
        }
    }
    REQUIRE(!entries.empty());
    // Rewrite each recorded row to its current hash (deleted rows become deletions),
    // and record rows the journal never saw in the last entry.
    QHash<QString, bool> seen;
    Id maxTxn = 0;
    for (auto it = txnHash.cbegin(); it != txnHash.cend(); ++it)
        maxTxn = std::max(maxTxn, it.key());
    for (JournalRecord &e : entries) {
        std::vector<JournalRow> rows = decodeRows(e.rows);
        for (JournalRow &r : rows) {
            const QString id = r.table + QChar(0) + r.key;
            seen.insert(id, true);
            r.hash = now.value(id);
        }
        e.rows = encodeRows(rows);
        e.txnLast = std::min(e.txnLast, maxTxn);
        e.txnHead = e.txnLast ? txnHash.value(e.txnLast) : QByteArray();
    }
    std::vector<JournalRow> extra = decodeRows(entries.back().rows);
    for (auto it = now.cbegin(); it != now.cend(); ++it)
        if (!seen.contains(it.key()))
            extra.push_back(
                { it.key().section(QChar(0), 0, 0), it.key().section(QChar(0), 1), it.value() });
    std::sort(extra.begin(), extra.end(), [](const JournalRow &a, const JournalRow &b) {
        return a.table != b.table ? a.table < b.table : a.key < b.key;
    });
    entries.back().rows = encodeRows(extra);
    QByteArray previous = journalGenesis();
    for (JournalRecord &e : entries) {
        e.hash = journalEntryHash(e, previous);
        previous = e.hash;
        QSqlQuery u(db);
        u.prepare(QStringLiteral("UPDATE audit_log SET txn_last = ?, txn_head = ?, row_changes = "
                                 "?, hash = ? WHERE id = ?"));
        u.addBindValue(e.txnLast);
        u.addBindValue(e.txnHead);
        u.addBindValue(e.rows);
        u.addBindValue(e.hash);
        u.addBindValue(e.id);
        REQUIRE(u.exec());
    }
    txn.commit();
}

void rebuildMonthTotals(const QString &file)
{
    runSql(file,
        QStringLiteral("DELETE FROM balance_months; INSERT INTO balance_months (account_id, "
                       "person_id, month, net) SELECT account_id, coalesce(person_id, 0), "
                       "CAST(substr(txn_date, 1, 4) || substr(txn_date, 6, 2) AS INTEGER), "
                       "sum(amount) FROM postings GROUP BY 1, 2, 3"));
}

} // namespace tamper
