// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include <QDate>
#include <QString>

namespace isf {

// An inclusive range of days: a week, a statement period, a financial year.
struct Period {
    QDate first;
    QDate last;

    bool contains(const QDate &d) const { return d >= first && d <= last; }
    qint64 days() const { return first.daysTo(last) + 1; }
    bool isValid() const { return first.isValid() && last.isValid() && first <= last; }
    // "1 April 2025 to 31 March 2026"
    QString describe() const;
    bool operator==(const Period &) const = default;
};

enum class StatementCycle { FourWeekly, Monthly };
QString cycleName(StatementCycle cycle); // "4-weekly", "monthly"
StatementCycle parseCycle(const QString &text); // throws InputError

// Weeks of an agreement start on its start date and every 7 days after.
Period weekContaining(const QDate &agreementStart, const QDate &date);
// Index of that week, 0 for the first (negative before the start).
qint64 weekIndex(const QDate &agreementStart, const QDate &date);

// 4-weekly periods anchored on a date: [anchor + 28k, anchor + 28k + 27].
Period fourWeeklyPeriodContaining(const QDate &anchor, const QDate &date);
Period calendarMonthContaining(const QDate &date);
Period statementPeriodContaining(StatementCycle cycle, const QDate &anchor, const QDate &date);
// The statement period that ends exactly on periodEnd, if the cycle has one; an
// invalid Period otherwise.
Period statementPeriodEndingOn(StatementCycle cycle, const QDate &anchor, const QDate &periodEnd);

// UK financial year starting 1 April of startYear, to 31 March of the next year.
Period financialYear(int startYear);
Period financialYearContaining(const QDate &date);

} // namespace isf
