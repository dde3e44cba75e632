// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "app/cli/Cli.h"
#include "app/cli/Table.h"
#include "core/import/RulesImports.h"
#include "core/rules/alerts/AlertStore.h"
#include "core/storage/ProviderFile.h"
#include "core/time/Clock.h"
#include "core/time/Dates.h"

#include <QSet>

namespace isf::cli {
namespace {

void amountCell(Table &table, const Alert &a)
{
    switch (a.unit) {
    case AlertUnit::Money:
        table.money(a.money());
        return;
    case AlertUnit::Hours:
        table.cell(a.hours().toString() + QStringLiteral(" h"), a.hours().toString());
        return;
    case AlertUnit::None:
        break;
    }
    table.null();
}

void addRow(Table &table, const AlertRecord &r, bool all)
{
    table.beginRow();
    if (r.id)
        table.integer(r.id);
    else
        table.null();
    table.text(r.alert.personRef);
    table.text(r.alert.rule);
    table.date(r.alert.since);
    amountCell(table, r.alert);
    table.text(r.alert.detail);
    if (!all)
        return;
    table.text(r.id ? alertStatusCode(r.status) : QStringLiteral("not recorded"));
    table.text(r.acknowledgedBy);
    table.text(r.acknowledgedAt);
    table.text(r.ackNote);
    table.text(r.resolvedBy);
    table.text(r.resolvedAt);
    table.text(r.resolution);
}

int list(Context &ctx, const QCommandLineParser &parser, const QStringList &args)
{
    if (args.size() != 1)
        return ctx.usage(
            QStringLiteral("give exactly one FILE (or: ack FILE ALERT_ID --note TEXT)"));
    const auto file = ctx.open(args[0]);
    const QDate asOf = ctx.dateOption(parser, QStringLiteral("as-of"), ctx.clock().today());
    const bool all = parser.isSet(QStringLiteral("all"));
    const AlertReview review = reviewAlerts(*file, asOf);

    Table table;
    table.addColumn(QStringLiteral("id"), Table::Type::Integer);
    table.addColumn(QStringLiteral("person_ref"));
    table.addColumn(QStringLiteral("rule"));
    table.addColumn(QStringLiteral("since"), Table::Type::Date);
    table.addColumn(QStringLiteral("amount"), Table::Type::Money);
    table.addColumn(QStringLiteral("detail"));
    if (all)
        for (const char *c : { "status", "acknowledged_by", "acknowledged_at", "ack_note",
                 "resolved_by", "resolved_at", "resolution" })
            table.addColumn(QLatin1String(c));
    QSet<Id> shown;
    for (const AlertRecord &r : all ? review.holding : review.open()) {
        addRow(table, r, all);
        if (r.id)
            shown.insert(r.id);
    }
    if (all)
        for (const AlertRecord &r : alertRecords(*file))
            if (!shown.contains(r.id))
                addRow(table, r, all);
    table.print(ctx.out(), ctx.format());
    if (!review.recorded)
        ctx.err() << "isf alerts: the rules as of " << isoDate(asOf)
                  << (asOf > ctx.clock().today() ? QStringLiteral(", a date still to come")
                                                 : QStringLiteral(", before the latest review (%1)")
                                                       .arg(isoDate(lastAlertReview(*file))))
                  << "; nothing was recorded.\n";
    return Ok;
}

int acknowledge(Context &ctx, const QCommandLineParser &parser, const QStringList &args)
{
    if (args.size() != 3)
        return ctx.usage(QStringLiteral("give ack FILE ALERT_ID --note TEXT"));
    bool ok = false;
    const Id id = args[2].toLongLong(&ok);
    if (!ok || id <= 0)
        return ctx.usage(
            QStringLiteral("ALERT_ID must be an alert number, not \"%1\"").arg(args[2]));
    if (!parser.isSet(QStringLiteral("note")))
        return ctx.usage(QStringLiteral("--note is required: say why the alert is accepted"));
    const auto file = ctx.open(args[1]);
    const AlertRecord r = acknowledgeAlert(*file, id, parser.value(QStringLiteral("note")));
    ctx.out() << "Acknowledged alert " << id << " (" << r.alert.rule
              << (r.alert.personRef.isEmpty() ? QString()
                                              : QStringLiteral(" for ") + r.alert.personRef)
              << ", since " << isoDate(r.alert.since) << ") as " << r.acknowledgedBy << ".\n";
    return Ok;
}

int run(Context &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The provider file."));
    parser.addOption({ QStringLiteral("as-of"),
        QStringLiteral("Review the rules at the end of this day (default today)."),
        QStringLiteral("DATE") });
    parser.addOption({ QStringLiteral("all"),
        QStringLiteral("Also list acknowledged and resolved alerts, with who, when and why.") });
    parser.addOption(
        { QStringLiteral("note"), QStringLiteral("With ack: why the alert is accepted (required)."),
            QStringLiteral("TEXT") });
    if (!ctx.parse(parser,
            QStringLiteral(
                "List the open alerts: the council rules that a person's fund, contributions, "
                "payments, hours or suppliers break at a date (id,person_ref,rule,since,amount,"
                "detail). Reviewing records new alerts and resolves those that no longer hold.\n"
                "  isf alerts ack FILE ALERT_ID --note TEXT  acknowledges one with an "
                "explanation.\nRules: ")
                + alertRuleNames().join(QStringLiteral(", ")) + u'.',
            true))
        return ctx.exitStatus();
    const QStringList args = parser.positionalArguments();
    if (!args.isEmpty() && args[0] == u"ack")
        return acknowledge(ctx, parser, args);
    return list(ctx, parser, args);
}

const bool registered = Registry::add({ QStringLiteral("alerts"),
    QStringLiteral("Open alerts at a date; 'alerts ack' acknowledges one."), false, run });
// The rules' import kinds (remittances, hours) live in isfcore; make sure `isf import`
// has them.
const bool imports = (addRulesImports(), true);

} // namespace
} // namespace isf::cli
