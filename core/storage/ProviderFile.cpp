// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "core/storage/ProviderFile.h"

#include "core/integrity/Checkpoint.h"
#include "core/integrity/Journal.h"
#include "core/integrity/ProviderKey.h"
#include "core/storage/Backups.h"
#include "core/storage/FileInspection.h"
#include "core/storage/ReadOnlyOpen.h"
#include "core/storage/Schema.h"
#include "core/storage/Seed.h"
#include "core/storage/Sql.h"
#include "core/util/AtomicFile.h"
#include "core/util/Errors.h"

#include <QAtomicInt>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>
#include <unistd.h>

namespace isf {
namespace {

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("isf-provider-%1").arg(counter.fetchAndAddRelaxed(1));
}

void closeConnection(const QString &name)
{
    if (name.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

// SQLite's extended result codes (SQLITE_CONSTRAINT_UNIQUE rather than SQLITE_CONSTRAINT),
// so that diagnoses come from the code alone.
void useExtendedCodes(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        if (auto *sqlite = *static_cast<sqlite3 *const *>(handle.data()))
            sqlite3_extended_result_codes(sqlite, 1);
}

bool writable(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isWritable() || !QFileInfo(info.absolutePath()).isWritable())
        return false;
    // Root passes permission checks; a read-only mount does not.
    return ::access(QFile::encodeName(path).constData(), W_OK) == 0
        && ::access(QFile::encodeName(info.absolutePath()).constData(), W_OK) == 0;
}

// Set by openProviderFileReadOnly() around its call of open() (ProviderFile.h stays as
// it is, so the many files that include it need not be rebuilt).
thread_local bool t_openReadOnly = false;

void configure(const QSqlDatabase &db, bool readOnly)
{
    execSql(db, QStringLiteral("PRAGMA foreign_keys = ON"), "open the provider file");
    // A 32 MB page cache (the default is 2 MB): reports and rules read much of a large
    // file, and each page missed is a read() call.
    execSql(db, QStringLiteral("PRAGMA cache_size = -32768"), "open the provider file");
    if (readOnly)
        return; // a reader changes nothing, not even the journal mode
    execSql(db, QStringLiteral("PRAGMA journal_mode = WAL"), "open the provider file");
    // FULL: a committed entry survives a power cut, not just a crash.
    execSql(db, QStringLiteral("PRAGMA synchronous = FULL"), "open the provider file");
}

} // namespace

ProviderFile::ProviderFile(
    QString path, QString connectionName, QString userName, const Clock &clock)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
    , m_userName(std::move(userName))
    , m_clock(&clock)
{ }

ProviderFile::ProviderFile(ProviderFile &&other) noexcept
    : m_path(std::move(other.m_path))
    , m_connectionName(std::exchange(other.m_connectionName, QString()))
    , m_userName(std::move(other.m_userName))
    , m_clock(other.m_clock)
{ }

ProviderFile &ProviderFile::operator=(ProviderFile &&other) noexcept
{
    if (this != &other) {
        closeConnection(m_connectionName);
        m_path = std::move(other.m_path);
        m_connectionName = std::exchange(other.m_connectionName, QString());
        m_userName = std::move(other.m_userName);
        m_clock = other.m_clock;
    }
    return *this;
}

ProviderFile::~ProviderFile()
{
    closeConnection(m_connectionName);
}

QString ProviderFile::openConnection(const QString &path, bool readOnly)
{
    const QString name = nextConnectionName();
    bool ok = false;
    int code = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        if (readOnly) {
            const ReadOnlyConnection how = readOnlyConnection(path);
            db.setDatabaseName(how.databaseName);
            db.setConnectOptions(how.options);
        } else {
            db.setDatabaseName(path);
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs()));
        }
        ok = db.open();
        if (ok)
            useExtendedCodes(db);
        else
            code = sqliteCode(db.lastError());
    }
    if (!ok) {
        closeConnection(name);
        throw StorageError(
            QStringLiteral("Could not open the provider file: %1.")
                .arg(explainProblem(code ? classify(code) : FileProblem::CannotOpen, path)));
    }
    return name;
}

ProviderFile ProviderFile::create(
    const QString &path, const QString &providerName, const QString &userName, const Clock &clock)
{
    if (providerName.trimmed().isEmpty())
        throw InputError(QStringLiteral("A provider file needs the provider's name."));
    if (QFileInfo::exists(path))
        throw StorageError(QStringLiteral("%1 already exists; choose a new file name.").arg(path));
    // Created 0600 before SQLite sees it: SQLite gives the -wal and -shm files the
    // permissions of the database file, so all three stay private whatever the umask.
    createPrivateFile(path);
    ProviderFile file(path, openConnection(path, false), userName, clock);
    const QSqlDatabase db = file.database();
    configure(db, false);
    WriteTransaction txn(db);
    migrate(db, 0);
    seedNewFile(file, providerName.trimmed());
    txn.commit();
    return file;
}

ProviderFile ProviderFile::open(const QString &path, const QString &userName, const Clock &clock)
{
    const FileInspection inspection = inspectProviderFile(path);
    const bool asked = t_openReadOnly;
    const bool readOnly = asked || !writable(path);
    if (inspection.userVersion < kSchemaVersion) {
        if (readOnly)
            throw StorageError(
                QStringLiteral("Could not open the provider file: it needs upgrading to file "
                               "format %1 (it is %2), but %3.")
                    .arg(kSchemaVersion)
                    .arg(inspection.userVersion)
                    .arg(asked ? QStringLiteral("it was opened for reading only")
                               : explainProblem(FileProblem::ReadOnly, path)));
        backupBeforeMigration(path, inspection.userVersion, clock);
    }
    ProviderFile file(path, openConnection(path, readOnly), userName, clock);
    configure(file.database(), readOnly);
    if (!readOnly)
        migrate(file.database(), inspection.userVersion);
    if (!readOnly) {
        // Entries from before the journal join its chain; the upgrade is itself an entry,
        // signed by the key the upgrade makes (a key that cannot be kept, say on a
        // read-only config folder, must not stop the file opening).
        chainUnchainedEntries(file, inspection.userVersion);
        if (inspection.userVersion > 0 && inspection.userVersion < 6) {
            try {
                ensureSigningKey(file);
                makeCheckpoint(file, QStringLiteral("upgrade"));
            } catch (const Error &) { }
        }
    }
    return file;
}

QSqlDatabase ProviderFile::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int ProviderFile::schemaVersion() const
{
    return scalar(database(), QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'"),
        {}, "read the file format")
        .toInt();
}

ProviderFile openProviderFileReadOnly(
    const QString &path, const QString &userName, const Clock &clock)
{
    t_openReadOnly = true;
    try {
        ProviderFile file = ProviderFile::open(path, userName, clock);
        t_openReadOnly = false;
        return file;
    } catch (...) {
        t_openReadOnly = false;
        throw;
    }
}

bool isReadOnly(const ProviderFile &file)
{
    return file.database().connectOptions().contains(QLatin1String("QSQLITE_OPEN_READONLY"));
}

void ProviderFile::backupTo(const QString &target) const
{
    writeVerifiedBackup(database(), target);
}

} // namespace isf
