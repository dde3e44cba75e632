// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

namespace isf::reports {

// Writes the audit pack's per-person summary as an Excel workbook (libxlsxwriter):
// the same rows and columns as summary.csv, money columns as numbers formatted
// £#,##0.00, a bold header and totals row, frozen header. `moneyColumns` names the
// columns whose cells are money. Returns the .xlsx bytes.
QByteArray summaryWorkbook(const QString &title, const QStringList &columns,
    const std::vector<QStringList> &rows, const QStringList &moneyColumns);

} // namespace isf::reports
