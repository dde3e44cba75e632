// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

namespace isf {

// What went wrong with a provider file, decided from SQLite's result code (never from
// the words of its message, which change between versions and languages).
enum class FileProblem {
    None,
    NotOurs, // not SQLite, or SQLite without ISF Desk's tables
    Damaged, // SQLITE_CORRUPT, or the file is shorter than its header says
    Locked, // SQLITE_BUSY / SQLITE_LOCKED beyond the busy timeout
    ReadOnly, // SQLITE_READONLY: the file or its folder cannot be written
    DiskFull, // SQLITE_FULL
    CannotOpen, // SQLITE_CANTOPEN: missing folder, no permission to read
    Unique, // constraint: an entry with the same key exists
    ForeignKey, // constraint: refers to something missing, or is referred to
    Constraint, // another constraint (CHECK, NOT NULL)
    Io, // SQLITE_IOERR other than a full disk
    Other,
};

// The SQLite result code of a failed QtSql call (extended when the connection has
// extended codes on), or 0 when the error is not from SQLite.
int sqliteCode(const QSqlError &error);
FileProblem classify(int sqliteResultCode);

// An I/O error or "cannot open" on a disk with (almost) no free space is a full disk.
FileProblem refineProblem(FileProblem problem, const QString &path);

// The words after "Could not <what>: " for a problem with the file at path: names the
// cause and what to do (for a damaged file, the latest backup to restore from).
QString explainProblem(FileProblem problem, const QString &path);

// Throws StorageError "Could not <what>: <diagnosis>." for a failed statement on db; the
// driver's own words appear only for a problem with no diagnosis of its own.
[[noreturn]] void throwStorageError(
    const QSqlDatabase &db, const QSqlError &error, const char *what);

} // namespace isf
