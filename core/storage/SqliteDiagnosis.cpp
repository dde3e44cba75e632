// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "core/storage/SqliteDiagnosis.h"

#include "core/storage/BackupFolder.h"
#include "core/util/Errors.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

#include <sqlite3.h>
#include <sys/statvfs.h>

namespace isf {

int sqliteCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? code : 0;
}

FileProblem classify(int code)
{
    switch (code) {
    case SQLITE_CONSTRAINT_UNIQUE:
    case SQLITE_CONSTRAINT_PRIMARYKEY:
        return FileProblem::Unique;
    case SQLITE_CONSTRAINT_FOREIGNKEY:
        return FileProblem::ForeignKey;
    case SQLITE_IOERR_NOMEM:
        return FileProblem::Other;
    default:
        break;
    }
    switch (code & 0xff) {
    case SQLITE_OK:
        return FileProblem::None;
    case SQLITE_NOTADB:
        return FileProblem::NotOurs;
    case SQLITE_CORRUPT:
        return FileProblem::Damaged;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return FileProblem::Locked;
    case SQLITE_READONLY:
        return FileProblem::ReadOnly;
    case SQLITE_FULL:
        return FileProblem::DiskFull;
    case SQLITE_CANTOPEN:
        return FileProblem::CannotOpen;
    case SQLITE_CONSTRAINT:
        return FileProblem::Constraint;
    case SQLITE_IOERR:
        return FileProblem::Io;
    default:
        return FileProblem::Other;
    }
}

FileProblem refineProblem(FileProblem problem, const QString &path)
{
    if (problem != FileProblem::Io && problem != FileProblem::CannotOpen)
        return problem;
    // SQLite reports a disk that fills while it makes its -shm or journal as an I/O error
    // or "cannot open": the free space tells which it was.
    struct statvfs fs = {};
    if (::statvfs(QFile::encodeName(QFileInfo(path).absolutePath()).constData(), &fs) == 0
        && qint64(fs.f_bavail) * qint64(fs.f_frsize) < 64 * 1024)
        return FileProblem::DiskFull;
    return problem;
}

namespace {

QString readOnlyReason(const QString &path)
{
    const QFileInfo info(path);
    if (info.exists() && !info.isWritable())
        return QStringLiteral("the file %1 is read-only for you")
            .arg(QDir::toNativeSeparators(info.absoluteFilePath()));
    if (!QFileInfo(info.absolutePath()).isWritable())
        return QStringLiteral("the folder %1 is read-only for you (SQLite needs to write its "
                              "journal beside the file)")
            .arg(QDir::toNativeSeparators(info.absolutePath()));
    return QStringLiteral("it was opened for reading only, or its disk is read-only");
}

// PostgreSQL reports SQLSTATE text; only its constraint classes matter here.
FileProblem classifyPostgres(const QString &state)
{
    if (state == u"23505")
        return FileProblem::Unique;
    if (state == u"23503")
        return FileProblem::ForeignKey;
    if (state.startsWith(u"23"))
        return FileProblem::Constraint;
    if (state == u"53100")
        return FileProblem::DiskFull;
    return FileProblem::Other;
}

} // namespace

void throwStorageError(const QSqlDatabase &db, const QSqlError &error, const char *what)
{
    const bool sqlite = db.driverName() == QLatin1String("QSQLITE");
    const FileProblem problem
        = sqlite ? classify(sqliteCode(error)) : classifyPostgres(error.nativeErrorCode());
    // A read-only connection may name its file as a URI (file:///...?immutable=1).
    const QString name = db.databaseName();
    const QString path = name.startsWith(QLatin1String("file:"))
        ? QUrl(name.section(u'?', 0, 0)).toLocalFile()
        : name;
    const QString explained = explainProblem(refineProblem(problem, path), path);
    if (!explained.isEmpty())
        throw StorageError(QStringLiteral("Could not %1: %2.").arg(QLatin1String(what), explained));
    const QString driverText = error.databaseText();
    throw StorageError(
        QStringLiteral("Could not %1: the provider file reported an error (%2).")
            .arg(QLatin1String(what), driverText.isEmpty() ? error.text() : driverText));
}

QString explainProblem(FileProblem problem, const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    switch (problem) {
    case FileProblem::None:
        return QString();
    case FileProblem::NotOurs:
        return QStringLiteral("%1 is not an ISF Desk provider file").arg(shown);
    case FileProblem::Damaged: {
        const QString latest = latestBackupPath(path);
        return QStringLiteral("%1 is damaged (its database structure is broken). Nothing was "
                              "changed. Restore from a backup: %2")
            .arg(shown,
                latest.isEmpty() ? QStringLiteral("no automatic backup was found in %1")
                                       .arg(QDir::toNativeSeparators(backupFolderFor(path)))
                                 : QStringLiteral("the latest is %1 (isf restore \"%1\" \"%2\")")
                                       .arg(QDir::toNativeSeparators(latest), shown));
    }
    case FileProblem::Locked:
        return QStringLiteral("%1 is locked by another program or window that is writing to "
                              "it. Try again when it has finished")
            .arg(shown);
    case FileProblem::ReadOnly:
        return QStringLiteral("%1 cannot be changed: %2. Reading still works; to make changes, "
                              "ask for write access or copy the file to a folder of your own")
            .arg(shown, readOnlyReason(path));
    case FileProblem::DiskFull:
        return QStringLiteral("the disk holding %1 is full. Nothing was changed; free some "
                              "space and try again")
            .arg(shown);
    case FileProblem::CannotOpen:
        return QStringLiteral("%1 cannot be opened (it is missing, or you may not read it or "
                              "its folder)")
            .arg(shown);
    case FileProblem::Unique:
        return QStringLiteral("an entry with the same identifying details is already in the file");
    case FileProblem::ForeignKey:
        return QStringLiteral(
            "it refers to something that is not in the file, or other entries depend on it");
    case FileProblem::Constraint:
        return QStringLiteral("a value is outside what the file allows");
    case FileProblem::Io:
        return QStringLiteral("the disk holding %1 reported a read or write error. Nothing was "
                              "changed; check the disk, and run 'isf verify'")
            .arg(shown);
    case FileProblem::Other:
        break;
    }
    return QString();
}

} // namespace isf
