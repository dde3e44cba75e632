// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
// questionnaire: council,version,question_no,question,answer,need,wellbeing,current_support
// budget-bands:  council,version,min_score,max_score,weekly_from,weekly_to
//
// Each file states whole versions: the rows of a (council, version) replace what the
// file held for it. A version that an assessment has used is never changed (its scores
// must stay explainable): a change of questions, weights or bands is a new version.
#include "core/assessment/CalculatorImports.h"

#include "core/import/ImportKind.h"
#include "core/import/ImportRow.h"
#include "core/storage/AssessmentStore.h"
#include "core/storage/ReferenceStore.h"

#include <map>

namespace isf {
namespace {

struct VersionKey {
    Id councilId;
    int version;
    auto operator<=>(const VersionKey &) const = default;
};

struct Gathered {
    QString councilName;
    int firstLine = 0;
    std::vector<Question> questions;
    std::vector<BudgetBand> bands;
    std::vector<int> bandLines;
};

// The council and version of a row, both required; the council must exist.
std::optional<VersionKey> versionOf(ImportContext &ctx, ImportRow &row, QString &councilName)
{
    const auto council = row.required(u"council");
    const auto version = row.whole(u"version", 1, 9999);
    if (!version && row.isBlank(u"version"))
        row.problem(u"version", QStringLiteral("a value is required"));
    if (!council || !version)
        return std::nullopt;
    const auto c = findCouncil(ctx.file(), *council);
    if (!c) {
        row.problem(u"council", QStringLiteral("there is no council \"%1\"").arg(*council));
        return std::nullopt;
    }
    councilName = c->name;
    return VersionKey { c->id, *version };
}

bool sameQuestions(const std::vector<Question> &a, const std::vector<Question> &b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (a[i].number != b[i].number || a[i].text != b[i].text
            || a[i].answers.size() != b[i].answers.size())
            return false;
        for (std::size_t j = 0; j < a[i].answers.size(); ++j) {
            const QuestionAnswer &x = a[i].answers[j], &y = b[i].answers[j];
            if (x.answer != y.answer || x.need != y.need || x.wellbeing != y.wellbeing
                || x.currentSupport != y.currentSupport)
                return false;
        }
    }
    return true;
}

bool sameBands(const std::vector<BudgetBand> &a, const std::vector<BudgetBand> &b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (a[i].minScore != b[i].minScore || a[i].maxScore != b[i].maxScore
            || a[i].weeklyFrom != b[i].weeklyFrom || a[i].weeklyTo != b[i].weeklyTo)
            return false;
    return true;
}

// Refuses a change to a version that assessments have used; true when it may be saved.
bool changeAllowed(ImportContext &ctx, const VersionKey &key, const Gathered &g, bool same)
{
    if (same)
        return false;
    const int used = assessmentsUsing(ctx.file(), key.councilId, key.version);
    if (used == 0)
        return true;
    ctx.errors().add(g.firstLine, u"version",
        QStringLiteral("version %1 of %2's calculator has been used by %3 assessment(s) and "
                       "cannot change: give the changed questions, weights or bands a new "
                       "version number")
            .arg(key.version)
            .arg(g.councilName)
            .arg(used));
    return false;
}

void importQuestionnaire(ImportContext &ctx)
{
    std::map<VersionKey, Gathered> versions;
    ctx.forEachRow([&](const CsvRow &csvRow) {
        ImportRow row(ctx, csvRow);
        ++ctx.result().rows;
        QString councilName;
        const auto key = versionOf(ctx, row, councilName);
        const auto number = row.whole(u"question_no", 1, 999);
        if (!number && row.isBlank(u"question_no"))
            row.problem(u"question_no", QStringLiteral("a value is required"));
        const auto text = row.required(u"question");
        const auto answer = row.required(u"answer");
        const auto need = row.whole(u"need", 0, 100000);
        const auto wellbeing = row.whole(u"wellbeing", 0, 100000);
        const auto support = row.whole(u"current_support", 0, 100000);
        if (!row.ok() || !key || !number)
            return;
        Gathered &g = versions[*key];
        if (!g.firstLine) {
            g.firstLine = row.line();
            g.councilName = councilName;
        }
        if (g.questions.empty() || g.questions.back().number != *number) {
            for (const Question &q : g.questions)
                if (q.number == *number) {
                    row.problem(u"question_no",
                        QStringLiteral("question %1's answers must be on consecutive lines")
                            .arg(*number));
                    return;
                }
            g.questions.push_back({ *number, *text, {} });
        } else if (g.questions.back().text != *text) {
            row.problem(u"question",
                QStringLiteral("question %1 has different wording on an earlier line")
                    .arg(*number));
            return;
        }
        Question &q = g.questions.back();
        if (q.find(*answer)) {
            row.problem(u"answer",
                QStringLiteral("question %1 already has an answer \"%2\"")
                    .arg(*number)
                    .arg(*answer));
            return;
        }
        q.answers.push_back(
            { *answer, need.value_or(0), wellbeing.value_or(0), support.value_or(0) });
    });
    for (auto &[key, g] : versions) {
        std::sort(g.questions.begin(), g.questions.end(),
            [](const Question &a, const Question &b) { return a.number < b.number; });
        const auto existing = loadQuestionnaire(ctx.file(), key.councilId, key.version);
        const bool same = existing && sameQuestions(existing->questions, g.questions);
        if (same) {
            ++ctx.result().unchanged;
            continue;
        }
        if (!changeAllowed(ctx, key, g, same))
            continue;
        replaceQuestions(ctx.file(), key.councilId, key.version, g.questions);
        ++((existing && !existing->questions.empty()) ? ctx.result().updated : ctx.result().added);
    }
    ctx.result().updatedLabel = ctx.result().updatedLabelOne = QStringLiteral("versions replaced");
}

void importBudgetBands(ImportContext &ctx)
{
    std::map<VersionKey, Gathered> versions;
    ctx.forEachRow([&](const CsvRow &csvRow) {
        ImportRow row(ctx, csvRow);
        ++ctx.result().rows;
        QString councilName;
        const auto key = versionOf(ctx, row, councilName);
        const auto minScore = row.whole(u"min_score", -100000, 100000);
        const auto maxScore = row.whole(u"max_score", -100000, 100000);
        for (const char16_t *c : { u"min_score", u"max_score", u"weekly_from", u"weekly_to" })
            if (row.isBlank(c))
                row.problem(c, QStringLiteral("a value is required"));
        const auto from = row.money(u"weekly_from");
        const auto to = row.money(u"weekly_to");
        if (!row.ok() || !key)
            return;
        BudgetBand band { *minScore, *maxScore, *from, *to };
        try {
            checkBands({ band });
        } catch (const InputError &e) {
            row.rowProblem(e.message());
            return;
        }
        Gathered &g = versions[*key];
        for (std::size_t i = 0; i < g.bands.size(); ++i)
            if (g.bands[i].minScore <= band.maxScore && band.minScore <= g.bands[i].maxScore) {
                row.problem(u"min_score",
                    QStringLiteral("scores %1-%2 overlap the band on line %3")
                        .arg(band.minScore)
                        .arg(band.maxScore)
                        .arg(g.bandLines[i]));
                return;
            }
        if (!g.firstLine) {
            g.firstLine = row.line();
            g.councilName = councilName;
        }
        g.bands.push_back(band);
        g.bandLines.push_back(row.line());
    });
    for (auto &[key, g] : versions) {
        std::sort(g.bands.begin(), g.bands.end(),
            [](const BudgetBand &a, const BudgetBand &b) { return a.minScore < b.minScore; });
        const auto existing = loadQuestionnaire(ctx.file(), key.councilId, key.version);
        const bool same = existing && sameBands(existing->bands, g.bands);
        if (same) {
            ++ctx.result().unchanged;
            continue;
        }
        if (!changeAllowed(ctx, key, g, same))
            continue;
        replaceBands(ctx.file(), key.councilId, key.version, g.bands);
        ++((existing && !existing->bands.empty()) ? ctx.result().updated : ctx.result().added);
    }
    ctx.result().updatedLabel = ctx.result().updatedLabelOne = QStringLiteral("versions replaced");
}

} // namespace

QStringList questionnaireColumns()
{
    return { QStringLiteral("council"), QStringLiteral("version"), QStringLiteral("question_no"),
        QStringLiteral("question"), QStringLiteral("answer"), QStringLiteral("need"),
        QStringLiteral("wellbeing"), QStringLiteral("current_support") };
}

QStringList budgetBandColumns()
{
    return { QStringLiteral("council"), QStringLiteral("version"), QStringLiteral("min_score"),
        QStringLiteral("max_score"), QStringLiteral("weekly_from"), QStringLiteral("weekly_to") };
}

void addCalculatorImports()
{
    ImportRegistry::add({ QStringLiteral("questionnaire"), questionnaireColumns(), {},
        QStringLiteral("An individual budget calculator's questions, answers and weights "
                       "(one version each)."),
        importQuestionnaire });
    ImportRegistry::add({ QStringLiteral("budget-bands"), budgetBandColumns(), {},
        QStringLiteral("The calculator's score bands and indicative weekly budgets."),
        importBudgetBands });
}

} // namespace isf
