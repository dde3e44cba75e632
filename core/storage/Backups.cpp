// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "core/storage/Backups.h"

#include "core/storage/AuditLog.h"
#include "core/storage/FileInspection.h"
#include "core/storage/ProviderFile.h"
#include "core/storage/ReadOnlyOpen.h"
#include "core/storage/Schema.h"
#include "core/storage/Sql.h"
#include "core/time/Clock.h"
#include "core/util/AtomicFile.h"
#include "core/util/Errors.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <sys/stat.h>

namespace isf {
namespace {

QString connectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("isf-backup-%1").arg(counter.fetchAndAddRelaxed(1));
}

void ensureFolder(const QString &folder)
{
    if (!QDir().mkpath(folder))
        throw StorageError(QStringLiteral("Could not make the backup folder %1.")
                               .arg(QDir::toNativeSeparators(folder)));
    ::chmod(QFile::encodeName(folder).constData(), 0700);
}

// Runs fn on a read-only connection to path.
template <class F> void withReadOnly(const QString &path, F &&fn)
{
    const QString name = connectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(
            QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs()));
        try {
            if (!db.open())
                throw StorageError(
                    QStringLiteral("Could not open %1: %2.")
                        .arg(QDir::toNativeSeparators(path),
                            explainProblem(classify(sqliteCode(db.lastError())), path)));
            fn(db);
        } catch (...) {
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            throw;
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QString vacuumInto(const QSqlDatabase &db, const QString &target)
{
    ensureFolder(QFileInfo(target).absolutePath());
    AtomicFile out(target);
    {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("VACUUM INTO ?"));
        q.addBindValue(out.tempPath());
        if (!q.exec()) {
            const FileProblem problem = classify(sqliteCode(q.lastError()));
            throw StorageError(
                QStringLiteral("Could not write the backup %1: %2.")
                    .arg(QDir::toNativeSeparators(target),
                        problem == FileProblem::Other ? q.lastError().databaseText()
                                                      : explainProblem(problem, target)));
        }
    }
    verifyBackupFile(out.tempPath());
    out.commit(false);
    return target;
}

} // namespace

void verifyBackupFile(const QString &path)
{
    withReadOnly(path, [&](const QSqlDatabase &db) {
        QSqlQuery q(db);
        QString result;
        if (q.exec(QStringLiteral("PRAGMA quick_check")) && q.next())
            result = q.value(0).toString();
        qint64 applicationId = 0;
        if (q.exec(QStringLiteral("PRAGMA application_id")) && q.next())
            applicationId = q.value(0).toLongLong();
        if (result != u"ok" || applicationId != kApplicationId)
            throw StorageError(
                QStringLiteral("%1 is not an intact ISF Desk backup (%2).")
                    .arg(QDir::toNativeSeparators(path),
                        applicationId != kApplicationId ? QStringLiteral("not an ISF Desk file")
                                                        : QStringLiteral("the check found: ")
                                + (result.isEmpty() ? q.lastError().databaseText() : result)));
    });
}

void writeVerifiedBackup(const QSqlDatabase &db, const QString &target)
{
    if (QFileInfo::exists(target))
        throw StorageError(QStringLiteral("%1 already exists; choose a new name for the backup.")
                               .arg(QDir::toNativeSeparators(target)));
    vacuumInto(db, target);
}

QString backupBeforeMigration(const QString &path, int fromVersion, const Clock &clock)
{
    const QString target = backupPathFor(
        path, clock.now().toUTC(), QStringLiteral("before-v%1").arg(kSchemaVersion));
    if (QFileInfo::exists(target))
        return target;
    withReadOnly(path, [&](const QSqlDatabase &db) { vacuumInto(db, target); });
    Q_UNUSED(fromVersion);
    return target;
}

QString autoBackupIfDue(const ProviderFile &file, QString *problem)
{
    if (isReadOnly(file))
        return QString();
    const QString target
        = backupPathFor(file.path(), file.clock().now().toUTC(), QStringLiteral("daily"));
    if (QFileInfo::exists(target))
        return QString();
    try {
        vacuumInto(file.database(), target);
        rotateBackups(file.path(), backupRotation(file));
        return target;
    } catch (const Error &e) {
        if (QFileInfo::exists(target)) // another window made it a moment ago
            return QString();
        if (problem)
            *problem = e.message();
        return QString();
    }
}

QString backupNow(const ProviderFile &file, const QString &outPath)
{
    const QString target = outPath.isEmpty()
        ? backupPathFor(file.path(), file.clock().now().toUTC(), QStringLiteral("manual"))
        : outPath;
    writeVerifiedBackup(file.database(), target);
    return QFileInfo(target).absoluteFilePath();
}

std::vector<BackupEntry> listBackups(const QString &providerPath)
{
    return listBackupEntries(providerPath);
}

BackupRotation backupRotation(const ProviderFile &file)
{
    const QVariant v = scalar(file.database(),
        QStringLiteral("SELECT value FROM meta WHERE key = 'backup_rotation'"), {},
        "read the backup rotation");
    try {
        return v.isValid() ? BackupRotation::parse(v.toString()) : BackupRotation();
    } catch (const InputError &) {
        return BackupRotation();
    }
}

void setBackupRotation(const ProviderFile &file, const BackupRotation &rotation)
{
    WriteTransaction txn(file.database());
    SqlQuery(file.database(), QStringLiteral("DELETE FROM meta WHERE key = 'backup_rotation'"))
        .exec("set the backup rotation");
    SqlQuery(file.database(),
        QStringLiteral("INSERT INTO meta (key, value) VALUES ('backup_rotation', ?)"))
        .bind({ rotation.toString() })
        .exec("set the backup rotation");
    audit(file, QStringLiteral("set"), QStringLiteral("backup_rotation"), 0, rotation.toString());
    txn.commit();
}

int rotateBackups(const QString &providerPath, const BackupRotation &rotation)
{
    int removed = 0;
    for (const BackupEntry &b : backupsToRemove(listBackupEntries(providerPath), rotation))
        removed += QFile::remove(b.path) ? 1 : 0;
    return removed;
}

RestoreResult restoreBackup(
    const QString &backupPath, const QString &target, bool force, const Clock &clock)
{
    if (!QFileInfo::exists(backupPath))
        throw StorageError(
            QStringLiteral("%1 does not exist.").arg(QDir::toNativeSeparators(backupPath)));
    verifyBackupFile(backupPath);
    RestoreResult result;
    result.restoredFrom = QFileInfo(backupPath).absoluteFilePath();
    const bool exists = QFileInfo::exists(target);
    if (exists && !force)
        throw StorageError(QStringLiteral("%1 already exists; restoring would replace it. Give "
                                          "--force to replace it (it is kept in its backup "
                                          "folder first), or restore to a new name.")
                               .arg(QDir::toNativeSeparators(target)));
    if (exists) {
        // Keep the file being replaced, with its WAL, exactly as it is (it may be damaged).
        const QString kept
            = backupPathFor(target, clock.now().toUTC(), QStringLiteral("before-restore"));
        ensureFolder(QFileInfo(kept).absolutePath());
        for (const QString &suffix : { QString(), QStringLiteral("-wal") }) {
            if (!QFileInfo::exists(target + suffix))
                continue;
            QFile in(target + suffix);
            if (!in.open(QIODevice::ReadOnly))
                throw StorageError(
                    QStringLiteral("Could not read %1 to keep it before the restore.")
                        .arg(QDir::toNativeSeparators(target + suffix)));
            writeFileAtomically(kept + suffix, in.readAll());
        }
        result.savedCurrent = kept;
    }
    QFile in(backupPath);
    if (!in.open(QIODevice::ReadOnly))
        throw StorageError(
            QStringLiteral("Could not read %1.").arg(QDir::toNativeSeparators(backupPath)));
    const QByteArray bytes = in.readAll();
    AtomicFile out(target);
    writeFileAtomically(out.tempPath(), bytes);
    // A WAL left from the replaced file would be replayed into the restored one.
    QFile::remove(target + QStringLiteral("-wal"));
    QFile::remove(target + QStringLiteral("-shm"));
    out.commit(true);
    return result;
}

} // namespace isf
