// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "core/time/Period.h"

#include "core/time/Dates.h"
#include "core/util/Errors.h"

namespace isf {
namespace {

// Floor division, so that dates before the anchor fall in earlier periods.
qint64 floorDiv(qint64 a, qint64 b)
{
    return a >= 0 ? a / b : -((-a + b - 1) / b);
}

} // namespace

QString Period::describe() const
{
    return QStringLiteral("%1 to %2").arg(longDate(first), longDate(last));
}

QString cycleName(StatementCycle cycle)
{
    return cycle == StatementCycle::Monthly ? QStringLiteral("monthly")
                                            : QStringLiteral("4-weekly");
}

StatementCycle parseCycle(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == u"monthly" || t == u"month" || t == u"calendar month")
        return StatementCycle::Monthly;
    if (t == u"4-weekly" || t == u"4weekly" || t == u"four-weekly" || t == u"4 weekly"
        || t.isEmpty())
        return StatementCycle::FourWeekly;
    throw InputError(
        QStringLiteral("\"%1\" is not a statement cycle: use 4-weekly or monthly").arg(text));
}

qint64 weekIndex(const QDate &agreementStart, const QDate &date)
{
    return floorDiv(agreementStart.daysTo(date), 7);
}

Period weekContaining(const QDate &agreementStart, const QDate &date)
{
    const QDate first = agreementStart.addDays(weekIndex(agreementStart, date) * 7);
    return { first, first.addDays(6) };
}

Period fourWeeklyPeriodContaining(const QDate &anchor, const QDate &date)
{
    const QDate first = anchor.addDays(floorDiv(anchor.daysTo(date), 28) * 28);
    return { first, first.addDays(27) };
}

Period calendarMonthContaining(const QDate &date)
{
    const QDate first(date.year(), date.month(), 1);
    return { first, first.addMonths(1).addDays(-1) };
}

Period statementPeriodContaining(StatementCycle cycle, const QDate &anchor, const QDate &date)
{
    return cycle == StatementCycle::Monthly ? calendarMonthContaining(date)
                                            : fourWeeklyPeriodContaining(anchor, date);
}

Period statementPeriodEndingOn(StatementCycle cycle, const QDate &anchor, const QDate &periodEnd)
{
    const Period p = statementPeriodContaining(cycle, anchor, periodEnd);
    return p.last == periodEnd ? p : Period {};
}

Period financialYear(int startYear)
{
    return { QDate(startYear, 4, 1), QDate(startYear + 1, 3, 31) };
}

Period financialYearContaining(const QDate &date)
{
    return financialYear(date.month() >= 4 ? date.year() : date.year() - 1);
}

} // namespace isf
