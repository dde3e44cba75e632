// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include "core/domain/Entities.h"

#include <QString>
#include <QStringList>

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
// The highest transaction number in the file (0 when it has none): a cheap measure of
// how big its ledger is.
qint64 lastTransactionId(const ProviderFile &file);

// Every batch, newest first.
std::vector<ImportBatch> listImportBatches(const ProviderFile &file);

// For a bulk load into a file with few transactions: the ledger's secondary indexes
// (person and date, supplier and reference, postings by person and by account) are
// dropped for the load and built again, from sorted data, by rebuild(), which must run
// before the transaction commits. The indexes the ledger needs while it posts (postings
// by transaction, the hash and reversal constraints) stay. If rebuild() is never
// reached, the transaction rolls back and the indexes with it.
class DeferredIndexes {
public:
    explicit DeferredIndexes(const ProviderFile &file);
    void rebuild();

private:
    const ProviderFile &m_file;
    QStringList m_ddl;
};

// For one large write into a file that holds nothing of value yet (the demo generator
// filling a new file): the rollback journal kept in memory instead of the WAL, so that
// pages are written once, to the file, instead of to the WAL and again at the
// checkpoint. Only possible while this is the file's one connection; otherwise the
// file simply stays in WAL mode. A crash part-way leaves a file to delete, which is
// why this is for new files only. restore() (or the destructor) puts WAL back.
class NewFileJournal {
public:
    explicit NewFileJournal(const ProviderFile &file);
    ~NewFileJournal();
    NewFileJournal(const NewFileJournal &) = delete;
    NewFileJournal &operator=(const NewFileJournal &) = delete;
    void restore();

private:
    const ProviderFile &m_file;
    bool m_changed = false;
};

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
