// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "app/cli/Cli.h"
#include "core/assessment/Assessment.h"
#include "core/storage/AssessmentStore.h"
#include "core/storage/PersonStore.h"
#include "core/storage/ProviderFile.h"
#include "core/time/Clock.h"
#include "core/time/Dates.h"

namespace isf::cli {
namespace {

int run(Context &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The provider file."));
    parser.addPositionalArgument(QStringLiteral("PERSON_REF"), QStringLiteral("The person."));
    parser.addOption({ QStringLiteral("answers"),
        QStringLiteral("Every question's answer, e.g. \"1=b,2=a,3=c\" (required)."),
        QStringLiteral("LIST") });
    parser.addOption({ QStringLiteral("date"),
        QStringLiteral("The day of the assessment (default today)."), QStringLiteral("DATE") });
    if (!ctx.parse(parser,
            QStringLiteral("Score an individual budget assessment with the latest version of "
                           "the person's council's questionnaire, and record it: the answers, "
                           "the score (need + wellbeing - current support), the band and its "
                           "indicative weekly budget.")))
        return ctx.exitStatus();
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2)
        return ctx.usage(QStringLiteral("give FILE and PERSON_REF"));
    if (!parser.isSet(QStringLiteral("answers")))
        return ctx.usage(QStringLiteral("--answers is required"));
    const auto answers = parseAnswers(parser.value(QStringLiteral("answers")));
    const QDate on = ctx.dateOption(parser, QStringLiteral("date"), ctx.clock().today());
    const auto file = ctx.open(args[0]);
    const Person person = requirePerson(*file, args[1]);
    const Assessment a = assessPerson(*file, person.id, answers, on);
    const AssessmentScore &s = a.score;
    ctx.out() << "Assessed " << person.ref << " (" << person.fullName() << ") on "
              << isoDate(a.assessedOn) << " with version " << a.version << " of "
              << person.councilName << "'s questionnaire.\n"
              << "Answers:          " << answersText(s.answers) << "\n"
              << "Need:             " << s.need << "\n"
              << "Wellbeing:        " << s.wellbeing << "\n"
              << "Current support:  -" << s.currentSupport << "\n"
              << "Score:            " << s.total() << "\n"
              << "Band:             " << s.band.minScore << " to " << s.band.maxScore << "\n"
              << "Indicative range: " << bandRangeText(s.band) << "\n"
              << "Recorded by " << a.recordedBy << " at " << a.recordedAt << ".\n";
    return Ok;
}

const bool registered = Registry::add({ QStringLiteral("assess"),
    QStringLiteral("Score an individual budget assessment and record it."), false, run });

} // namespace
} // namespace isf::cli
