// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "app/cli/commands/BankCommands.h"
#include "core/bank/BankAccounts.h"
#include "core/bank/StatementImport.h"
#include "core/storage/ProviderFile.h"
#include "core/util/Errors.h"

namespace isf::cli::bank {

int importStatement(Context &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The provider file."));
    parser.addPositionalArgument(QStringLiteral("STATEMENT"),
        QStringLiteral("The statement: .csv, .ofx/.qfx or CAMT.053 .xml."));
    parser.addOption({ QStringLiteral("account"),
        QStringLiteral("The client bank account (default: the default account)."),
        QStringLiteral("NAME") });
    parser.addOption({ QStringLiteral("statement-format"),
        QStringLiteral("csv, ofx or camt053 (default: from the file)."),
        QStringLiteral("FORMAT") });
    parser.addOption({ QStringLiteral("map"),
        QStringLiteral("A CSV column for a role: date, description, amount, paid_in, paid_out, "
                       "balance, reference (repeatable; saved for the account)."),
        QStringLiteral("ROLE=Column") });
    parser.addOption({ QStringLiteral("opening-balance"),
        QStringLiteral("The bank's balance before the first line, for a first CSV statement "
                       "that has no balance column."),
        QStringLiteral("AMOUNT") });
    parser.addOption({ QStringLiteral("no-match"), QStringLiteral("Import only; do not match.") });
    if (!ctx.parse(parser,
            QStringLiteral("Import a bank statement into a client bank account, all or nothing. "
                           "Lines already imported are skipped and counted, a statement whose "
                           "opening balance does not follow on is refused, and the new lines are "
                           "matched where exactly one ledger entry fits exactly; the rest wait in "
                           "'isf bank review'.")))
        return ctx.exitStatus();
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2)
        return ctx.usage(QStringLiteral("give FILE and STATEMENT"));
    StatementImportOptions o;
    if (parser.isSet(QStringLiteral("statement-format")))
        o.format = parseStatementFormat(parser.value(QStringLiteral("statement-format")));
    const QStringList maps = parser.values(QStringLiteral("map"));
    if (!maps.isEmpty())
        o.mapping = CsvMapping::fromProfile(maps.join(u';'));
    if (parser.isSet(QStringLiteral("opening-balance")))
        o.openingBalance = Money::parse(parser.value(QStringLiteral("opening-balance")));
    o.autoMatch = !parser.isSet(QStringLiteral("no-match"));
    const auto file = ctx.open(args[0]);
    const BankAccount account = requireBankAccount(*file, parser.value(QStringLiteral("account")));
    try {
        const StatementImportResult r = importStatement(*file, account.id, args[1], o);
        ctx.out() << describeStatementImport(r) << '\n';
        return Ok;
    } catch (const InputError &e) {
        ctx.err() << e.message() << '\n';
        if (!e.message().contains(QStringLiteral("nothing was imported")))
            ctx.err() << "isf bank import: nothing was imported.\n";
        return Failed;
    }
}

} // namespace isf::cli::bank
