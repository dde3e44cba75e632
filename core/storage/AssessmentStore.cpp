// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "core/storage/AssessmentStore.h"

#include "core/storage/AuditLog.h"
#include "core/storage/ProviderFile.h"
#include "core/storage/RowValues.h"
#include "core/storage/Sql.h"

namespace isf {

std::vector<int> questionnaireVersions(const ProviderFile &file, Id councilId)
{
    SqlQuery q(file.database(),
        QStringLiteral("SELECT version FROM questionnaire_answers WHERE council_id = ? "
                       "UNION SELECT version FROM budget_bands WHERE council_id = ? "
                       "ORDER BY 1"));
    q.bind({ councilId, councilId }).exec("read the questionnaire versions");
    std::vector<int> out;
    while (q.next())
        out.push_back(q.value(0).toInt());
    return out;
}

std::optional<Questionnaire> loadQuestionnaire(const ProviderFile &file, Id councilId, int version)
{
    Questionnaire out;
    out.councilId = councilId;
    out.version = version;
    {
        SqlQuery q(file.database(), QStringLiteral("SELECT c.name FROM councils c WHERE c.id = ?"));
        q.bind({ councilId }).exec("read the council");
        if (q.next())
            out.councilName = q.text(0);
    }
    SqlQuery q(file.database(),
        QStringLiteral("SELECT question_no, question, answer, need, wellbeing, current_support "
                       "FROM questionnaire_answers WHERE council_id = ? AND version = ? "
                       "ORDER BY question_no, id"));
    q.bind({ councilId, version }).exec("read the questionnaire");
    while (q.next()) {
        const int number = q.value(0).toInt();
        if (out.questions.empty() || out.questions.back().number != number)
            out.questions.push_back({ number, q.text(1), {} });
        out.questions.back().answers.push_back(
            { q.text(2), q.value(3).toInt(), q.value(4).toInt(), q.value(5).toInt() });
    }
    SqlQuery b(file.database(),
        QStringLiteral("SELECT min_score, max_score, weekly_from, weekly_to FROM budget_bands "
                       "WHERE council_id = ? AND version = ? ORDER BY min_score"));
    b.bind({ councilId, version }).exec("read the budget bands");
    while (b.next())
        out.bands.push_back({ b.value(0).toInt(), b.value(1).toInt(), Money::fromPence(b.int64(2)),
            Money::fromPence(b.int64(3)) });
    if (out.questions.empty() && out.bands.empty())
        return std::nullopt;
    return out;
}

void replaceQuestions(
    const ProviderFile &file, Id councilId, int version, const std::vector<Question> &questions)
{
    WriteTransaction txn(file.database());
    SqlQuery(file.database(),
        QStringLiteral("DELETE FROM questionnaire_answers WHERE council_id = ? AND version = ?"))
        .bind({ councilId, version })
        .exec("replace the questionnaire");
    SqlQuery insert(file.database(),
        QStringLiteral("INSERT INTO questionnaire_answers (council_id, version, question_no, "
                       "question, answer, need, wellbeing, current_support) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    int answers = 0;
    for (const Question &question : questions)
        for (const QuestionAnswer &a : question.answers) {
            insert
                .bind({ councilId, version, question.number, question.text, a.answer, a.need,
                    a.wellbeing, a.currentSupport })
                .exec("save the questionnaire");
            ++answers;
        }
    audit(file, QStringLiteral("questionnaire"), QStringLiteral("council"), councilId,
        QStringLiteral("version %1: %2 questions, %3 answers")
            .arg(version)
            .arg(questions.size())
            .arg(answers));
    txn.commit();
}

void replaceBands(
    const ProviderFile &file, Id councilId, int version, const std::vector<BudgetBand> &bands)
{
    WriteTransaction txn(file.database());
    SqlQuery(file.database(),
        QStringLiteral("DELETE FROM budget_bands WHERE council_id = ? AND version = ?"))
        .bind({ councilId, version })
        .exec("replace the budget bands");
    SqlQuery insert(file.database(),
        QStringLiteral("INSERT INTO budget_bands (council_id, version, min_score, max_score, "
                       "weekly_from, weekly_to) VALUES (?, ?, ?, ?, ?, ?)"));
    QStringList text;
    for (const BudgetBand &b : bands) {
        insert
            .bind({ councilId, version, b.minScore, b.maxScore, b.weeklyFrom.pence(),
                b.weeklyTo.pence() })
            .exec("save the budget bands");
        text << QStringLiteral("%1-%2: %3").arg(b.minScore).arg(b.maxScore).arg(bandRangeText(b));
    }
    audit(file, QStringLiteral("budget bands"), QStringLiteral("council"), councilId,
        QStringLiteral("version %1: %2").arg(version).arg(text.join(QStringLiteral("; "))));
    txn.commit();
}

int assessmentsUsing(const ProviderFile &file, Id councilId, int version)
{
    return scalar(file.database(),
        QStringLiteral("SELECT COUNT(*) FROM assessments WHERE council_id = ? AND version = ?"),
        { councilId, version }, "count the assessments")
        .toInt();
}

Id insertAssessment(const ProviderFile &file, const Assessment &a)
{
    SqlQuery q(file.database(),
        QStringLiteral("INSERT INTO assessments (person_id, council_id, version, assessed_on, "
                       "answers, need, wellbeing, current_support, score, band_min, band_max, "
                       "weekly_from, weekly_to, recorded_by, recorded_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const AssessmentScore &s = a.score;
    q.bind({ a.personId, a.councilId, a.version, dateValue(a.assessedOn), answersText(s.answers),
               s.need, s.wellbeing, s.currentSupport, s.total(), s.band.minScore, s.band.maxScore,
               s.band.weeklyFrom.pence(), s.band.weeklyTo.pence(), a.recordedBy, a.recordedAt })
        .exec("save the assessment");
    return q.lastInsertId();
}

namespace {

const QString kAssessmentColumns = QStringLiteral(
    "id, person_id, council_id, version, assessed_on, answers, need, wellbeing, "
    "current_support, band_min, band_max, weekly_from, weekly_to, recorded_by, recorded_at");

Assessment readAssessment(SqlQuery &q)
{
    Assessment a;
    a.id = q.int64(0);
    a.personId = q.int64(1);
    a.councilId = q.int64(2);
    a.version = q.value(3).toInt();
    a.assessedOn = toDate(q.value(4));
    a.score.answers = parseAnswers(q.text(5));
    a.score.need = q.value(6).toInt();
    a.score.wellbeing = q.value(7).toInt();
    a.score.currentSupport = q.value(8).toInt();
    a.score.band = { q.value(9).toInt(), q.value(10).toInt(), Money::fromPence(q.int64(11)),
        Money::fromPence(q.int64(12)) };
    a.recordedBy = q.text(13);
    a.recordedAt = q.text(14);
    return a;
}

} // namespace

std::vector<Assessment> assessmentsOf(const ProviderFile &file, Id personId)
{
    SqlQuery q(file.database(),
        QStringLiteral("SELECT %1 FROM assessments WHERE person_id = ? ORDER BY assessed_on, id")
            .arg(kAssessmentColumns));
    q.bind({ personId }).exec("read the assessments");
    std::vector<Assessment> out;
    while (q.next())
        out.push_back(readAssessment(q));
    return out;
}

std::optional<Assessment> latestAssessment(const ProviderFile &file, Id personId)
{
    std::vector<Assessment> all = assessmentsOf(file, personId);
    if (all.empty())
        return std::nullopt;
    return all.back();
}

} // namespace isf
