// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "core/storage/FileInspection.h"

#include "core/storage/Schema.h"
#include "core/util/Errors.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QUrl>

#include <unistd.h>

namespace isf {
namespace {

[[noreturn]] void refuse(FileProblem problem, const QString &path)
{
    throw StorageError(explainProblem(problem, path) + u'.');
}

[[noreturn]] void refuseText(const QString &text)
{
    throw StorageError(text + u'.');
}

quint32 bigEndian(const QByteArray &b, int at, int bytes)
{
    quint32 v = 0;
    for (int i = 0; i < bytes; ++i)
        v = (v << 8) | quint8(b[at + i]);
    return v;
}

// The 100-byte SQLite header: the magic words, and the size the file must at least have.
void checkHeaderBytes(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        refuse(FileProblem::CannotOpen, path);
    const qint64 size = f.size();
    if (size == 0)
        refuseText(QStringLiteral("%1 is empty (0 bytes): it is not an ISF Desk provider file. "
                                  "Nothing was written to it")
                       .arg(QDir::toNativeSeparators(path)));
    const QByteArray header = f.read(100);
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        refuse(FileProblem::NotOurs, path);
    quint32 pageSize = bigEndian(header, 16, 2);
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 pages = bigEndian(header, 28, 4);
    const quint32 changeCounter = bigEndian(header, 24, 4);
    const quint32 validFor = bigEndian(header, 92, 4);
    // The page count in the header is only meaningful when "version-valid-for" matches
    // the change counter (SQLite 3.7.0 and later always keep them so), and only while no
    // other connection can be checkpointing: a checkpoint writes the header's new size
    // before the pages that grow the file, and it runs only while a -wal file exists.
    const QFileInfo wal(path + QStringLiteral("-wal"));
    if (pages > 0 && validFor == changeCounter && !(wal.exists() && wal.size() > 0)
        && size < qint64(pages) * pageSize)
        throw StorageError(
            QStringLiteral("%1 (it is %2 bytes long but its header says %3: the end of the "
                           "file is missing).")
                .arg(explainProblem(FileProblem::Damaged, path))
                .arg(size)
                .arg(qint64(pages) * pageSize));
}

struct Marks {
    qint64 applicationId = 0;
    int userVersion = 0;
    QStringList tables;
    QString schemaVersion; // meta.schema_version, "" when absent
};

Marks readMarks(const QString &path)
{
    static QAtomicInt counter;
    const QString name = QStringLiteral("isf-inspect-%1").arg(counter.fetchAndAddRelaxed(1));
    Marks marks;
    int failure = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        const ReadOnlyConnection how = readOnlyConnection(path);
        db.setDatabaseName(how.databaseName);
        db.setConnectOptions(how.options);
        if (!db.open()) {
            failure = sqliteCode(db.lastError());
            if (failure == 0)
                failure = 14; // SQLITE_CANTOPEN
        } else {
            QSqlQuery q(db);
            auto run = [&](const QString &sql) {
                if (failure)
                    return false;
                if (!q.exec(sql)) {
                    failure = sqliteCode(q.lastError());
                    if (failure == 0)
                        failure = 1;
                    return false;
                }
                return true;
            };
            if (run(QStringLiteral("PRAGMA application_id")) && q.next())
                marks.applicationId = q.value(0).toLongLong();
            if (run(QStringLiteral("PRAGMA user_version")) && q.next())
                marks.userVersion = q.value(0).toInt();
            if (run(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'")))
                while (q.next())
                    marks.tables << q.value(0).toString();
            if (!failure && marks.tables.contains(QStringLiteral("meta"))
                && run(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'"))
                && q.next())
                marks.schemaVersion = q.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(name);
    if (failure) {
        // Anything SQLite cannot name more precisely while reading the schema is damage.
        const FileProblem problem = refineProblem(classify(failure), path);
        refuse(problem == FileProblem::Other ? FileProblem::Damaged : problem, path);
    }
    return marks;
}

} // namespace

ReadOnlyConnection readOnlyConnection(const QString &path)
{
    const QString options
        = QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs());
    const QFileInfo info(path);
    const bool folderWritable
        = ::access(QFile::encodeName(info.absolutePath()).constData(), W_OK) == 0;
    if (folderWritable || QFileInfo::exists(path + QStringLiteral("-wal")))
        return { path, options };
    return { QUrl::fromLocalFile(info.absoluteFilePath()).toString(QUrl::FullyEncoded)
            + QStringLiteral("?immutable=1"),
        options + QStringLiteral(";QSQLITE_OPEN_URI") };
}

int busyTimeoutMs()
{
    bool ok = false;
    const int ms = qEnvironmentVariableIntValue("ISF_BUSY_TIMEOUT_MS", &ok);
    return ok && ms >= 0 ? ms : 10000;
}

FileInspection inspectProviderFile(const QString &path)
{
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(path);
    if (!info.exists())
        throw StorageError(QStringLiteral("%1 does not exist.").arg(shown));
    if (!info.isFile())
        throw StorageError(QStringLiteral("%1 is not a file.").arg(shown));
    if (!info.isReadable())
        refuse(FileProblem::CannotOpen, path);
    checkHeaderBytes(path);
    const Marks marks = readMarks(path);
    if (marks.applicationId != kApplicationId)
        refuse(FileProblem::NotOurs, path);
    if (marks.userVersion > kSchemaVersion)
        throw StorageError(
            QStringLiteral("%1 was written by a newer version of ISF Desk (file format %2; this "
                           "version reads up to %3). Open it with the newer version.")
                .arg(shown)
                .arg(marks.userVersion)
                .arg(kSchemaVersion));
    static const char *const core[]
        = { "meta", "provider", "people", "transactions", "postings", "audit_log" };
    QStringList missing;
    for (const char *table : core)
        if (!marks.tables.contains(QLatin1String(table)))
            missing << QLatin1String(table);
    if (marks.userVersion < 1 || !missing.isEmpty())
        refuseText(QStringLiteral("%1 carries ISF Desk's mark but is not a complete ISF Desk "
                                  "provider file (%2). It was not changed")
                       .arg(shown,
                           marks.userVersion < 1 ? QStringLiteral("it records no file format")
                                                 : QStringLiteral("missing tables: ")
                                   + missing.join(QStringLiteral(", "))));
    if (marks.schemaVersion != QString::number(marks.userVersion))
        refuseText(
            QStringLiteral("%1 records two different file formats (%2 in its header, %3 "
                           "inside): another program changed it, or it is damaged. It was "
                           "not changed. %4")
                .arg(shown)
                .arg(marks.userVersion)
                .arg(marks.schemaVersion.isEmpty() ? QStringLiteral("none") : marks.schemaVersion)
                .arg(explainProblem(FileProblem::Damaged, path)
                         .section(QStringLiteral("Nothing was changed. "), 1)));
    return { marks.userVersion };
}

} // namespace isf
