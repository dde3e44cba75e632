// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include "core/storage/BackupFolder.h"

#include <QSqlDatabase>
#include <QString>

#include <vector>

namespace isf {

class Clock;
class ProviderFile;

// Backups of a provider file: consistent copies made with SQLite's VACUUM INTO under a
// temporary name, checked (quick_check, our marks) and only then renamed into place,
// readable by the owner only. Automatic ones go to the folder beside the file (see
// BackupFolder.h): one on the first open of each day, one before every migration,
// thinned by the file's rotation (7 daily, 4 weekly, 12 monthly unless set otherwise).

// Copies the database behind db to target, verified. Refuses an existing target.
void writeVerifiedBackup(const QSqlDatabase &db, const QString &target);

// Throws StorageError unless path is an intact ISF Desk file (quick_check, marks).
void verifyBackupFile(const QString &path);

// The backup made before migrating path from fromVersion (through a read-only
// connection: the old file is not touched). Throws when it cannot be made, so that no
// migration runs without one.
QString backupBeforeMigration(const QString &path, int fromVersion, const Clock &clock);

// The daily backup, when none has been made today (by the file's clock), then rotation.
// Returns the backup made, or "" when one already existed or the file is read-only. A
// failure (disk full, folder not writable) is reported in *problem, never thrown: the
// user's work goes on.
QString autoBackupIfDue(const ProviderFile &file, QString *problem = nullptr);

// A backup on request: to outPath, or to the backup folder (named with date and time).
QString backupNow(const ProviderFile &file, const QString &outPath = QString());

std::vector<BackupEntry> listBackups(const QString &providerPath);

BackupRotation backupRotation(const ProviderFile &file);
// Records the rotation in the file (audited); throws PolicyError for a read-only file.
void setBackupRotation(const ProviderFile &file, const BackupRotation &rotation);
// Removes the backups the rotation does not keep; returns how many.
int rotateBackups(const QString &providerPath, const BackupRotation &rotation);

struct RestoreResult {
    QString restoredFrom;
    QString savedCurrent; // where the replaced file was kept ("" when there was none)
};

// Puts a backup in place of target (verified first). Refuses to replace an existing
// target unless force; with force, the current file is first kept in its backup
// folder ("before-restore") so a restore can be undone.
RestoreResult restoreBackup(
    const QString &backupPath, const QString &target, bool force, const Clock &clock);

} // namespace isf
