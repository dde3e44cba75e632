// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include "core/assessment/Assessment.h"

#include <optional>
#include <vector>

namespace isf {

class ProviderFile;

// The individual budget calculator's tables: questionnaire versions, budget bands and
// the assessments scored with them.
std::vector<int> questionnaireVersions(const ProviderFile &file, Id councilId);
// A version's questions and bands (either may be empty); nothing when the version has
// neither.
std::optional<Questionnaire> loadQuestionnaire(const ProviderFile &file, Id councilId, int version);
// Replaces a version's questions (or bands) with these. Callers check first that no
// assessment uses the version (assessmentsUsing), so a recorded score never changes.
void replaceQuestions(
    const ProviderFile &file, Id councilId, int version, const std::vector<Question> &questions);
void replaceBands(
    const ProviderFile &file, Id councilId, int version, const std::vector<BudgetBand> &bands);
int assessmentsUsing(const ProviderFile &file, Id councilId, int version);

Id insertAssessment(const ProviderFile &file, const Assessment &a);
std::vector<Assessment> assessmentsOf(const ProviderFile &file, Id personId); // oldest first
std::optional<Assessment> latestAssessment(const ProviderFile &file, Id personId);

} // namespace isf
