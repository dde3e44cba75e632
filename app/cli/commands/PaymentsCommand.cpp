// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "app/cli/Cli.h"
#include "app/cli/Table.h"
#include "core/rules/PaymentReconciliation.h"
#include "core/rules/RuleInputs.h"
#include "core/storage/PersonStore.h"
#include "core/storage/ProviderFile.h"
#include "core/time/Clock.h"

namespace isf::cli {
namespace {

int run(Context &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The provider file."));
    parser.addOption({ QStringLiteral("as-of"),
        QStringLiteral("Reconcile at the end of this day (default today)."),
        QStringLiteral("DATE") });
    parser.addOption({ QStringLiteral("person"), QStringLiteral("Only this person."),
        QStringLiteral("PERSON_REF") });
    parser.addOption(
        { QStringLiteral("problems"), QStringLiteral("Only payments missing, short or over.") });
    if (!ctx.parse(parser,
            QStringLiteral("Reconcile the council payments received against the expected "
                           "schedule: each expected payment due by the date is matched, missing, "
                           "short, over or awaiting (within grace_days). docs/rules.md gives the "
                           "matching rule."),
            true))
        return ctx.exitStatus();
    if (parser.positionalArguments().size() != 1)
        return ctx.usage(QStringLiteral("give exactly one FILE"));
    const auto file = ctx.open(parser.positionalArguments().constFirst());
    const QDate asOf = ctx.dateOption(parser, QStringLiteral("as-of"), ctx.clock().today());
    std::vector<PersonFacts> people;
    if (parser.isSet(QStringLiteral("person"))) {
        const Person p = requirePerson(*file, parser.value(QStringLiteral("person")));
        people.push_back(loadPersonFacts(*file, p.id, asOf));
    } else {
        people = loadRuleInputs(*file, asOf, TransactionParts).people;
    }
    const bool problemsOnly = parser.isSet(QStringLiteral("problems"));
    Table table;
    table.addColumn(QStringLiteral("person_ref"));
    table.addColumn(QStringLiteral("due"), Table::Type::Date);
    table.addColumn(QStringLiteral("period_first"), Table::Type::Date);
    table.addColumn(QStringLiteral("period_last"), Table::Type::Date);
    table.addColumn(QStringLiteral("expected"), Table::Type::Money);
    table.addColumn(QStringLiteral("received"), Table::Type::Money);
    table.addColumn(QStringLiteral("status"));
    table.addColumn(QStringLiteral("settled_on"), Table::Type::Date);
    table.addColumn(QStringLiteral("transactions"));
    for (const PersonFacts &p : people) {
        const PaymentReconciliation r = reconcilePerson(p, asOf);
        for (const PaymentMatch &m : r.matches) {
            if (m.status == PaymentStatus::NotDue)
                continue;
            const bool problem = m.status == PaymentStatus::Missing
                || m.status == PaymentStatus::Short || m.status == PaymentStatus::Over;
            if (problemsOnly && !problem)
                continue;
            QStringList ids;
            for (Id id : m.txnIds)
                ids << QString::number(id);
            table.beginRow();
            table.text(p.ref);
            table.date(m.expected.due);
            table.date(m.expected.period.first);
            table.date(m.expected.period.last);
            table.money(m.expected.amount);
            table.money(m.received);
            table.text(
                paymentStatusCode(m.status) + (m.late ? QStringLiteral(" (late)") : QString()));
            table.date(m.settledOn);
            table.text(ids.join(u' '));
        }
        for (const ReceivedPayment &u : r.unexpected) {
            table.beginRow();
            table.text(p.ref);
            table.date(u.date);
            table.null();
            table.null();
            table.money(Money());
            table.money(u.amount);
            table.text(QStringLiteral("unexpected"));
            table.null();
            table.text(QString::number(u.txnId));
        }
    }
    table.print(ctx.out(), ctx.format());
    return Ok;
}

const bool registered = Registry::add({ QStringLiteral("payments"),
    QStringLiteral("Council payments received against the schedule."), false, run });

} // namespace
} // namespace isf::cli
