// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "app/cli/Cli.h"
#include "core/rules/Lifecycle.h"
#include "core/storage/AgreementStore.h"
#include "core/storage/PersonStore.h"
#include "core/storage/ProviderFile.h"
#include "core/time/Dates.h"

namespace isf::cli {
namespace {

int run(Context &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The provider file."));
    parser.addPositionalArgument(QStringLiteral("PERSON_REF"), QStringLiteral("The person."));
    parser.addOption(
        { QStringLiteral("from"), QStringLiteral("The day the new budget takes effect (required)."),
            QStringLiteral("DATE") });
    parser.addOption({ QStringLiteral("weekly"),
        QStringLiteral("The new weekly ISF budget, e.g. 1012.50 (required)."),
        QStringLiteral("AMOUNT") });
    parser.addOption(
        { QStringLiteral("reason"), QStringLiteral("Why (required)."), QStringLiteral("TEXT") });
    if (!ctx.parse(parser,
            QStringLiteral("Change a person's weekly budget from a day on. This makes a new "
                           "version of the agreement; earlier versions stay as they were. "
                           "Payments and contributions follow it day by day.")))
        return ctx.exitStatus();
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2)
        return ctx.usage(QStringLiteral("give FILE and PERSON_REF"));
    for (const char *required : { "from", "weekly", "reason" })
        if (!parser.isSet(QLatin1String(required)))
            return ctx.usage(QStringLiteral("--%1 is required").arg(QLatin1String(required)));
    const QDate from = ctx.dateOption(parser, QStringLiteral("from"));
    const Money weekly = Money::parse(parser.value(QStringLiteral("weekly")));
    const auto file = ctx.open(args[0]);
    const Person person = requirePerson(*file, args[1]);
    const Id id
        = changeBudget(*file, person.id, from, weekly, parser.value(QStringLiteral("reason")));
    ctx.out() << "Saved version " << agreementById(*file, id)->version << " of " << person.ref
              << "'s agreement: " << weekly.display() << " a week from " << isoDate(from) << ".\n";
    return Ok;
}

const bool registered = Registry::add({ QStringLiteral("budget-change"),
    QStringLiteral("Change a weekly budget from a date (a new agreement version)."), false, run });

} // namespace
} // namespace isf::cli
