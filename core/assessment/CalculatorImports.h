// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include <QStringList>

namespace isf {

// The calculator's CSV columns, shared by import and export.
QStringList questionnaireColumns();
QStringList budgetBandColumns();

// Registers the questionnaire and budget-bands import kinds (called with the built-in
// kinds, see ImportKind.cpp).
void addCalculatorImports();

} // namespace isf
