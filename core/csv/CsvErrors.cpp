// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "core/csv/CsvErrors.h"

#include <algorithm>
#include <utility>

namespace isf {

CsvErrors::CsvErrors(QString sourceName) : m_sourceName(std::move(sourceName)) { }

void CsvErrors::add(int line, QStringView column, const QString &message)
{
    m_problems.push_back(CsvProblem { line, column.toString(), message });
}

std::vector<CsvProblem> CsvErrors::problems() const
{
    std::vector<CsvProblem> sorted = m_problems;
    std::stable_sort(sorted.begin(), sorted.end(),
        [](const CsvProblem &a, const CsvProblem &b) { return a.line < b.line; });
    return sorted;
}

QString CsvErrors::format(const CsvProblem &problem) const
{
    QString text = m_sourceName + u':' + QString::number(problem.line) + QStringLiteral(": ");
    if (!problem.column.isEmpty())
        text += problem.column + QStringLiteral(": ");
    return text + problem.message;
}

QStringList CsvErrors::lines() const
{
    QStringList out;
    out.reserve(count());
    for (const CsvProblem &problem : problems())
        out.append(format(problem));
    return out;
}

QString CsvErrors::toString() const
{
    return lines().join(u'\n');
}

QString CsvErrors::toString(qsizetype limit) const
{
    QStringList all = lines();
    if (limit < 0 || all.size() <= limit)
        return all.join(u'\n');
    const qsizetype more = all.size() - limit;
    all.resize(limit);
    all.append(QStringLiteral("... and ") + QString::number(more)
        + (more == 1 ? QStringLiteral(" more problem") : QStringLiteral(" more problems")));
    return all.join(u'\n');
}

void CsvErrors::throwIfAny() const
{
    if (!isEmpty())
        throw InputError(toString());
}

std::optional<QString> CsvErrors::required(const CsvRow &row, QStringView column)
{
    QString text = row.text(column);
    if (text.isEmpty()) {
        add(row.line(), column, QStringLiteral("a value is required"));
        return std::nullopt;
    }
    return text;
}

} // namespace isf
