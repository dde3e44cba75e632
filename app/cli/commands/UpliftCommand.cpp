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
    parser.addOption({ QStringLiteral("from"),
        QStringLiteral("First day of the uplift (required)."), QStringLiteral("DATE") });
    parser.addOption({ QStringLiteral("to"), QStringLiteral("Last day of the uplift (required)."),
        QStringLiteral("DATE") });
    parser.addOption({ QStringLiteral("weekly"),
        QStringLiteral("Added to the weekly budget while it lasts (required)."),
        QStringLiteral("AMOUNT") });
    parser.addOption(
        { QStringLiteral("reason"), QStringLiteral("Why (required)."), QStringLiteral("TEXT") });
    if (!ctx.parse(parser,
            QStringLiteral("Add a temporary uplift (inflator) to a person's budget for a "
                           "defined period. This makes a new version of the agreement.")))
        return ctx.exitStatus();
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2)
        return ctx.usage(QStringLiteral("give FILE and PERSON_REF"));
    for (const char *required : { "from", "to", "weekly", "reason" })
        if (!parser.isSet(QLatin1String(required)))
            return ctx.usage(QStringLiteral("--%1 is required").arg(QLatin1String(required)));
    const QDate from = ctx.dateOption(parser, QStringLiteral("from"));
    const QDate to = ctx.dateOption(parser, QStringLiteral("to"));
    const Money weekly = Money::parse(parser.value(QStringLiteral("weekly")));
    const auto file = ctx.open(args[0]);
    const Person person = requirePerson(*file, args[1]);
    const Id id
        = addUplift(*file, person.id, from, to, weekly, parser.value(QStringLiteral("reason")));
    ctx.out() << "Saved version " << agreementById(*file, id)->version << " of " << person.ref
              << "'s agreement: " << weekly.display() << " a week more from " << isoDate(from)
              << " to " << isoDate(to) << ".\n";
    return Ok;
}

const bool registered = Registry::add({ QStringLiteral("uplift"),
    QStringLiteral("Add a temporary uplift to a budget (a new agreement version)."), false, run });

} // namespace
} // namespace isf::cli
