#pragma once
#include "domain/Entities.h"

#include <QString>

#include <optional>
#include <vector>

namespace isf {

class ProviderFile;

// One import recorded in the file: what kind, from which file, its fingerprint (a
// SHA-256 over its rows as parsed, so that the same rows saved again by a spreadsheet
// still match), how many rows, when and by whom. Posted transactions carry its id.
struct ImportBatch {
    Id id = 0;
    QString kind, sourceName, fingerprint;
    qint64 rowCount = 0;
    QString importedAt, importedBy;
};

// Records a batch before its rows are saved (so that they can refer to it); the
// fingerprint and row count follow with finishImportBatch(), in the same transaction.
Id startImportBatch(const ProviderFile &file, const QString &kind, const QString &sourceName);
void finishImportBatch(
    const ProviderFile &file, Id batchId, const QString &fingerprint, qint64 rowCount);
// An earlier batch of the same kind with this fingerprint, if any (other than `except`).
std::optional<ImportBatch> findImportBatch(
    const ProviderFile &file, const QString &kind, const QString &fingerprint, Id except = 0);
// Every batch, newest first.
std::vector<ImportBatch> listImportBatches(const ProviderFile &file);

// A bigger SQLite page cache while one large write runs (an import, the demo
// generator), put back as it was afterwards. The ledger's indexes (the hash above all,
// whose keys are random) then stay in memory instead of being read back from disk for
// every insert. `megabytes` bounds the extra memory.
class BulkWriteCache {
public:
    BulkWriteCache(const ProviderFile &file, int megabytes);
    ~BulkWriteCache();
    BulkWriteCache(const BulkWriteCache &) = delete;
    BulkWriteCache &operator=(const BulkWriteCache &) = delete;

private:
    const ProviderFile &m_file;
    qint64 m_previous = 0;
};

} // namespace isf
