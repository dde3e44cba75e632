// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "app/cli/Cli.h"
#include "core/ledger/Ledger.h"
#include "core/storage/ProviderFile.h"

namespace isf::cli {
namespace {

int run(Context &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The provider file."));
    parser.addPositionalArgument(
        QStringLiteral("TXN_ID"), QStringLiteral("The transaction to reverse."));
    const QCommandLineOption reason(QStringLiteral("reason"),
        QStringLiteral("Why it is reversed (required)."), QStringLiteral("TEXT"));
    const QCommandLineOption date(QStringLiteral("date"),
        QStringLiteral("Date of the reversal (default today)."), QStringLiteral("DATE"));
    parser.addOption(reason);
    parser.addOption(date);
    if (!ctx.parse(parser,
            QStringLiteral("Reverse a posted transaction. The original stays in the ledger; a "
                           "reversal that mirrors it is posted and refers to it.")))
        return ctx.exitStatus();
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2)
        return ctx.usage(QStringLiteral("give FILE and TXN_ID"));
    bool ok = false;
    const Id id = args[1].toLongLong(&ok);
    if (!ok || id <= 0)
        return ctx.usage(
            QStringLiteral("TXN_ID must be a transaction number, not \"%1\"").arg(args[1]));
    if (!parser.isSet(reason))
        return ctx.usage(QStringLiteral("--reason is required"));
    const auto file = ctx.open(args[0]);
    Ledger ledger(*file);
    const Id reversal
        = ledger.reverse(id, parser.value(reason), ctx.dateOption(parser, QStringLiteral("date")));
    ctx.out() << "Posted transaction " << reversal << ", reversing transaction " << id << ".\n";
    return Ok;
}

const bool registered = Registry::add({ QStringLiteral("reverse"),
    QStringLiteral("Reverse a posted transaction, with a reason."), false, run });

} // namespace
} // namespace isf::cli
