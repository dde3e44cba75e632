// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include <QString>

namespace isf::ui {

struct TableSnapshot;

// Writes a table to an .xlsx workbook at `path`: bold headings, money as numbers in
// pounds (so the sheet can total them), UK dates as dates. Throws isf::StorageError.
void writeTableWorkbook(const TableSnapshot &table, const QString &sheetName, const QString &path);

} // namespace isf::ui
