// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "core/import/ImportRow.h"

#include "core/money/Money.h"
#include "core/time/Dates.h"
#include "core/util/Errors.h"

namespace isf {

QString ImportRow::text(QStringView column) const
{
    return importCell(m_row, m_ctx.column(column));
}

std::optional<QString> ImportRow::required(QStringView column)
{
    QString value = text(column);
    if (value.isEmpty()) {
        problem(column, QStringLiteral("a value is required"));
        return std::nullopt;
    }
    return value;
}

void ImportRow::problem(QStringView column, const QString &message)
{
    ++m_problems;
    // Core's parsers name the parameter ("cap_weeks must be ..."); the column already
    // does, so "cap_weeks: must be ..." reads better than saying it twice.
    const QString subject = column.toString() + u' ';
    m_ctx.errors().add(
        line(), column, message.startsWith(subject) ? message.mid(subject.size()) : message);
}

void ImportRow::rowProblem(const QString &message)
{
    ++m_problems;
    m_ctx.errors().addRow(line(), message);
}

std::optional<QDate> ImportRow::date(QStringView column)
{
    const QString value = text(column);
    if (value.isEmpty())
        return std::nullopt;
    try {
        return parseDate(value);
    } catch (const InputError &e) {
        problem(column, e.message());
        return std::nullopt;
    }
}

std::optional<Money> ImportRow::money(QStringView column)
{
    const QString value = text(column);
    if (value.isEmpty())
        return std::nullopt;
    try {
        return Money::parse(value);
    } catch (const InputError &e) {
        problem(column, e.message());
        return std::nullopt;
    }
}

std::optional<bool> ImportRow::yesNo(QStringView column)
{
    const QString value = text(column).toLower();
    if (value.isEmpty())
        return std::nullopt;
    if (value == u"yes" || value == u"y" || value == u"true" || value == u"1")
        return true;
    if (value == u"no" || value == u"n" || value == u"false" || value == u"0")
        return false;
    problem(column, QStringLiteral("\"%1\" is not yes or no").arg(text(column)));
    return std::nullopt;
}

std::optional<int> ImportRow::whole(QStringView column, int min, int max)
{
    const QString value = text(column);
    if (value.isEmpty())
        return std::nullopt;
    bool ok = false;
    const int n = value.toInt(&ok);
    if (!ok || n < min || n > max) {
        problem(column,
            QStringLiteral("\"%1\" is not a whole number from %2 to %3")
                .arg(value)
                .arg(min)
                .arg(max));
        return std::nullopt;
    }
    return n;
}

int SeenKeys::check(const QString &key, int line)
{
    const QString folded = key.trimmed().toLower();
    const auto it = m_lines.constFind(folded);
    if (it != m_lines.constEnd())
        return *it;
    m_lines.insert(folded, line);
    return 0;
}

} // namespace isf
