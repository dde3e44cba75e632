// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "app/cli/Cli.h"
#include "core/generator/GenerateFile.h"
#include "core/import/Importer.h"
#include "core/storage/ProviderFile.h"
#include "core/time/Clock.h"

#include <QTimeZone>

namespace isf::cli {
namespace {

bool wholeNumber(const QString &text, qint64 min, qint64 max, qint64 &out)
{
    bool ok = false;
    out = text.trimmed().toLongLong(&ok);
    return ok && out >= min && out <= max;
}

int run(Context &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The new provider file."));
    const QCommandLineOption people(QStringLiteral("people"),
        QStringLiteral("How many people (1 to 20000; default 60)."), QStringLiteral("N"),
        QStringLiteral("60"));
    const QCommandLineOption years(QStringLiteral("years"),
        QStringLiteral("Years of ledger up to today (1 to 10; default 3)."), QStringLiteral("Y"),
        QStringLiteral("3"));
    const QCommandLineOption seed(QStringLiteral("seed"),
        QStringLiteral("Random seed: the same seed on the same day gives the same content "
                       "(default 1)."),
        QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption name(QStringLiteral("provider-name"),
        QStringLiteral("The provider's name (default \"Meadowbank Support Ltd\")."),
        QStringLiteral("NAME"), QStringLiteral("Meadowbank Support Ltd"));
    parser.addOption(people);
    parser.addOption(years);
    parser.addOption(seed);
    parser.addOption(name);
    if (!ctx.parse(parser,
            QStringLiteral("Make a new provider file full of realistic synthetic data: councils, "
                           "suppliers, people, agreements and years of ledger entries (for "
                           "demonstrations, training and benchmarks). Entries end today (ISF_NOW "
                           "pins it).")))
        return ctx.exitStatus();
    if (parser.positionalArguments().size() != 1)
        return ctx.usage(QStringLiteral("give exactly one FILE"));
    GeneratorOptions options;
    qint64 n = 0;
    if (!wholeNumber(parser.value(people), 1, 20000, n))
        return ctx.usage(
            QStringLiteral("--people must be a whole number from 1 to 20000, not \"%1\"")
                .arg(parser.value(people)));
    options.people = int(n);
    if (!wholeNumber(parser.value(years), 1, 10, n))
        return ctx.usage(QStringLiteral("--years must be a whole number from 1 to 10, not \"%1\"")
                             .arg(parser.value(years)));
    options.years = int(n);
    bool ok = false;
    options.seed = parser.value(seed).trimmed().toULongLong(&ok);
    if (!ok)
        return ctx.usage(
            QStringLiteral("--seed must be a whole number, not \"%1\"").arg(parser.value(seed)));
    const QString path = parser.positionalArguments().constFirst();

    // Recorded times come from a clock fixed at noon today, so the same seed on the
    // same day gives the same file content.
    const QDate today = ctx.clock().today();
    const FixedClock clock(QDateTime(today, QTime(12, 0), QTimeZone::utc()));
    options.today = today;
    const GeneratorSummary s
        = generateProviderFile(path, parser.value(name), ctx.userName(), clock, options);
    ctx.out() << "Generated " << path << ": " << countText(s.people) << " people, " << s.councils
              << " councils, " << countText(s.suppliers) << " suppliers, "
              << countText(s.agreementVersions) << " agreement versions (" << s.endedAgreements
              << " ended), " << countText(s.transactions) << " transactions ("
              << countText(s.reversals) << " reversals) from " << s.firstDay.toString(Qt::ISODate)
              << " to " << s.lastDay.toString(Qt::ISODate) << ".\n";
    return Ok;
}

const bool registered = Registry::add({ QStringLiteral("generate"),
    QStringLiteral("Make a provider file of realistic synthetic data."), false, run });

} // namespace
} // namespace isf::cli
