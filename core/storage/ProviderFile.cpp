#include "core/storage/ProviderFile.h"

#include "core/storage/Schema.h"
#include "core/storage/Seed.h"
#include "core/storage/Sql.h"
#include "core/util/Errors.h"

#include <QAtomicInt>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

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

struct FileHeader {
    bool isSqlite = false;
    qint64 applicationId = 0;
    int userVersion = 0;
    int tableCount = 0;
};

// Reads the identifying pragmas through a read-only connection, so a foreign or
// newer file is never touched.
FileHeader readHeader(const QString &path)
{
    const QString name = nextConnectionName();
    FileHeader header;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("PRAGMA application_id")) && q.next()) {
                header.isSqlite = true;
                header.applicationId = q.value(0).toLongLong();
            }
            if (header.isSqlite && q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
                header.userVersion = q.value(0).toInt();
            if (header.isSqlite && q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"))
                && q.next())
                header.tableCount = q.value(0).toInt();
        }
    }
    closeConnection(name);
    return header;
}

void configure(const QSqlDatabase &db)
{
    execSql(db, QStringLiteral("PRAGMA foreign_keys = ON"), "open the provider file");
    execSql(db, QStringLiteral("PRAGMA journal_mode = WAL"), "open the provider file");
    // FULL: a committed entry survives a power cut, not just a crash.
    execSql(db, QStringLiteral("PRAGMA synchronous = FULL"), "open the provider file");
    // A 32 MB page cache (the default is 2 MB): reports and rules read much of a large
    // file, and each page missed is a read() call.
    execSql(db, QStringLiteral("PRAGMA cache_size = -32768"), "open the provider file");
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
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(readOnly
                ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=10000")
                : QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        ok = db.open();
        if (!ok)
            error = db.lastError().text();
    }
    if (!ok) {
        closeConnection(name);
        throw StorageError(QStringLiteral("Could not open %1: %2").arg(path, error));
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
    ProviderFile file(path, openConnection(path, false), userName, clock);
    const QSqlDatabase db = file.database();
    configure(db);
    WriteTransaction txn(db);
    migrate(db, 0);
    seedNewFile(file, providerName.trimmed());
    txn.commit();
    return file;
}

ProviderFile ProviderFile::open(const QString &path, const QString &userName, const Clock &clock)
{
    const QFileInfo info(path);
    if (!info.exists())
        throw StorageError(QStringLiteral("%1 does not exist.").arg(path));
    if (!info.isFile())
        throw StorageError(QStringLiteral("%1 is not a file.").arg(path));
    const FileHeader header = readHeader(path);
    if (!header.isSqlite || header.applicationId != kApplicationId)
        throw StorageError(QStringLiteral("%1 is not an ISF Desk provider file.").arg(path));
    if (header.userVersion > kSchemaVersion)
        throw StorageError(
            QStringLiteral("%1 was written by a newer version of ISF Desk (file format %2; this "
                           "version reads up to %3). Open it with the newer version.")
                .arg(path)
                .arg(header.userVersion)
                .arg(kSchemaVersion));
    ProviderFile file(path, openConnection(path, false), userName, clock);
    configure(file.database());
    migrate(file.database(), header.userVersion);
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

void ProviderFile::backupTo(const QString &target) const
{
    if (QFileInfo::exists(target))
        throw StorageError(
            QStringLiteral("%1 already exists; choose a new name for the backup.").arg(target));
    // VACUUM INTO writes a consistent, compact copy from one read transaction.
    SqlQuery(database(), QStringLiteral("VACUUM INTO ?"))
        .bind({ target })
        .exec("write the backup copy");
}

} // namespace isf
