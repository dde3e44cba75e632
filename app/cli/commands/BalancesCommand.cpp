#include "Cli.h"
#include "Table.h"
#include "ledger/LedgerQueries.h"
#include "storage/ProviderFile.h"
#include "time/Clock.h"

namespace isf::cli {
namespace {

int run(Context &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The provider file."));
    const QCommandLineOption asOf(QStringLiteral("as-of"),
        QStringLiteral("Balances at the end of this day (default today)."), QStringLiteral("DATE"));
    parser.addOption(asOf);
    if (!ctx.parse(
            parser, QStringLiteral("Every person's fund balance at the end of a day."), true))
        return ctx.exitStatus();
    if (parser.positionalArguments().size() != 1)
        return ctx.usage(QStringLiteral("give exactly one FILE"));
    const auto file = ctx.open(parser.positionalArguments().constFirst());
    const QDate date = ctx.dateOption(parser, QStringLiteral("as-of"), ctx.clock().today());
    Table table;
    table.addColumn(QStringLiteral("person_ref"));
    table.addColumn(QStringLiteral("balance"), Table::Type::Money);
    for (const PersonBalance &b : balancesAt(*file, date)) {
        table.beginRow();
        table.text(b.ref);
        table.money(b.balance);
    }
    table.print(ctx.out(), ctx.format());
    return Ok;
}

const bool registered = Registry::add({ QStringLiteral("balances"),
    QStringLiteral("Every person's balance at a date."), false, run });

} // namespace
} // namespace isf::cli
