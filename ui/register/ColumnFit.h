// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include <QString>

class QTableView;

namespace isf::ui {

// Sets a column wide enough for `sample` (the widest value it can hold, such as
// "00/00/0000") and for its heading, in the table's own fonts and style margins, so
// the value is never cut at any font size.
void fitColumnToSample(QTableView *view, int column, const QString &sample);

} // namespace isf::ui
