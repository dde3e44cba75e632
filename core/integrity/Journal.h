// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
// The journal: the audit log made append-only and hash-chained. Every change to the
// provider's data is one entry, written in the change's own transaction, holding who,
// when, what, the hash of every row it changed (or that it deleted) and where the
// ledger's own chain stood after it. Each entry's hash covers all of that and the
// previous entry's hash, so no entry can be changed, removed or slipped in without
// breaking the chain; signed checkpoints pin the chain to a moment outside the file.

#include "core/domain/Entities.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace isf {

class ProviderFile;

struct JournalRow {
    QString table, key;
    QByteArray hash; // empty: the row was deleted
};

struct JournalRecord {
    Id id = 0;
    QString at, userName, action, entity;
    Id entityId = 0;
    QString detail;
    Id txnLast = 0; // the last transaction posted when the entry was written
    QByteArray txnHead; // that transaction's hash (hex, as the ledger's chain holds it)
    QByteArray rows; // the changed rows, encoded (see encodeRows)
    QByteArray hash; // 32 bytes
};

// Appends one entry for a change just made (the caller's transaction holds both).
void appendJournalEntry(const ProviderFile &file, const QString &action, const QString &entity,
    Id entityId, const QString &detail);

// The entry's hash from its content and the previous entry's hash.
QByteArray journalEntryHash(const JournalRecord &e, const QByteArray &previousHash);
QByteArray journalGenesis();

QByteArray encodeRows(const std::vector<JournalRow> &rows);
// Throws StorageError when the bytes are not an encoded row list.
std::vector<JournalRow> decodeRows(const QByteArray &bytes);

// Gives every entry written before the journal existed (format 4 and earlier) its place
// in the chain, then records the upgrade as an entry covering every row. Does nothing
// when every entry is chained already.
void chainUnchainedEntries(const ProviderFile &file, int fromVersion);

// The last entry's id and hash (0 and the genesis hash when there is none).
std::pair<Id, QByteArray> journalHead(const ProviderFile &file);

} // namespace isf
