// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "app/cli/Cli.h"
#include "core/rules/Lifecycle.h"
#include "core/storage/AgreementStore.h"
#include "core/storage/PersonStore.h"
#include "core/storage/ProviderFile.h"
#include "core/time/Dates.h"
#include "core/util/Errors.h"

namespace isf::cli {
namespace {

// "12.5" -> 1250 basis points; whole numbers and up to two decimals, 0 to 100.
int parsePercent(const QString &text)
{
    const QString t = text.trimmed().remove(u'%');
    const QStringList parts = t.split(u'.');
    bool ok = parts.size() <= 2 && !parts[0].isEmpty();
    const int whole = ok ? parts[0].toInt(&ok) : 0;
    int fraction = 0;
    if (ok && parts.size() == 2) {
        const QString f = parts[1];
        ok = !f.isEmpty() && f.size() <= 2;
        if (ok)
            fraction = f.leftJustified(2, u'0').toInt(&ok);
    }
    const int bp = whole * 100 + fraction;
    if (!ok || whole < 0 || bp > 10000)
        throw InputError(
            QStringLiteral("--percent must be a percentage from 0 to 100 with at most two "
                           "decimals, not \"%1\"")
                .arg(text));
    return bp;
}

int run(Context &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The provider file."));
    parser.addPositionalArgument(QStringLiteral("PERSON_REF"), QStringLiteral("The person."));
    parser.addOption({ QStringLiteral("from"),
        QStringLiteral("The day the new contribution takes effect (required)."),
        QStringLiteral("DATE") });
    parser.addOption({ QStringLiteral("weekly"), QStringLiteral("A fixed weekly contribution."),
        QStringLiteral("AMOUNT") });
    parser.addOption({ QStringLiteral("percent"),
        QStringLiteral("A percentage of the weekly budget in force, e.g. 12.5."),
        QStringLiteral("PERCENT") });
    parser.addOption({ QStringLiteral("none"), QStringLiteral("No contribution from then on.") });
    parser.addOption(
        { QStringLiteral("reason"), QStringLiteral("Why (required)."), QStringLiteral("TEXT") });
    if (!ctx.parse(parser,
            QStringLiteral("Change the contribution a person has been assessed to pay, from a "
                           "day on (give one of --weekly, --percent, --none). This makes a new "
                           "version of the agreement.")))
        return ctx.exitStatus();
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2)
        return ctx.usage(QStringLiteral("give FILE and PERSON_REF"));
    for (const char *required : { "from", "reason" })
        if (!parser.isSet(QLatin1String(required)))
            return ctx.usage(QStringLiteral("--%1 is required").arg(QLatin1String(required)));
    const int chosen = int(parser.isSet(QStringLiteral("weekly")))
        + int(parser.isSet(QStringLiteral("percent"))) + int(parser.isSet(QStringLiteral("none")));
    if (chosen != 1)
        return ctx.usage(QStringLiteral("give exactly one of --weekly, --percent and --none"));
    ContributionKind kind = ContributionKind::None;
    Money weekly;
    int bp = 0;
    if (parser.isSet(QStringLiteral("weekly"))) {
        kind = ContributionKind::Fixed;
        weekly = Money::parse(parser.value(QStringLiteral("weekly")));
    } else if (parser.isSet(QStringLiteral("percent"))) {
        kind = ContributionKind::Percent;
        bp = parsePercent(parser.value(QStringLiteral("percent")));
    }
    const QDate from = ctx.dateOption(parser, QStringLiteral("from"));
    const auto file = ctx.open(args[0]);
    const Person person = requirePerson(*file, args[1]);
    const Id id = changeContribution(
        *file, person.id, from, kind, weekly, bp, parser.value(QStringLiteral("reason")));
    ctx.out() << "Saved version " << agreementById(*file, id)->version << " of " << person.ref
              << "'s agreement: the contribution changes from " << isoDate(from) << ".\n";
    return Ok;
}

const bool registered = Registry::add({ QStringLiteral("contribution-change"),
    QStringLiteral("Change an assessed contribution from a date (a new agreement version)."), false,
    run });

} // namespace
} // namespace isf::cli
