// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include "core/assessment/Questionnaire.h"

#include <QDate>

#include <optional>
#include <vector>

namespace isf {

class ProviderFile;

// One person's scored assessment: the answers, the score and the band that gave the
// indicative weekly budget, against the questionnaire version in force when it was done.
struct Assessment {
    Id id = 0;
    Id personId = 0;
    Id councilId = 0;
    int version = 0;
    QDate assessedOn;
    AssessmentScore score;
    QString recordedBy, recordedAt;
};

// Scores the answers with the latest version of the person's council's questionnaire
// and records the assessment (one user action, audited). Throws InputError when the
// council has no questionnaire, or an answer is missing or unknown (naming the question).
Assessment assessPerson(
    const ProviderFile &file, Id personId, const std::map<int, QString> &answers, QDate on);

// The latest version of a council's questionnaire, with its bands; nothing when the
// council has none.
std::optional<Questionnaire> latestQuestionnaire(const ProviderFile &file, Id councilId);

// "Score 21 (need 18 + wellbeing 9 - current support 6), band 16-25: £300.00 to £450.00
// a week"
QString assessmentSummary(const Assessment &a);

// Where a weekly cost stands against the indicative range: "within", "above by £x",
// "below by £x".
QString rangeComparison(const BudgetBand &band, Money weekly);

} // namespace isf
