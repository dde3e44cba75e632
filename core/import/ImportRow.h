// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include "core/import/ImportKind.h"

#include <QDate>
#include <QHash>

#include <optional>

namespace isf {

class Money;

// One row of an import as a kind reads it: cells by column name, parsed with core's
// parsers, every problem recorded against the row's line and the column. Blank means
// empty, white space or a column the file does not have.
class ImportRow {
public:
    ImportRow(ImportContext &ctx, const CsvRow &row) : m_ctx(ctx), m_row(row) { }

    int line() const { return m_row.line(); }
    bool hasColumn(QStringView column) const { return m_ctx.hasColumn(column); }
    // The cell as a person means it (see importCell); "" when blank.
    QString text(QStringView column) const;
    bool isBlank(QStringView column) const { return text(column).isEmpty(); }
    // The cell, or nothing and the problem "a value is required".
    std::optional<QString> required(QStringView column);

    // The parsed cell, or nothing when it is blank or does not parse (then the
    // parser's message is recorded).
    std::optional<QDate> date(QStringView column);
    std::optional<Money> money(QStringView column);
    std::optional<bool> yesNo(QStringView column);
    std::optional<int> whole(QStringView column, int min, int max);

    void problem(QStringView column, const QString &message);
    void rowProblem(const QString &message);
    // True while no problem has been recorded for this row.
    bool ok() const { return m_problems == 0; }

private:
    ImportContext &m_ctx;
    const CsvRow &m_row;
    int m_problems = 0;
};

// Remembers the line where each key (a reference, a name) was first seen in a file,
// so that a repeat can say "... is already on line 4".
class SeenKeys {
public:
    // 0 the first time a key is seen (case-insensitive), else the earlier line.
    int check(const QString &key, int line);

private:
    QHash<QString, int> m_lines;
};

} // namespace isf
