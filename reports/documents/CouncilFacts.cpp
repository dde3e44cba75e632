// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "reports/documents/CouncilFacts.h"

#include "core/assessment/Assessment.h"
#include "core/storage/AssessmentStore.h"
#include "core/storage/ProviderFile.h"
#include "core/time/Dates.h"
#include "reports/documents/DocumentCommon.h"

namespace isf::reports::detail {

QString percentContributionText(const Agreement &a, const QDate &on)
{
    const Money budget = a.weeklyBudgetOn(on);
    const Money deducted = a.weeklyContributionOn(on);
    const int bp = a.contributionPercentBp;
    const QString percent = bp % 100 == 0
        ? QString::number(bp / 100)
        : QStringLiteral("%1.%2").arg(bp / 100).arg(bp % 100, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1% deducted, net council contribution %2")
        .arg(percent, perWeek(budget - deducted));
}

void addAssessment(
    Document &doc, const ProviderFile &file, const Person &person, const Agreement &a)
{
    const auto assessment = latestAssessment(file, person.id);
    if (!assessment)
        return;
    doc.add(Heading { QStringLiteral("Individual budget assessment"), 3 });
    KeyValueGrid g;
    g.keyShare = 0.32;
    const AssessmentScore &s = assessment->score;
    g.add(QStringLiteral("Assessed"),
        QStringLiteral("%1, questionnaire version %2")
            .arg(longDate(assessment->assessedOn))
            .arg(assessment->version));
    g.add(QStringLiteral("Score"),
        QStringLiteral("%1 (need %2 + wellbeing %3 - current support %4)")
            .arg(s.total())
            .arg(s.need)
            .arg(s.wellbeing)
            .arg(s.currentSupport));
    g.add(QStringLiteral("Indicative budget"),
        QStringLiteral("%1 (band %2 to %3)")
            .arg(bandRangeText(s.band))
            .arg(s.band.minScore)
            .arg(s.band.maxScore));
    if (!a.plan.empty()) {
        Money plan;
        for (const PlanLine &l : a.plan)
            plan += l.weeklyCost;
        g.add(QStringLiteral("Costed plan"),
            QStringLiteral("%1: %2").arg(perWeek(plan), rangeComparison(s.band, plan)));
    }
    doc.add(std::move(g));
}

} // namespace isf::reports::detail
