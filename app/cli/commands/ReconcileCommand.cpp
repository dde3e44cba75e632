// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "app/cli/Cli.h"
#include "app/cli/Table.h"
#include "core/bank/BankAccounts.h"
#include "core/bank/Reconciliation.h"
#include "core/storage/ProviderFile.h"
#include "core/time/Clock.h"
#include "core/time/Dates.h"
#include "core/util/Errors.h"

#include <QRegularExpression>

namespace isf::cli {
namespace {

void summaryColumns(Table &t)
{
    t.addColumn(QStringLiteral("account"));
    t.addColumn(QStringLiteral("as_of"), Table::Type::Date);
    for (const char *c :
        { "bank_balance", "uncleared_in", "uncleared_out", "unmatched_in", "unmatched_out",
            "bank_errors", "adjusted_bank_balance", "ledger_balance", "funds_total", "difference" })
        t.addColumn(QLatin1String(c), Table::Type::Money);
    t.addColumn(QStringLiteral("signable"));
}

void summaryRow(Table &t, const ReconciliationFigures &f)
{
    t.beginRow();
    t.text(f.accountName);
    t.date(f.asOf);
    for (const Money m :
        { f.bankBalance, f.unclearedIn, f.unclearedOut, f.unmatchedIn, f.unmatchedOut, f.bankErrors,
            f.adjustedBankBalance, f.ledgerBalance, f.fundsTotal, f.difference })
        t.money(m);
    t.text(f.whyNotSignable().isEmpty() ? QStringLiteral("yes") : QStringLiteral("no"));
}

void itemColumns(Table &t)
{
    t.addColumn(QStringLiteral("account"));
    t.addColumn(QStringLiteral("list"));
    t.addColumn(QStringLiteral("id"), Table::Type::Integer);
    t.addColumn(QStringLiteral("date"), Table::Type::Date);
    t.addColumn(QStringLiteral("amount"), Table::Type::Money);
    t.addColumn(QStringLiteral("person_ref"));
    t.addColumn(QStringLiteral("description"));
}

void itemRows(Table &t, const ReconciliationFigures &f)
{
    for (const LedgerItem &i : f.uncleared) {
        t.beginRow();
        t.text(f.accountName);
        t.text(i.amount.isNegative() ? QStringLiteral("uncleared_out")
                                     : QStringLiteral("uncleared_in"));
        t.integer(i.txnId);
        t.date(i.date);
        t.money(i.amount);
        t.text(i.personRef);
        t.text(QStringList({ txnKindLabel(i.kind), i.supplier, i.reference, i.description })
                   .filter(QRegularExpression(QStringLiteral("\\S")))
                   .join(QStringLiteral("; ")));
    }
    const auto lines = [&](const std::vector<BankLine> &v, const QString &in, const QString &out) {
        for (const BankLine &l : v) {
            t.beginRow();
            t.text(f.accountName);
            t.text(l.amount.isNegative() ? out : in);
            t.integer(l.id);
            t.date(l.date);
            t.money(l.amount);
            t.null();
            t.text(QStringList({ l.description, l.reference, l.errorNote })
                       .filter(QRegularExpression(QStringLiteral("\\S")))
                       .join(QStringLiteral("; ")));
        }
    };
    lines(f.unmatched, QStringLiteral("unmatched_in"), QStringLiteral("unmatched_out"));
    lines(f.errors, QStringLiteral("bank_error"), QStringLiteral("bank_error"));
}

int run(Context &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The provider file."));
    parser.addOption({ QStringLiteral("as-of"),
        QStringLiteral("Reconcile at the end of this day (default today)."),
        QStringLiteral("DATE") });
    parser.addOption({ QStringLiteral("account"),
        QStringLiteral("One client bank account (default: every account with a statement)."),
        QStringLiteral("NAME") });
    parser.addOption({ QStringLiteral("items"),
        QStringLiteral("List the uncleared entries, unmatched lines and bank errors instead of "
                       "the figures.") });
    parser.addOption({ QStringLiteral("sign"),
        QStringLiteral("Sign the reconciliation (it must balance); needs --note.") });
    parser.addOption(
        { QStringLiteral("note"), QStringLiteral("The sign-off note."), QStringLiteral("TEXT") });
    if (!ctx.parse(parser,
            QStringLiteral("Reconcile client bank accounts against the bank's statements at a "
                           "day: adjusted bank balance = bank balance + uncleared in - uncleared "
                           "out - bank errors; difference = adjusted bank balance - ledger "
                           "balance. Unmatched bank lines are what the difference is made of. "
                           "With --sign, records who signed and when, and locks the matches."),
            true))
        return ctx.exitStatus();
    if (parser.positionalArguments().size() != 1)
        return ctx.usage(QStringLiteral("give exactly one FILE"));
    const bool sign = parser.isSet(QStringLiteral("sign"));
    const auto file = ctx.open(parser.positionalArguments().constFirst());
    const QDate asOf = ctx.dateOption(parser, QStringLiteral("as-of"), ctx.clock().today());
    std::vector<BankAccount> accounts;
    if (parser.isSet(QStringLiteral("account")) || sign)
        accounts.push_back(requireBankAccount(*file, parser.value(QStringLiteral("account"))));
    else
        for (const BankAccount &a : listBankAccounts(*file))
            if (a.openingDate.isValid())
                accounts.push_back(a);
    if (accounts.empty())
        throw InputError(QStringLiteral("No bank statement has been imported yet: import one with "
                                        "'isf bank import' first."));
    if (sign) {
        const SignedReconciliation s = signReconciliation(
            *file, accounts.front().id, asOf, parser.value(QStringLiteral("note")));
        ctx.out() << "Signed reconciliation " << s.id << " of " << s.accountName << " at "
                  << isoDate(s.asOf) << " by " << s.signedBy << " (" << s.signedAt << "): bank "
                  << s.bankBalance.display() << ", adjusted " << s.adjustedBankBalance.display()
                  << ", ledger " << s.ledgerBalance.display() << ", difference "
                  << s.difference.display() << ".\n";
        return Ok;
    }
    std::vector<ReconciliationFigures> figures;
    for (const BankAccount &a : accounts)
        figures.push_back(reconcileAccount(*file, a.id, asOf));
    Table table;
    if (parser.isSet(QStringLiteral("items"))) {
        itemColumns(table);
        for (const ReconciliationFigures &f : figures)
            itemRows(table, f);
        table.print(ctx.out(), ctx.format());
        return Ok;
    }
    summaryColumns(table);
    for (const ReconciliationFigures &f : figures)
        summaryRow(table, f);
    table.print(ctx.out(), ctx.format());
    if (ctx.format() == u"table")
        for (const ReconciliationFigures &f : figures) {
            Table items;
            itemColumns(items);
            itemRows(items, f);
            if (items.rowCount()) {
                ctx.out() << '\n';
                items.print(ctx.out(), ctx.format());
            }
            const QString why = f.whyNotSignable();
            ctx.out() << '\n'
                      << f.accountName << ": "
                      << (why.isEmpty() ? QStringLiteral("balances; ready to sign.") : why) << '\n';
        }
    return Ok;
}

const bool registered = Registry::add({ QStringLiteral("reconcile"),
    QStringLiteral("Reconcile the client bank account against the bank's statement."), false,
    run });

} // namespace
} // namespace isf::cli
