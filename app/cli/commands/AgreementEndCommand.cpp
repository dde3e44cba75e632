// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "app/cli/Cli.h"
#include "core/rules/Lifecycle.h"
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
    parser.addOption({ QStringLiteral("last-day"),
        QStringLiteral("The agreement's last day (default: the day its notice ends)."),
        QStringLiteral("DATE") });
    parser.addOption({ QStringLiteral("return-date"),
        QStringLiteral("The date of the final return (default: the later of the last day and "
                       "today)."),
        QStringLiteral("DATE") });
    parser.addOption({ QStringLiteral("reason"), QStringLiteral("A note for the record."),
        QStringLiteral("TEXT") });
    if (!ctx.parse(parser,
            QStringLiteral("End a person's ISF agreement and close the fund: the unspent balance "
                           "is returned to the council as the final entry.")))
        return ctx.exitStatus();
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2)
        return ctx.usage(QStringLiteral("give FILE and PERSON_REF"));
    const QDate lastDay = ctx.dateOption(parser, QStringLiteral("last-day"));
    const QDate returnDate = ctx.dateOption(parser, QStringLiteral("return-date"));
    const auto file = ctx.open(args[0]);
    const Person person = requirePerson(*file, args[1]);
    const AgreementEnding e = endAgreement(
        *file, person.id, lastDay, returnDate, parser.value(QStringLiteral("reason")));
    ctx.out() << "Ended " << person.ref << "'s agreement on " << isoDate(e.agreement.endedOn)
              << ". ";
    if (e.returnTxnId)
        ctx.out() << "Returned " << e.returned.display() << " to the council (transaction "
                  << e.returnTxnId << "); the fund is now " << Money().display() << ".\n";
    else if (e.balance.isNegative())
        ctx.out() << "The fund is overdrawn by " << (-e.balance).display()
                  << ": nothing to return; take the overspend up with the council.\n";
    else
        ctx.out() << "Nothing was left to return.\n";
    return Ok;
}

const bool registered = Registry::add({ QStringLiteral("agreement-end"),
    QStringLiteral("End an agreement and return the unspent balance."), false, run });

} // namespace
} // namespace isf::cli
