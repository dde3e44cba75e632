// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "core/storage/Sql.h"

#include "core/storage/SqliteDiagnosis.h"
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

[[noreturn]] void fail(
    const QSqlDatabase &db, const QSqlError &error, const QString &sql, const char *what)
{
    qCWarning(lcSql) << "SQL failed:" << error.nativeErrorCode() << error.text() << "in" << sql;
    throwStorageError(db, error, what);
}

} // namespace

// The connection a query runs on (QSqlQuery does not say): the one with its driver.
// Only looked up when a statement has failed.
static QSqlDatabase databaseOf(const QSqlQuery &query)
{
    for (const QString &name : QSqlDatabase::connectionNames()) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.driver() == query.driver())
            return db;
    }
    return QSqlDatabase();
}

SqlQuery::SqlQuery(const QSqlDatabase &db, const QString &sql) : m_query(db), m_sql(sql)
{
    m_query.setForwardOnly(true);
    if (!m_query.prepare(sql))
        fail(db, m_query.lastError(), sql, "prepare a query");
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
        fail(databaseOf(m_query), m_query.lastError(), m_sql, what);
    return *this;
}

void execSql(const QSqlDatabase &db, const QString &sql, const char *what)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        fail(db, q.lastError(), sql, what);
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
