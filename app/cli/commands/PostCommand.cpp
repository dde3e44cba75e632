// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "app/cli/Cli.h"
#include "core/ledger/EntryCoverage.h"
#include "core/ledger/EntryResolver.h"
#include "core/ledger/Ledger.h"
#include "core/ledger/LedgerQueries.h"
#include "core/storage/PersonStore.h"
#include "core/storage/ProviderFile.h"
#include "core/storage/Sql.h"
#include "core/time/Clock.h"
#include "core/util/Errors.h"

namespace isf::cli {
namespace {

int run(Context &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The provider file."));
    struct Field {
        const char *option;
        const char *help;
        QString EntryText::*member;
    };
    const Field fields[] = {
        { "person", "The person's reference (required).", &EntryText::personRef },
        { "date", "The date, 2026-04-06 or 06/04/2026 (required).", &EntryText::date },
        { "type",
            "opening_balance, council_payment, contribution, expense, return_to_council or "
            "adjustment (required).",
            &EntryText::type },
        { "amount", "The amount, e.g. 1240.01; positive (an adjustment may be signed).",
            &EntryText::amount },
        { "category", "Expense category, e.g. \"Personal care\".", &EntryText::category },
        { "supplier", "Supplier name; a new one is added to the register.", &EntryText::supplier },
        { "reference", "Invoice or remittance reference.", &EntryText::reference },
        { "description", "What it was for.", &EntryText::description },
        { "hours", "Hours of support (with --rate; the amount is then hours x rate).",
            &EntryText::hours },
        { "rate", "Hourly rate.", &EntryText::rate },
    };
    std::vector<QCommandLineOption> options;
    for (const Field &f : fields) {
        options.emplace_back(
            QLatin1String(f.option), QLatin1String(f.help), QStringLiteral("VALUE"));
        parser.addOption(options.back());
    }
    const QCommandLineOption confirm(QStringLiteral("confirm"),
        QStringLiteral("Post it although it looks like a mistake (an expense no agreement "
                       "covers, a date more than a year ahead)."));
    parser.addOption(confirm);
    if (!ctx.parse(parser, QStringLiteral("Post one transaction to a person's ledger.")))
        return ctx.exitStatus();
    if (parser.positionalArguments().size() != 1)
        return ctx.usage(QStringLiteral("give exactly one FILE"));
    for (const char *required : { "person", "date", "type" })
        if (!parser.isSet(QLatin1String(required)))
            return ctx.usage(QStringLiteral("--%1 is required").arg(QLatin1String(required)));

    EntryText text;
    for (std::size_t i = 0; i < std::size(fields); ++i)
        text.*(fields[i].member) = parser.value(options[i]);
    const auto file = ctx.open(parser.positionalArguments().constFirst());
    WriteTransaction txn(file->database());
    EntryResolver resolver(*file);
    std::vector<FieldProblem> problems;
    const NewEntry entry = resolver.resolve(text, problems);
    if (!problems.empty()) {
        for (const FieldProblem &p : problems)
            ctx.err() << "isf post: --"
                      << QString(p.column).replace(
                             QStringLiteral("person_ref"), QStringLiteral("person"))
                      << ": " << p.message << '\n';
        return Failed;
    }
    const QStringList warnings = entryWarnings(*file, entry, ctx.clock().today());
    if (!warnings.isEmpty() && !parser.isSet(confirm)) {
        for (const QString &w : warnings)
            ctx.err() << "isf post: --date: " << w << ".\n";
        ctx.err() << "isf post: nothing was posted; check the entry, or give --confirm to post "
                     "it as it is.\n";
        return Failed;
    }
    Ledger ledger(*file);
    const Id id = ledger.post(entry);
    txn.commit();
    for (const QString &s : resolver.addedSuppliers())
        ctx.out() << "Added supplier \"" << s << "\" to the register.\n";
    ctx.out() << "Posted transaction " << id << ": " << txnKindLabel(entry.kind) << " of "
              << Ledger::effectiveAmount(entry).display() << " for " << text.personRef.trimmed()
              << " on " << entry.date.toString(Qt::ISODate)
              << ". Balance that day: " << balanceAt(*file, entry.personId, entry.date).display()
              << ".\n";
    return Ok;
}

const bool registered = Registry::add(
    { QStringLiteral("post"), QStringLiteral("Post one transaction."), false, run });

} // namespace
} // namespace isf::cli
