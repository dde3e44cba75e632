#include "io/import/ImportBatches.h"

#include "storage/AuditLog.h"
#include "storage/ProviderFile.h"
#include "storage/Sql.h"

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
