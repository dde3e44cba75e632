// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "core/assessment/CalculatorExport.h"

#include "core/storage/AssessmentStore.h"
#include "core/storage/ReferenceStore.h"

namespace isf {

qint64 exportQuestionnaires(const ProviderFile &file, ExportWriter &w)
{
    for (const Council &c : listCouncils(file))
        for (const int version : questionnaireVersions(file, c.id)) {
            const auto q = loadQuestionnaire(file, c.id, version);
            for (const Question &question : q->questions)
                for (const QuestionAnswer &a : question.answers) {
                    w.text(c.name);
                    w.number(QString::number(version));
                    w.number(QString::number(question.number));
                    w.text(question.text);
                    w.text(a.answer);
                    w.number(QString::number(a.need));
                    w.number(QString::number(a.wellbeing));
                    w.number(QString::number(a.currentSupport));
                    w.endRow();
                }
        }
    return w.finish();
}

qint64 exportBudgetBands(const ProviderFile &file, ExportWriter &w)
{
    for (const Council &c : listCouncils(file))
        for (const int version : questionnaireVersions(file, c.id)) {
            const auto q = loadQuestionnaire(file, c.id, version);
            for (const BudgetBand &b : q->bands) {
                w.text(c.name);
                w.number(QString::number(version));
                w.number(QString::number(b.minScore));
                w.number(QString::number(b.maxScore));
                w.money(b.weeklyFrom);
                w.money(b.weeklyTo);
                w.endRow();
            }
        }
    return w.finish();
}

} // namespace isf
