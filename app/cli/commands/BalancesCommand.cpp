// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "app/cli/Cli.h"
#include "app/cli/Table.h"
#include "core/rules/Positions.h"
#include "core/storage/ProviderFile.h"
#include "core/time/Clock.h"

namespace isf::cli {
namespace {

int run(Context &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The provider file."));
    const QCommandLineOption asOf(QStringLiteral("as-of"),
        QStringLiteral("Balances at the end of this day (default today)."), QStringLiteral("DATE"));
    parser.addOption(asOf);
    if (!ctx.parse(parser,
            QStringLiteral("Every person's fund balance at the end of a day, with the "
                           "contributions they owe (due - received; negative when paid ahead) "
                           "and the support hours in their bank (blank when the plan has no "
                           "bankable hours)."),
            true))
        return ctx.exitStatus();
    if (parser.positionalArguments().size() != 1)
        return ctx.usage(QStringLiteral("give exactly one FILE"));
    const auto file = ctx.open(parser.positionalArguments().constFirst());
    const QDate date = ctx.dateOption(parser, QStringLiteral("as-of"), ctx.clock().today());
    Table table;
    table.addColumn(QStringLiteral("person_ref"));
    table.addColumn(QStringLiteral("balance"), Table::Type::Money);
    table.addColumn(QStringLiteral("contribution_arrears"), Table::Type::Money);
    table.addColumn(QStringLiteral("banked_hours"), Table::Type::Hours);
    for (const PersonPosition &p : personPositions(*file, date)) {
        table.beginRow();
        table.text(p.ref);
        table.money(p.balance);
        table.money(p.contributionArrears());
        table.hours(p.hasBank ? std::optional<Hours>(p.bankedHours) : std::nullopt);
    }
    table.print(ctx.out(), ctx.format());
    return Ok;
}

const bool registered = Registry::add({ QStringLiteral("balances"),
    QStringLiteral("Every person's balance, contribution arrears and banked hours at a date."),
    false, run });

} // namespace
} // namespace isf::cli
