// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "app/cli/Cli.h"
#include "core/bank/BankAccounts.h"
#include "core/storage/ProviderFile.h"
#include "core/time/Clock.h"
#include "core/time/Dates.h"
#include "reports/documents/ReconciliationDocument.h"
#include "reports/layout/Renderer.h"

namespace isf::cli {
namespace {

int run(Context &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The provider file."));
    parser.addOption({ QStringLiteral("as-of"), QStringLiteral("The day (default today)."),
        QStringLiteral("DATE") });
    parser.addOption({ QStringLiteral("account"),
        QStringLiteral("The client bank account (default: the default account)."),
        QStringLiteral("NAME") });
    parser.addOption({ QStringLiteral("out"), QStringLiteral("The PDF to write (required)."),
        QStringLiteral("F.pdf") });
    if (!ctx.parse(parser,
            QStringLiteral("Write the bank reconciliation report as an A4 PDF: the figures, the "
                           "uncleared entries, the unmatched bank lines and bank errors, and the "
                           "sign-off with signature blocks.")))
        return ctx.exitStatus();
    if (parser.positionalArguments().size() != 1)
        return ctx.usage(QStringLiteral("give exactly one FILE"));
    if (!parser.isSet(QStringLiteral("out")))
        return ctx.usage(QStringLiteral("--out is required"));
    const auto file = ctx.open(parser.positionalArguments().constFirst());
    const QDate asOf = ctx.dateOption(parser, QStringLiteral("as-of"), ctx.clock().today());
    const BankAccount account = requireBankAccount(*file, parser.value(QStringLiteral("account")));
    const QString out = parser.value(QStringLiteral("out"));
    reports::writePdf(reports::reconciliationDocument(*file, account.id, asOf), out);
    ctx.out() << "Wrote " << out << ": reconciliation of " << account.name << " at "
              << isoDate(asOf) << ".\n";
    return Ok;
}

const bool registered = Registry::add({ QStringLiteral("reconciliation-pdf"),
    QStringLiteral("The bank reconciliation report as a PDF."), true, run });

} // namespace
} // namespace isf::cli
