// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "core/assessment/Assessment.h"

#include "core/storage/AssessmentStore.h"
#include "core/storage/AuditLog.h"
#include "core/storage/PersonStore.h"
#include "core/storage/ProviderFile.h"
#include "core/storage/Sql.h"
#include "core/time/Clock.h"
#include "core/time/Dates.h"
#include "core/util/Errors.h"

namespace isf {

std::optional<Questionnaire> latestQuestionnaire(const ProviderFile &file, Id councilId)
{
    const std::vector<int> versions = questionnaireVersions(file, councilId);
    if (versions.empty())
        return std::nullopt;
    return loadQuestionnaire(file, councilId, versions.back());
}

Assessment assessPerson(
    const ProviderFile &file, Id personId, const std::map<int, QString> &answers, QDate on)
{
    const auto person = personById(file, personId);
    if (!person)
        throw InputError(QStringLiteral("There is no person with id %1.").arg(personId));
    const auto q = latestQuestionnaire(file, person->councilId);
    if (!q)
        throw InputError(QStringLiteral("%1 has no individual budget questionnaire: import one "
                                        "with `isf import FILE questionnaire Q.csv`.")
                             .arg(person->councilName));
    Assessment a;
    a.personId = personId;
    a.councilId = person->councilId;
    a.version = q->version;
    a.assessedOn = on.isValid() ? on : file.clock().today();
    a.score = scoreAnswers(*q, answers);
    a.recordedBy = file.userName();
    a.recordedAt = timestamp(file);
    WriteTransaction txn(file.database());
    a.id = insertAssessment(file, a);
    audit(file, QStringLiteral("assess"), QStringLiteral("assessment"), a.id,
        QStringLiteral("%1 on %2 with version %3: %4; %5")
            .arg(person->ref, isoDate(a.assessedOn))
            .arg(a.version)
            .arg(answersText(a.score.answers), assessmentSummary(a)));
    txn.commit();
    return a;
}

QString assessmentSummary(const Assessment &a)
{
    const AssessmentScore &s = a.score;
    return QStringLiteral("score %1 (need %2 + wellbeing %3 - current support %4), band %5-%6: "
                          "indicative budget %7")
        .arg(s.total())
        .arg(s.need)
        .arg(s.wellbeing)
        .arg(s.currentSupport)
        .arg(s.band.minScore)
        .arg(s.band.maxScore)
        .arg(bandRangeText(s.band));
}

QString rangeComparison(const BudgetBand &band, Money weekly)
{
    if (weekly > band.weeklyTo)
        return QStringLiteral("above the indicative range by %1")
            .arg((weekly - band.weeklyTo).display());
    if (weekly < band.weeklyFrom)
        return QStringLiteral("below the indicative range by %1")
            .arg((band.weeklyFrom - weekly).display());
    return QStringLiteral("within the indicative range");
}

} // namespace isf
