// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include <QString>

class QChartView;
class QWidget;

namespace isf::ui {

// Saves a chart as a PNG at twice its size on screen (sharp when printed or pasted);
// throws isf::StorageError when the file cannot be written.
void saveChartPng(QChartView *view, const QString &path);
// Prints a chart on one landscape page, through the platform's print dialog.
void printChart(QChartView *view, QWidget *parent);

} // namespace isf::ui
