#include "core/storage/Sql.h"

#include "core/util/Errors.h"

#include <QHash>
#include <QLoggingCategory>
#include <QSqlError>

Q_LOGGING_CATEGORY(lcSql, "isf.sql")

namespace isf {
namespace {

// Depth of open WriteTransactions per connection; only the outermost commits.
QHash<QString, int> &transactionDepth()
{
    thread_local QHash<QString, int> depth;
    return depth;
}

[[noreturn]] void fail(const QSqlError &error, const QString &sql, const char *what)
{
    qCWarning(lcSql) << "SQL failed:" << error.text() << "in" << sql;
    const QString driverText = error.databaseText();
    if (driverText.contains(QLatin1String("database is locked"), Qt::CaseInsensitive)
        || driverText.contains(QLatin1String("busy"), Qt::CaseInsensitive))
        throw StorageError(
            QStringLiteral("Could not %1: the provider file is busy in another window or "
                           "program. Try again in a moment.")
                .arg(QLatin1String(what)));
    if (driverText.contains(QLatin1String("UNIQUE"), Qt::CaseInsensitive))
        throw StorageError(
            QStringLiteral("Could not %1: an entry with the same identifying details is "
                           "already in the file.")
                .arg(QLatin1String(what)));
    if (driverText.contains(QLatin1String("FOREIGN KEY"), Qt::CaseInsensitive))
        throw StorageError(QStringLiteral("Could not %1: it refers to something that is not in the "
                                          "file, or other entries depend on it.")
                               .arg(QLatin1String(what)));
    if (driverText.contains(QLatin1String("readonly"), Qt::CaseInsensitive)
        || driverText.contains(QLatin1String("read-only"), Qt::CaseInsensitive))
        throw StorageError(QStringLiteral("Could not %1: the provider file is read-only.")
                               .arg(QLatin1String(what)));
    if (driverText.contains(QLatin1String("disk"), Qt::CaseInsensitive)
        || driverText.contains(QLatin1String("full"), Qt::CaseInsensitive))
        throw StorageError(QStringLiteral("Could not %1: the disk is full or cannot be written.")
                               .arg(QLatin1String(what)));
    throw StorageError(
        QStringLiteral("Could not %1: the provider file reported an error (%2).")
            .arg(QLatin1String(what), driverText.isEmpty() ? error.text() : driverText));
}

} // namespace

SqlQuery::SqlQuery(const QSqlDatabase &db, const QString &sql) : m_query(db), m_sql(sql)
{
    m_query.setForwardOnly(true);
    if (!m_query.prepare(sql))
        fail(m_query.lastError(), sql, "prepare a query");
}

SqlQuery &SqlQuery::bind(std::initializer_list<QVariant> values)
{
    int i = 0;
    for (const QVariant &v : values)
        m_query.bindValue(i++, textSafe(v));
    return *this;
}

SqlQuery &SqlQuery::bindAt(int index, const QVariant &value)
{
    m_query.bindValue(index, textSafe(value));
    return *this;
}

SqlQuery &SqlQuery::exec(const char *what)
{
    if (!m_query.exec())
        fail(m_query.lastError(), m_sql, what);
    return *this;
}

void execSql(const QSqlDatabase &db, const QString &sql, const char *what)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        fail(q.lastError(), sql, what);
}

QVariant scalar(const QSqlDatabase &db, const QString &sql, std::initializer_list<QVariant> values,
    const char *what)
{
    SqlQuery q(db, sql);
    q.bind(values).exec(what);
    return q.next() ? q.value(0) : QVariant();
}

QVariant textSafe(const QVariant &value)
{
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        return QVariant(QStringLiteral(""));
    return value;
}

QVariant nullIfEmpty(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

WriteTransaction::WriteTransaction(const QSqlDatabase &db) : m_db(db)
{
    int &depth = transactionDepth()[m_db.connectionName()];
    m_outermost = depth == 0;
    if (m_outermost) {
        // BEGIN IMMEDIATE takes the write lock up front, so two open copies queue on
        // the busy timeout instead of failing half-way through an action.
        execSql(m_db,
            m_db.driverName() == QLatin1String("QSQLITE") ? QStringLiteral("BEGIN IMMEDIATE")
                                                          : QStringLiteral("BEGIN"),
            "start saving");
    }
    ++depth;
}

WriteTransaction::~WriteTransaction()
{
    --transactionDepth()[m_db.connectionName()];
    if (m_outermost && !m_done) {
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("ROLLBACK"));
    }
}

void WriteTransaction::commit()
{
    if (m_outermost && !m_done)
        execSql(m_db, QStringLiteral("COMMIT"), "save the changes");
    m_done = true;
}

} // namespace isf
