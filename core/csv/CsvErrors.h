// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include "core/csv/CsvReader.h"
#include "core/util/Errors.h"

#include <QString>
#include <QStringList>
#include <QStringView>

#include <functional>
#include <optional>
#include <type_traits>
#include <vector>

namespace isf {

// One problem with one row of an import file.
struct CsvProblem {
    int line = 0;
    QString column; // empty when the problem concerns the whole row
    QString message;
};

// Collects the problems of every row of an import, so that a person can fix them all at
// once instead of one per attempt. Each is reported as "SOURCE:LINE: COLUMN: message"
// (or "SOURCE:LINE: message" for a problem of the whole row), e.g.
//   people.csv:7: date_of_birth: "31/02/1990" is not a real date
//
//   CsvErrors errors(table.sourceName());
//   for (const CsvRecord &record : table.records()) {
//       const CsvRow row(table, record);
//       const auto born = errors.field(row, u"date_of_birth", parseDate);
//       const auto name = errors.required(row, u"name");
//       if (born && name) ...
//   }
//   errors.throwIfAny();
class CsvErrors {
public:
    explicit CsvErrors(QString sourceName);

    const QString &sourceName() const { return m_sourceName; }

    void add(int line, QStringView column, const QString &message);
    // A problem of the whole row, not of one field.
    void addRow(int line, const QString &message) { add(line, {}, message); }

    bool isEmpty() const { return m_problems.empty(); }
    qsizetype count() const { return qsizetype(m_problems.size()); }

    // Sorted by line; problems of the same line keep the order they were added in.
    std::vector<CsvProblem> problems() const;
    // The same, each formatted as "SOURCE:LINE: COLUMN: message".
    QStringList lines() const;
    // lines() joined with newlines (no trailing newline).
    QString toString() const;
    // The first `limit` lines, then "... and N more problems" when there are more.
    QString toString(qsizetype limit) const;
    // Throws InputError(toString()) unless empty.
    void throwIfAny() const;

    // Runs parse on the row's text for `column` (trimmed; "" when blank or absent). When
    // parse throws InputError, records its message for this line and column and returns
    // nothing. Returns parse's result wrapped in std::optional, or for a parse that
    // returns void, whether it succeeded. Other exceptions pass through.
    template <class F> auto field(const CsvRow &row, QStringView column, F &&parse)
    {
        using Result = std::remove_cvref_t<std::invoke_result_t<F &, const QString &>>;
        const QString text = row.text(column);
        if constexpr (std::is_void_v<Result>) {
            try {
                std::invoke(parse, text);
                return true;
            } catch (const InputError &e) {
                add(row.line(), column, e.message());
                return false;
            }
        } else {
            try {
                return std::optional<Result>(std::invoke(parse, text));
            } catch (const InputError &e) {
                add(row.line(), column, e.message());
                return std::optional<Result>();
            }
        }
    }

    // The row's text for `column`, or nothing and the problem "a value is required"
    // when it is blank or absent.
    std::optional<QString> required(const CsvRow &row, QStringView column);

    // Formats one problem as the lines above do.
    QString format(const CsvProblem &problem) const;

private:
    QString m_sourceName;
    std::vector<CsvProblem> m_problems;
};

} // namespace isf
