// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
// The parts of a FIN3 and a statement that come from a council's own process, kept out
// of the main document files: East Renfrewshire's individual budget assessment and its
// percentage contribution.

#include "core/domain/Entities.h"
#include "reports/layout/Document.h"

namespace isf {
class ProviderFile;
}

namespace isf::reports::detail {

// The indicative budget from the person's latest assessment (date, version, score,
// band, range) and the costed plan's weekly total beside it (within, above or below).
// Adds nothing when the person has no assessment.
void addAssessment(
    Document &doc, const ProviderFile &file, const Person &person, const Agreement &a);

// "12.5% deducted, net council contribution £826.00 a week": the percentage
// contribution as East Renfrewshire words it (the budget less the deduction).
QString percentContributionText(const Agreement &a, const QDate &on);

} // namespace isf::reports::detail
