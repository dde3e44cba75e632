// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "core/generator/GenerateFile.h"

#include "core/storage/ProviderFile.h"
#include "core/storage/Sql.h"
#include "core/util/AtomicFile.h"
#include "core/util/Errors.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

namespace isf {
namespace {

const QString kMarker = QStringLiteral(".generating-");

void removeWithSidecars(const QString &path)
{
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    QFile::remove(path + QStringLiteral("-journal"));
    QFile::remove(path);
}

// Folds the write-ahead log into the file on a fresh connection, after the generator's
// own has closed, so that no statement the generator left prepared can hold the
// checkpoint back ("database table is locked"): the rename must move one complete file.
void foldLogIntoFile(const QString &path)
{
    const QString name = QStringLiteral("isf-generate-finish");
    bool folded = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            folded = q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) && q.next()
                && q.value(0).toInt() == 0;
            q.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    if (!folded)
        throw StorageError(QStringLiteral("Could not finish %1: its write-ahead log could not "
                                          "be written into the file. Nothing was kept.")
                               .arg(path));
}

} // namespace

int removeStaleGenerations(const QString &path)
{
    const QFileInfo target(path);
    const QString prefix = u'.' + target.fileName() + kMarker;
    int removed = 0;
    const QDir folder = target.absoluteDir();
    for (const QString &name : folder.entryList(QDir::Files | QDir::Hidden)) {
        if (!name.startsWith(prefix) || name.endsWith(u"-wal") || name.endsWith(u"-shm")
            || name.endsWith(u"-journal"))
            continue;
        bool ok = false;
        const qint64 pid = name.mid(prefix.size()).toLongLong(&ok);
        if (!ok || isProcessAlive(pid))
            continue;
        removeWithSidecars(folder.filePath(name));
        ++removed;
    }
    return removed;
}

GeneratorSummary generateProviderFile(const QString &path, const QString &providerName,
    const QString &userName, const Clock &clock, const GeneratorOptions &options)
{
    if (QFileInfo::exists(path))
        throw StorageError(QStringLiteral("%1 already exists; choose a new file name.").arg(path));
    removeStaleGenerations(path);
    const QFileInfo target(path);
    const QString temp = target.absoluteDir().filePath(
        u'.' + target.fileName() + kMarker + QString::number(QCoreApplication::applicationPid()));
    removeWithSidecars(temp);
    GeneratorSummary summary;
    try {
        {
            ProviderFile file = ProviderFile::create(temp, providerName, userName, clock);
            summary = generateProvider(file, options);
        }
        foldLogIntoFile(temp);
        QFile::remove(temp + QStringLiteral("-wal"));
        QFile::remove(temp + QStringLiteral("-shm"));
        moveIntoPlace(temp, path, false);
    } catch (...) {
        removeWithSidecars(temp);
        throw;
    }
    return summary;
}

} // namespace isf
