// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
// The canonical content of a row in any table the journal covers, so that a row
// changed, inserted or deleted outside ISF Desk is found by comparing what the journal
// recorded with what the file holds. Generic over the schema: a table added by a later
// version is covered without a line here.

#include <QByteArray>
#include <QSqlDatabase>
#include <QSqlRecord>
#include <QString>
#include <QStringList>

namespace isf {

// Every table the journal covers, sorted: all of the file's tables except the ledger's
// own hash-chained transactions, their postings, the month totals derived from them
// (verify recomputes those) and the journal itself.
QStringList journalTables(const QSqlDatabase &db);

// The columns that identify a row of the table: its primary key (id for most tables).
QStringList keyColumns(const QSqlDatabase &db, const QString &table);

// The row's key as text ("17", or "4/cap_weeks" for a two-column key).
QString rowKey(const QSqlRecord &row, const QStringList &keyColumns);

// SHA-256 over the table name and each non-null column as name and typed value, in
// column-name order (NULL columns are left out, so adding a nullable column keeps the
// hash of existing rows).
QByteArray rowHash(const QString &table, const QSqlRecord &row);

// "person", "statement issued", ...: what a finance officer calls a row of the table.
QString rowNoun(const QString &table);

} // namespace isf
