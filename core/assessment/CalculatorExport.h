// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include "core/export/ExportWriter.h"

namespace isf {

class ProviderFile;

// Every council's calculator versions in the layout their imports take
// (questionnaireColumns(), budgetBandColumns()), so an export imports again as it was.
qint64 exportQuestionnaires(const ProviderFile &file, ExportWriter &w);
qint64 exportBudgetBands(const ProviderFile &file, ExportWriter &w);

} // namespace isf
