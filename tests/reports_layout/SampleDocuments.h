// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
// Documents shaped like the real ones (statement, easy-read statement, agreement), for
// the layout tests and for looking at the output.

#include "reports/layout/Document.h"

#include <QString>

namespace samples {

// The words of row n's description in the statement table: "ROW0007", ..., "END0007".
QString rowTag(int n);
QString rowEnd(int n);

// A statement whose "Money out" table has rows entries; every seventh description is long
// enough to wrap. Subject "Jane Smith · Ref P-0042", generated 1 May 2026.
isf::reports::Document statement(int rows);
// The easy-read form: 14 pt, plain words, the money-in/money-out picture.
isf::reports::Document easyReadStatement();
// An ISF agreement: many sections and three signature blocks.
isf::reports::Document agreement();

// The common letterhead, subject, title and date.
isf::reports::Document blank(const QString &title);

} // namespace samples
