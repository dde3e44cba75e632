// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "core/assessment/Questionnaire.h"

#include "core/util/Errors.h"

#include <QStringList>

#include <algorithm>

namespace isf {

const QuestionAnswer *Question::find(const QString &answer) const
{
    const QString key = answer.trimmed().toCaseFolded();
    for (const QuestionAnswer &a : answers)
        if (a.answer.toCaseFolded() == key)
            return &a;
    return nullptr;
}

const Question *Questionnaire::question(int number) const
{
    for (const Question &q : questions)
        if (q.number == number)
            return &q;
    return nullptr;
}

const BudgetBand *Questionnaire::bandFor(int score) const
{
    for (const BudgetBand &b : bands)
        if (score >= b.minScore && score <= b.maxScore)
            return &b;
    return nullptr;
}

std::map<int, QString> parseAnswers(const QString &text)
{
    std::map<int, QString> out;
    const QStringList parts = text.split(u',', Qt::SkipEmptyParts);
    for (const QString &raw : parts) {
        const QString part = raw.trimmed();
        if (part.isEmpty())
            continue;
        const qsizetype eq = part.indexOf(u'=');
        bool ok = false;
        const int number = eq > 0 ? part.left(eq).trimmed().toInt(&ok) : 0;
        const QString answer = eq > 0 ? part.mid(eq + 1).trimmed() : QString();
        if (!ok || number <= 0 || answer.isEmpty())
            throw InputError(
                QStringLiteral("\"%1\" is not QUESTION=ANSWER (for example 3=b)").arg(part));
        if (out.count(number))
            throw InputError(QStringLiteral("Question %1 is answered twice.").arg(number));
        out[number] = answer;
    }
    return out;
}

QString answersText(const std::map<int, QString> &answers)
{
    QStringList parts;
    for (const auto &[number, answer] : answers)
        parts << QStringLiteral("%1=%2").arg(number).arg(answer);
    return parts.join(u',');
}

AssessmentScore scoreAnswers(const Questionnaire &q, const std::map<int, QString> &answers)
{
    if (q.questions.empty())
        throw InputError(QStringLiteral("Version %1 of %2's questionnaire has no questions.")
                             .arg(q.version)
                             .arg(q.councilName));
    for (const auto &[number, answer] : answers)
        if (!q.question(number))
            throw InputError(
                QStringLiteral("There is no question %1 in version %2 of %3's questionnaire.")
                    .arg(number)
                    .arg(q.version)
                    .arg(q.councilName));
    AssessmentScore s;
    for (const Question &question : q.questions) {
        const auto given = answers.find(question.number);
        if (given == answers.end())
            throw InputError(QStringLiteral("Question %1 (\"%2\") is not answered.")
                                 .arg(question.number)
                                 .arg(question.text));
        const QuestionAnswer *a = question.find(given->second);
        if (!a) {
            QStringList codes;
            for (const QuestionAnswer &x : question.answers)
                codes << x.answer;
            throw InputError(
                QStringLiteral("Question %1 (\"%2\") has no answer \"%3\": use %4.")
                    .arg(question.number)
                    .arg(question.text, given->second, codes.join(QStringLiteral(", "))));
        }
        s.answers[question.number] = a->answer;
        s.need += a->need;
        s.wellbeing += a->wellbeing;
        s.currentSupport += a->currentSupport;
    }
    const BudgetBand *band = q.bandFor(s.total());
    if (!band) {
        const QString cover = q.bands.empty() ? QStringLiteral("it has no bands")
                                              : QStringLiteral("its bands cover %1 to %2")
                                                    .arg(q.bands.front().minScore)
                                                    .arg(q.bands.back().maxScore);
        throw InputError(
            QStringLiteral("A score of %1 falls in no budget band of version %2 of %3's "
                           "questionnaire (%4).")
                .arg(s.total())
                .arg(q.version)
                .arg(q.councilName, cover));
    }
    s.band = *band;
    return s;
}

QString bandRangeText(const BudgetBand &band)
{
    return QStringLiteral("%1 to %2 a week")
        .arg(band.weeklyFrom.display(), band.weeklyTo.display());
}

void checkBands(const std::vector<BudgetBand> &bands)
{
    std::vector<BudgetBand> sorted = bands;
    std::sort(sorted.begin(), sorted.end(),
        [](const BudgetBand &a, const BudgetBand &b) { return a.minScore < b.minScore; });
    for (std::size_t i = 0; i < sorted.size(); ++i) {
        const BudgetBand &b = sorted[i];
        if (b.minScore > b.maxScore)
            throw InputError(QStringLiteral("The band from score %1 ends before it starts (%2).")
                                 .arg(b.minScore)
                                 .arg(b.maxScore));
        if (b.weeklyFrom.isNegative() || b.weeklyFrom > b.weeklyTo)
            throw InputError(
                QStringLiteral("The band from score %1 needs weekly_from no more than weekly_to.")
                    .arg(b.minScore));
        if (i > 0 && sorted[i - 1].maxScore >= b.minScore)
            throw InputError(QStringLiteral("The bands %1-%2 and %3-%4 overlap.")
                                 .arg(sorted[i - 1].minScore)
                                 .arg(sorted[i - 1].maxScore)
                                 .arg(b.minScore)
                                 .arg(b.maxScore));
    }
}

} // namespace isf
