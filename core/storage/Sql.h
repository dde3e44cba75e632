// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <initializer_list>

namespace isf {

// Prepared-statement helpers: every statement goes through here so that a database
// error becomes a StorageError with plain words, and the raw driver text is kept
// only for the log.
class SqlQuery {
public:
    SqlQuery(const QSqlDatabase &db, const QString &sql);
    SqlQuery &bind(std::initializer_list<QVariant> values);
    SqlQuery &bindAt(int index, const QVariant &value);
    // Executes; throws StorageError naming `what` (e.g. "save the person") on failure.
    SqlQuery &exec(const char *what);
    bool next() { return m_query.next(); }
    QVariant value(int i) const { return m_query.value(i); }
    qint64 int64(int i) const { return m_query.value(i).toLongLong(); }
    QString text(int i) const { return m_query.value(i).toString(); }
    bool isNull(int i) const { return m_query.isNull(i); }
    qint64 lastInsertId() const { return m_query.lastInsertId().toLongLong(); }
    int rowsAffected() const { return m_query.numRowsAffected(); }
    QSqlQuery &raw() { return m_query; }

private:
    QSqlQuery m_query;
    QString m_sql;
};

// Runs one statement with no result; throws StorageError on failure.
void execSql(const QSqlDatabase &db, const QString &sql, const char *what);

// A single-value query (COUNT, MAX, ...). Returns an invalid QVariant when no row.
QVariant scalar(const QSqlDatabase &db, const QString &sql, std::initializer_list<QVariant> values,
    const char *what);

// Text columns are NOT NULL with '' for "none": a null QString binds as ''. Use
// nullIfEmpty() or QVariant() to store a real NULL.
QVariant textSafe(const QVariant &value);

// NULL for empty strings and invalid dates: optional columns stay NULL in the file.
QVariant nullIfEmpty(const QString &s);

// One database transaction for one user action. Rolls back unless commit() is
// called, so an exception anywhere leaves the file as it was. Nested use joins the
// outer transaction (only the outermost commits).
class WriteTransaction {
public:
    explicit WriteTransaction(const QSqlDatabase &db);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;
    void commit();

private:
    QSqlDatabase m_db;
    bool m_outermost = false;
    bool m_done = false;
};

} // namespace isf
