// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "core/import/ImportBatches.h"

#include "core/storage/AuditLog.h"
#include "core/storage/ProviderFile.h"
#include "core/storage/Sql.h"

namespace isf {
namespace {

const QString kColumns
    = QStringLiteral("id, kind, source_name, fingerprint, row_count, imported_at, imported_by");

ImportBatch read(SqlQuery &q)
{
    return { q.int64(0), q.text(1), q.text(2), q.text(3), q.int64(4), q.text(5), q.text(6) };
}

} // namespace

Id startImportBatch(const ProviderFile &file, const QString &kind, const QString &sourceName)
{
    SqlQuery q(file.database(),
        QStringLiteral("INSERT INTO import_batches (kind, source_name, fingerprint, row_count, "
                       "imported_at, imported_by) VALUES (?, ?, '', 0, ?, ?)"));
    q.bind({ kind, sourceName, timestamp(file), file.userName() }).exec("record the import");
    return q.lastInsertId();
}

void finishImportBatch(
    const ProviderFile &file, Id batchId, const QString &fingerprint, qint64 rowCount)
{
    SqlQuery(file.database(),
        QStringLiteral("UPDATE import_batches SET fingerprint = ?, row_count = ? WHERE id = ?"))
        .bind({ fingerprint, rowCount, batchId })
        .exec("record the import");
}

std::optional<ImportBatch> findImportBatch(
    const ProviderFile &file, const QString &kind, const QString &fingerprint, Id except)
{
    SqlQuery q(file.database(),
        QStringLiteral("SELECT %1 FROM import_batches WHERE kind = ? AND fingerprint = ? AND "
                       "id <> ? ORDER BY id LIMIT 1")
            .arg(kColumns));
    q.bind({ kind, fingerprint, except }).exec("check earlier imports");
    return q.next() ? std::optional<ImportBatch>(read(q)) : std::nullopt;
}

qint64 lastTransactionId(const ProviderFile &file)
{
    return scalar(file.database(), QStringLiteral("SELECT coalesce(max(id), 0) FROM transactions"),
        {}, "read the ledger")
        .toLongLong();
}

std::vector<ImportBatch> listImportBatches(const ProviderFile &file)
{
    SqlQuery q(file.database(),
        QStringLiteral("SELECT %1 FROM import_batches ORDER BY id DESC").arg(kColumns));
    q.exec("read the imports");
    std::vector<ImportBatch> out;
    while (q.next())
        out.push_back(read(q));
    return out;
}

DeferredIndexes::DeferredIndexes(const ProviderFile &file) : m_file(file)
{
    // The definitions come from the file itself, so a later schema's indexes come back
    // exactly as they were.
    SqlQuery q(file.database(),
        QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT "
                       "NULL AND tbl_name IN ('transactions', 'postings') AND name <> "
                       "'postings_txn' ORDER BY name"));
    q.exec("prepare the bulk load");
    QStringList names;
    while (q.next()) {
        names << q.text(0);
        m_ddl << q.text(1);
    }
    for (const QString &name : names)
        execSql(file.database(), QStringLiteral("DROP INDEX \"%1\"").arg(name),
            "prepare the bulk load");
}

void DeferredIndexes::rebuild()
{
    // Building an index sorts every row: let SQLite sort on helper threads.
    const QSqlDatabase db = m_file.database();
    const QVariant threads
        = scalar(db, QStringLiteral("PRAGMA threads"), {}, "index the loaded entries");
    execSql(db, QStringLiteral("PRAGMA threads = 4"), "index the loaded entries");
    for (const QString &ddl : std::as_const(m_ddl))
        execSql(db, ddl, "index the loaded entries");
    execSql(
        db, QStringLiteral("PRAGMA threads = %1").arg(threads.toInt()), "index the loaded entries");
    m_ddl.clear();
}

NewFileJournal::NewFileJournal(const ProviderFile &file) : m_file(file)
{
    const QString mode = scalar(
        file.database(), QStringLiteral("PRAGMA journal_mode = MEMORY"), {}, "prepare the file")
                             .toString();
    m_changed = mode.compare(QLatin1String("memory"), Qt::CaseInsensitive) == 0;
}

NewFileJournal::~NewFileJournal()
{
    try {
        restore();
    } catch (const std::exception &) {
        // The next open sets WAL again (ProviderFile configures every connection).
    }
}

void NewFileJournal::restore()
{
    if (!m_changed)
        return;
    m_changed = false;
    scalar(m_file.database(), QStringLiteral("PRAGMA journal_mode = WAL"), {}, "finish the file");
}

BulkWriteCache::BulkWriteCache(const ProviderFile &file, int megabytes) : m_file(file)
{
    m_previous
        = scalar(file.database(), QStringLiteral("PRAGMA cache_size"), {}, "read the cache size")
              .toLongLong();
    execSql(file.database(),
        QStringLiteral("PRAGMA cache_size = %1").arg(-qint64(megabytes) * 1024),
        "set the cache size");
}

BulkWriteCache::~BulkWriteCache()
{
    try {
        execSql(m_file.database(), QStringLiteral("PRAGMA cache_size = %1").arg(m_previous),
            "set the cache size");
    } catch (const std::exception &) {
        // Only a performance setting: nothing to undo if it cannot be put back.
    }
}

} // namespace isf
