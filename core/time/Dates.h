// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include <QDate>
#include <QString>
#include <QStringView>

namespace isf {

// Parses 2026-04-06 or the UK form 06/04/2026 (imports accept both). Throws
// InputError naming the text when it is neither, or not a real day.
QDate parseDate(QStringView text);
// The ISO form used in files, the command line and the database.
QString isoDate(const QDate &date);
// 6 April 2026: for paper.
QString longDate(const QDate &date);
// 06/04/2026: for screens.
QString ukDate(const QDate &date);

// A whole number of days between two dates, b - a.
inline qint64 daysBetween(const QDate &a, const QDate &b)
{
    return a.daysTo(b);
}

} // namespace isf
