// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include "core/money/Hours.h"
#include "core/money/Money.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <optional>
#include <vector>

namespace isf::cli {

// A result table printed as aligned text, CSV or JSON. Money is a plain decimal
// with two places in CSV and JSON (a JSON number, written from integer pence, never
// through floating point) and £1,234.56 in the table.
class Table {
public:
    enum class Type { Text, Integer, Money, Hours, Date };
    struct Cell {
        QString text; // table text
        QString plain; // CSV / JSON text
        bool isNull = false;
    };

    void addColumn(const QString &name, Type type = Type::Text);
    // Start a row, then add one value per column in order.
    void beginRow();
    void text(const QString &value);
    void integer(qint64 value);
    void money(Money value);
    void money(std::optional<Money> value);
    void hours(std::optional<Hours> value);
    void date(const QDate &value);
    void null();
    // A value shown as `text` in the table and written as `plain` in CSV and JSON (for a
    // column that mixes units, such as an alert's money or hours).
    void cell(const QString &text, const QString &plain);

    void print(QTextStream &out, const QString &format) const;
    int rowCount() const { return int(m_rows.size()); }

private:
    void printTable(QTextStream &out) const;
    void printCsv(QTextStream &out) const;
    void printJson(QTextStream &out) const;

    QStringList m_columns;
    std::vector<Type> m_types;
    std::vector<std::vector<Cell>> m_rows;
};

} // namespace isf::cli
