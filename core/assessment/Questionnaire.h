// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include "core/domain/Entities.h"

#include <QString>

#include <map>
#include <optional>
#include <vector>

namespace isf {

// One answer a question can take, with the points it scores under each heading
// (East Renfrewshire's individual budget calculator): need and wellbeing add to
// the score, current support takes away from it.
struct QuestionAnswer {
    QString answer; // the code a person picks: "a", "b", ...
    int need = 0;
    int wellbeing = 0;
    int currentSupport = 0;
};

struct Question {
    int number = 0;
    QString text;
    std::vector<QuestionAnswer> answers; // in the order they were given
    const QuestionAnswer *find(const QString &answer) const;
};

// A band of total score and the indicative weekly budget it gives ("from £X to £Y").
struct BudgetBand {
    int minScore = 0, maxScore = 0; // both inclusive
    Money weeklyFrom, weeklyTo;
};

// One version of a council's calculator. A change of questions, weights or bands is
// a new version; assessments keep the version they were scored with.
struct Questionnaire {
    Id councilId = 0;
    QString councilName;
    int version = 0;
    std::vector<Question> questions; // by number
    std::vector<BudgetBand> bands; // by min score

    const Question *question(int number) const;
    const BudgetBand *bandFor(int score) const;
};

// What a set of answers scores.
struct AssessmentScore {
    std::map<int, QString> answers; // question number -> answer code (as stored)
    int need = 0, wellbeing = 0, currentSupport = 0;
    int total() const { return need + wellbeing - currentSupport; }
    BudgetBand band;
};

// "1=b,2=a, 3=c" -> {1: "b", 2: "a", 3: "c"}; throws InputError naming the part that
// is not "NUMBER=ANSWER" or a question given twice.
std::map<int, QString> parseAnswers(const QString &text);
// The inverse: "1=b,2=a,3=c".
QString answersText(const std::map<int, QString> &answers);

// Scores answers against a questionnaire. Every question must be answered with one of
// its answers, and no other question may be given; the total must fall in a band.
// Throws InputError naming the question (or the score) otherwise.
AssessmentScore scoreAnswers(const Questionnaire &q, const std::map<int, QString> &answers);

// "£300.00 to £450.00 a week"
QString bandRangeText(const BudgetBand &band);

// Checks that bands do not overlap and each is in order; throws InputError.
void checkBands(const std::vector<BudgetBand> &bands);

} // namespace isf
