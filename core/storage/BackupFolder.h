// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include <QDate>
#include <QDateTime>
#include <QString>

#include <vector>

namespace isf {

// Where a provider file's backups live and how they are named: a folder beside the file,
// "FILE.backups", holding "NAME-YYYY-MM-DD[-HHMMSS][-reason].isf". The date in the name is
// the backup's date, so a listing needs no database.
struct BackupEntry {
    QString path;
    QDateTime made; // from the name (midnight for a daily backup)
    QString reason; // "daily", "manual", "before-v5", "before-restore"
};

QString backupFolderFor(const QString &providerPath);
// Every backup of the file, newest first.
std::vector<BackupEntry> listBackupEntries(const QString &providerPath);
// The newest backup's path, or "" when there is none.
QString latestBackupPath(const QString &providerPath);
// The name a backup of that reason made at `at` gets (daily ones carry the date only).
QString backupPathFor(const QString &providerPath, const QDateTime &at, const QString &reason);

// How many backups to keep: the newest of each of the last `daily` days, `weekly` weeks
// and `monthly` months that have one. Everything else is removed by rotation.
struct BackupRotation {
    int daily = 7;
    int weekly = 4;
    int monthly = 12;
    // "7,4,12"; throws InputError for anything else.
    static BackupRotation parse(const QString &text);
    QString toString() const;
};

// The backups rotation removes (never the newest one).
std::vector<BackupEntry> backupsToRemove(
    const std::vector<BackupEntry> &newestFirst, const BackupRotation &rotation);

} // namespace isf
