// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include <QString>

namespace isf::ui {

class MainWindow;

// Renders every main screen of the open file to PNG files in `dir` (QWidget::grab, so
// it works on the offscreen platform): welcome, dashboard, people, each tab of a
// person, the entry forms, the agreement form, the settings pages and the statement
// print preview. Returns the number of files written.
int renderScreenshots(MainWindow &window, const QString &filePath, const QString &dir);

} // namespace isf::ui
