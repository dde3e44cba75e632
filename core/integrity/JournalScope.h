// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include "core/domain/Entities.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <vector>

namespace isf {

// Which rows of a table a change may have touched: one row by id, the rows of one
// owner (a person's agreements and everything hanging off them), or the whole table.
struct JournalScope {
    enum Kind { Row, Owner, Whole };
    QString table;
    Kind kind = Whole;
    Id id = 0; // the row's id, or the owning person's
};

// The rows an action on an entity can change, so that an entry records exactly what
// it changed without hashing the whole file: a transaction none (the ledger's own chain
// holds it), a person one row, an agreement its person's agreement tables. Bulk work
// (import, generate, upgrade) and anything not named here cover every table: slower,
// never wrong.
std::vector<JournalScope> journalScope(const QSqlDatabase &db, const QStringList &tables,
    const QString &action, const QString &entity, Id entityId);

// The SELECT for a scope: every column of the table, then the row's owner (NULL for
// tables without one) as the last column; binds the scope's id when it has one.
QString scopeSelect(const JournalScope &scope);

} // namespace isf
