// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include "core/storage/SqliteDiagnosis.h"

#include <QString>

namespace isf {

// What a provider file is, found before anything writes to it: its SQLite header read
// as bytes, then its marks and tables through a read-only connection. A file that is not
// ours, newer, damaged or half-made is refused here, so it is never switched to WAL,
// given our schema or migrated.
struct FileInspection {
    int userVersion = 0; // the format recorded in the SQLite header
};

// Throws StorageError with the exact diagnosis (missing, not ours, empty, newer, damaged
// with the latest backup named, format marks that disagree, locked, unreadable).
FileInspection inspectProviderFile(const QString &path);

// Database name and connect options for reading path without writing anything beside it.
// A WAL-mode file in a folder the user cannot write has no -shm to share, so SQLite can
// only read it as immutable (safe: with no -wal there is nothing it could miss).
struct ReadOnlyConnection {
    QString databaseName;
    QString options;
};
ReadOnlyConnection readOnlyConnection(const QString &path);

// The busy timeout for every connection: ISF_BUSY_TIMEOUT_MS (for tests and slow network
// drives), else 10 seconds.
int busyTimeoutMs();

} // namespace isf
