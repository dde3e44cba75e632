// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include <QString>

class QTableView;

namespace isf::ui {

// Copy and export for every table of the app, one helper for all of them: Ctrl+C and
// "Copy" put the selected rows on the clipboard as tab-separated text; "Export to
// CSV…" and "Export to Excel…" write every row the table shows (after its filters).
// The actions are on the table's context menu (right click or the Menu key).
void enableTableExport(QTableView *view, const QString &title);

// File names are asked through appDialogs() (the main window's, scripted in tests).
// The same steps as the actions, for callers that already have a file name.
void copyTableSelection(QTableView *view);
void exportTableCsv(QTableView *view, const QString &path);
void exportTableXlsx(QTableView *view, const QString &title, const QString &path);

} // namespace isf::ui
