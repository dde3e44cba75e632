// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "app/cli/Cli.h"
#include "app/cli/Table.h"
#include "core/ledger/LedgerQueries.h"
#include "core/storage/PersonStore.h"
#include "core/storage/ProviderFile.h"
#include "core/storage/RowValues.h"
#include "core/storage/Sql.h"
#include "core/time/Clock.h"
#include "core/time/Dates.h"

namespace isf::cli {
namespace {

int run(Context &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The provider file."));
    parser.addPositionalArgument(
        QStringLiteral("PERSON_REF"), QStringLiteral("The person's reference."));
    const QCommandLineOption from(QStringLiteral("from"),
        QStringLiteral("First day (default: the first entry)."), QStringLiteral("DATE"));
    const QCommandLineOption to(QStringLiteral("to"),
        QStringLiteral("Last day (default: today, or the last entry)."), QStringLiteral("DATE"));
    parser.addOption(from);
    parser.addOption(to);
    if (!ctx.parse(parser, QStringLiteral("A person's ledger with a running balance."), true))
        return ctx.exitStatus();
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2)
        return ctx.usage(QStringLiteral("give FILE and PERSON_REF"));
    const auto file = ctx.open(args[0]);
    const Person person = requirePerson(*file, args[1]);
    QDate first = ctx.dateOption(parser, QStringLiteral("from"));
    QDate last = ctx.dateOption(parser, QStringLiteral("to"));
    if (!first.isValid() || !last.isValid()) {
        SqlQuery q(file->database(),
            QStringLiteral(
                "SELECT min(txn_date), max(txn_date) FROM transactions WHERE person_id = ?"));
        q.bind({ person.id }).exec("read the ledger");
        q.next();
        if (!first.isValid())
            first = q.isNull(0) ? ctx.clock().today() : toDate(q.value(0));
        if (!last.isValid())
            last = std::max(ctx.clock().today(), q.isNull(1) ? first : toDate(q.value(1)));
    }
    if (last < first)
        return ctx.usage(QStringLiteral("--to is before --from"));
    const PersonLedger ledger = personLedger(*file, person.id, first, last);

    Table table;
    table.addColumn(QStringLiteral("txn_id"), Table::Type::Integer);
    table.addColumn(QStringLiteral("date"), Table::Type::Date);
    table.addColumn(QStringLiteral("type"));
    table.addColumn(QStringLiteral("category"));
    table.addColumn(QStringLiteral("supplier"));
    table.addColumn(QStringLiteral("reference"));
    table.addColumn(QStringLiteral("description"));
    table.addColumn(QStringLiteral("hours"), Table::Type::Hours);
    table.addColumn(QStringLiteral("rate"), Table::Type::Money);
    table.addColumn(QStringLiteral("money_in"), Table::Type::Money);
    table.addColumn(QStringLiteral("money_out"), Table::Type::Money);
    table.addColumn(QStringLiteral("balance"), Table::Type::Money);
    const bool human = ctx.format() == u"table";
    if (human) {
        table.beginRow();
        table.null();
        table.date(first);
        table.text(QStringLiteral("opening balance"));
        for (int i = 0; i < 8; ++i)
            table.null();
        table.money(ledger.opening);
    }
    for (const LedgerLine &l : ledger.lines) {
        table.beginRow();
        table.integer(l.txnId);
        table.date(l.date);
        QString type = txnKindCode(l.kind);
        if (l.kind == TxnKind::Reversal)
            type += QStringLiteral(" of %1").arg(l.reversesId);
        else if (l.reversedById)
            type += QStringLiteral(" (reversed by %1)").arg(l.reversedById);
        table.text(type);
        table.text(l.category);
        table.text(l.supplier);
        table.text(l.reference);
        table.text(l.kind == TxnKind::Reversal && !l.reason.isEmpty() ? l.reason : l.description);
        table.hours(l.hours);
        table.money(l.rate);
        table.money(l.change.isNegative() ? std::nullopt : std::optional<Money>(l.change));
        table.money(l.change.isNegative() ? std::optional<Money>(-l.change) : std::nullopt);
        table.money(l.running);
    }
    table.print(ctx.out(), ctx.format());
    if (human)
        ctx.out() << person.ref << " " << person.fullName() << ": " << ledger.lines.size()
                  << " entries from " << isoDate(first) << " to " << isoDate(last) << "; opening "
                  << ledger.opening.display() << ", closing " << ledger.closing.display() << ".\n";
    return Ok;
}

const bool registered = Registry::add({ QStringLiteral("ledger"),
    QStringLiteral("A person's ledger with a running balance."), false, run });

} // namespace
} // namespace isf::cli
