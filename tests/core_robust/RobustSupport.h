// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include <QByteArray>
#include <QString>

// Helpers for tests that make files the way a crash, a tester or another program would.
QByteArray sha256Of(const QString &path);
// Runs statements on a plain SQLite connection (not ISF Desk's), then closes it.
void runSqlite(const QString &path, const QStringList &statements);
// Overwrites `count` bytes at `offset` with 0xFF.
void scribble(const QString &path, qint64 offset, qint64 count);
// The message of the StorageError that opening path throws, or "(opened)".
QString openError(const QString &path);
// A closed, complete provider file (no WAL beside it) with a council and `people` people.
QString makeProviderFile(const QString &path, int people = 2);
