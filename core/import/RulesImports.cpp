// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "core/import/RulesImports.h"

#include <QtGlobal>

namespace isf {

void addRemittancesImport();
void addHoursImport();

void addRulesImports()
{
    static const bool done = [] {
        addRemittancesImport();
        addHoursImport();
        return true;
    }();
    Q_UNUSED(done);
}

} // namespace isf
