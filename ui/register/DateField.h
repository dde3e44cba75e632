// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include <QDate>
#include <QString>

class QDateEdit;

namespace isf::ui {

// Sets a date box up the one way the app types dates: UK day/month/year, a calendar
// on F4 or the arrow, years from 2000, and the keyboard always landing on the day
// (Tab and Shift+Tab alike), so typing "02" gives the 2nd, not the year 0002.
// `earliest` is the first date it takes (1900 for a date of birth).
void setUpDateField(QDateEdit *edit, const QDate &earliest = QDate(2000, 1, 1));

// Empty when the box shows a whole, valid date; otherwise what to fix, in words
// ("Type the date as day/month/year, for example 28/11/2026.").
QString dateFieldProblem(const QDateEdit *edit);

} // namespace isf::ui
