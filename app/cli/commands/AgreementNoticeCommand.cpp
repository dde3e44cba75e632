// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "app/cli/Cli.h"
#include "core/rules/Lifecycle.h"
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
    parser.addOption({ QStringLiteral("by"),
        QStringLiteral("Who gives notice: provider, council or person (required)."),
        QStringLiteral("PARTY") });
    parser.addOption({ QStringLiteral("date"),
        QStringLiteral("The day notice is given (default today)."), QStringLiteral("DATE") });
    parser.addOption(
        { QStringLiteral("reason"), QStringLiteral("Why (required)."), QStringLiteral("TEXT") });
    parser.addOption({ QStringLiteral("safeguarding"),
        QStringLiteral("Serious safeguarding concerns: the agreement ends at once.") });
    if (!ctx.parse(parser,
            QStringLiteral("Give notice to end a person's ISF agreement. It runs for the "
                           "council's notice_weeks (4 by default) from the day given; on "
                           "safeguarding concerns it ends that day. End it with "
                           "'isf agreement-end' when the notice is over.")))
        return ctx.exitStatus();
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2)
        return ctx.usage(QStringLiteral("give FILE and PERSON_REF"));
    for (const char *required : { "by", "reason" })
        if (!parser.isSet(QLatin1String(required)))
            return ctx.usage(QStringLiteral("--%1 is required").arg(QLatin1String(required)));
    const NoticeParty by = parseNoticeParty(parser.value(QStringLiteral("by")));
    const QDate date = ctx.dateOption(parser, QStringLiteral("date"), ctx.clock().today());
    const auto file = ctx.open(args[0]);
    const Person person = requirePerson(*file, args[1]);
    const Agreement a = giveNotice(*file, person.id, date, by,
        parser.value(QStringLiteral("reason")), parser.isSet(QStringLiteral("safeguarding")));
    ctx.out() << "Notice given by the " << a.noticeGivenBy << " on " << isoDate(a.noticeGivenOn)
              << " for " << person.ref << ": the agreement's last day is "
              << isoDate(a.noticeEndsOn) << ".\n";
    return Ok;
}

const bool registered = Registry::add({ QStringLiteral("agreement-notice"),
    QStringLiteral("Give notice on a person's agreement."), false, run });

} // namespace
} // namespace isf::cli
