// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "app/cli/Table.h"
#include "app/cli/commands/BankCommands.h"
#include "core/bank/BankAccounts.h"
#include "core/bank/BankStore.h"
#include "core/bank/Reconciliation.h"
#include "core/storage/ProviderFile.h"
#include "core/time/Clock.h"

namespace isf::cli::bank {

int accounts(Context &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The provider file."));
    if (!ctx.parse(parser,
            QStringLiteral("The client bank accounts: details (account number masked), what each "
                           "holds, the statements imported and the last signed reconciliation."),
            true))
        return ctx.exitStatus();
    if (parser.positionalArguments().size() != 1)
        return ctx.usage(QStringLiteral("give exactly one FILE"));
    const auto file = ctx.open(parser.positionalArguments().constFirst());
    Table table;
    table.addColumn(QStringLiteral("account"));
    table.addColumn(QStringLiteral("default"));
    table.addColumn(QStringLiteral("sort_code"));
    table.addColumn(QStringLiteral("account_number"));
    table.addColumn(QStringLiteral("holds"));
    table.addColumn(QStringLiteral("statements_through"), Table::Type::Date);
    table.addColumn(QStringLiteral("last_signed"), Table::Type::Date);
    table.addColumn(QStringLiteral("last_difference"), Table::Type::Money);
    for (const BankAccount &a : listBankAccounts(*file)) {
        table.beginRow();
        table.text(a.name);
        table.text(a.isDefault ? QStringLiteral("yes") : QStringLiteral("no"));
        table.text(a.sortCode);
        table.text(a.maskedNumber());
        const QStringList holds = a.councilNames + a.personRefs;
        table.text(
            holds.isEmpty() ? QStringLiteral("everything") : holds.join(QStringLiteral(", ")));
        table.date(lastStatementDay(*file, a.id));
        const auto last = lastSignedReconciliation(*file, a.id);
        table.date(last ? last->asOf : QDate());
        table.money(last ? std::optional<Money>(last->difference) : std::nullopt);
    }
    table.print(ctx.out(), ctx.format());
    return Ok;
}

int account(Context &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The provider file."));
    parser.addPositionalArgument(QStringLiteral("NAME"), QStringLiteral("The account's name."));
    parser.addOption({ QStringLiteral("sort-code"), QStringLiteral("Six digits, 12-34-56."),
        QStringLiteral("CODE") });
    parser.addOption({ QStringLiteral("number"), QStringLiteral("The eight-digit account number."),
        QStringLiteral("NUMBER") });
    parser.addOption({ QStringLiteral("councils"),
        QStringLiteral("The councils whose people's money it holds, comma-separated."),
        QStringLiteral("NAMES") });
    parser.addOption({ QStringLiteral("people"),
        QStringLiteral("The people whose money it holds, comma-separated references."),
        QStringLiteral("REFS") });
    if (!ctx.parse(parser,
            QStringLiteral("Add a client bank account, or change the details of the one with that "
                           "name (the file's first account is \"Client bank account\").")))
        return ctx.exitStatus();
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2)
        return ctx.usage(QStringLiteral("give FILE and NAME"));
    const auto file = ctx.open(args[0]);
    BankAccountDetails d;
    d.name = args[1];
    if (parser.isSet(QStringLiteral("sort-code")))
        d.sortCode = parser.value(QStringLiteral("sort-code"));
    if (parser.isSet(QStringLiteral("number")))
        d.accountNumber = parser.value(QStringLiteral("number"));
    if (parser.isSet(QStringLiteral("councils")))
        d.councils = parser.value(QStringLiteral("councils")).split(u',', Qt::SkipEmptyParts);
    if (parser.isSet(QStringLiteral("people")))
        d.people = parser.value(QStringLiteral("people")).split(u',', Qt::SkipEmptyParts);
    const Id id = saveBankAccount(*file, d);
    const auto saved = bankAccountById(*file, id);
    ctx.out() << "Saved " << saved->name << " (" << saved->sortCode << " " << saved->maskedNumber()
              << ").\n";
    return Ok;
}

} // namespace isf::cli::bank
