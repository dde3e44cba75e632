// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "app/cli/Table.h"
#include "app/cli/commands/BankCommands.h"
#include "core/bank/BankAccounts.h"
#include "core/bank/BankMatching.h"
#include "core/bank/BankStore.h"
#include "core/bank/MatchStore.h"
#include "core/ledger/EntryResolver.h"
#include "core/storage/ProviderFile.h"
#include "core/storage/Sql.h"
#include "core/time/Dates.h"
#include "core/util/Errors.h"

#include <QRegularExpression>

namespace isf::cli::bank {
namespace {

const QCommandLineOption kAccount(QStringLiteral("account"),
    QStringLiteral("The client bank account (default: the default account)."),
    QStringLiteral("NAME"));

std::vector<Id> ids(const QString &text, const QString &option)
{
    std::vector<Id> out;
    for (const QString &part :
        text.split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts)) {
        bool ok = false;
        const Id id = part.toLongLong(&ok);
        if (!ok || id <= 0)
            throw InputError(QStringLiteral("--%1: \"%2\" is not an id").arg(option, part));
        out.push_back(id);
    }
    if (out.empty())
        throw InputError(QStringLiteral("--%1 needs at least one id").arg(option));
    return out;
}

QString idList(const std::vector<Id> &v)
{
    QStringList s;
    for (Id id : v)
        s << QString::number(id);
    return s.join(u' ');
}

} // namespace

int lines(Context &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The provider file."));
    parser.addOption(kAccount);
    parser.addOption({ QStringLiteral("unmatched"), QStringLiteral("Only lines not matched.") });
    if (!ctx.parse(parser,
            QStringLiteral(
                "The account's statement lines, oldest first, with what each is matched to."),
            true))
        return ctx.exitStatus();
    if (parser.positionalArguments().size() != 1)
        return ctx.usage(QStringLiteral("give exactly one FILE"));
    const auto file = ctx.open(parser.positionalArguments().constFirst());
    const BankAccount a = requireBankAccount(*file, parser.value(kAccount));
    Table table;
    table.addColumn(QStringLiteral("line"), Table::Type::Integer);
    table.addColumn(QStringLiteral("date"), Table::Type::Date);
    table.addColumn(QStringLiteral("amount"), Table::Type::Money);
    table.addColumn(QStringLiteral("balance"), Table::Type::Money);
    table.addColumn(QStringLiteral("description"));
    table.addColumn(QStringLiteral("reference"));
    table.addColumn(QStringLiteral("status"));
    table.addColumn(QStringLiteral("transactions"));
    for (const BankLine &l :
        loadBankLines(*file, a.id, QDate(), parser.isSet(QStringLiteral("unmatched")))) {
        table.beginRow();
        table.integer(l.id);
        table.date(l.date);
        table.money(l.amount);
        table.money(l.balance);
        table.text(l.description);
        table.text(l.reference);
        const auto group = l.groupId ? matchGroup(*file, l.groupId) : std::nullopt;
        table.text(l.bankError ? QStringLiteral("bank error: ") + l.errorNote
                : group
                ? QStringLiteral("matched (%1%2)")
                      .arg(group->method, group->lockedBy ? QStringLiteral(", locked") : QString())
                : QStringLiteral("unmatched"));
        table.text(group ? idList(group->txnIds) : QString());
    }
    table.print(ctx.out(), ctx.format());
    return Ok;
}

int review(Context &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The provider file."));
    parser.addOption(kAccount);
    if (!ctx.parse(parser,
            QStringLiteral("The review queue: each unmatched bank line with its suggestions, best "
                           "first (score out of 100: amount equal 50, the text names the entry 30, "
                           "dates close up to 20). Accept one with 'isf bank match'."),
            true))
        return ctx.exitStatus();
    if (parser.positionalArguments().size() != 1)
        return ctx.usage(QStringLiteral("give exactly one FILE"));
    const auto file = ctx.open(parser.positionalArguments().constFirst());
    const BankAccount a = requireBankAccount(*file, parser.value(kAccount));
    QHash<Id, BankLine> byId;
    for (const BankLine &l : loadBankLines(*file, a.id, QDate(), true))
        byId.insert(l.id, l);
    Table table;
    table.addColumn(QStringLiteral("line"), Table::Type::Integer);
    table.addColumn(QStringLiteral("date"), Table::Type::Date);
    table.addColumn(QStringLiteral("amount"), Table::Type::Money);
    table.addColumn(QStringLiteral("description"));
    table.addColumn(QStringLiteral("rank"), Table::Type::Integer);
    table.addColumn(QStringLiteral("score"), Table::Type::Integer);
    table.addColumn(QStringLiteral("transactions"));
    table.addColumn(QStringLiteral("why"));
    for (const LineReview &r : reviewQueue(*file, a.id)) {
        const BankLine &l = byId[r.lineId];
        const auto begin = [&] {
            table.beginRow();
            table.integer(l.id);
            table.date(l.date);
            table.money(l.amount);
            table.text(l.description);
        };
        if (r.candidates.empty()) {
            begin();
            table.null();
            table.null();
            table.null();
            table.text(QStringLiteral("no ledger entry fits: create one or mark a bank error"));
        }
        int rank = 0;
        for (const MatchCandidate &c : r.candidates) {
            begin();
            table.integer(++rank);
            table.integer(c.score);
            table.text(idList(c.txnIds));
            table.text(c.why);
        }
    }
    table.print(ctx.out(), ctx.format());
    return Ok;
}

int match(Context &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The provider file."));
    parser.addOption({ QStringLiteral("line"), QStringLiteral("Bank line ids (comma-separated)."),
        QStringLiteral("IDS") });
    parser.addOption({ QStringLiteral("txn"), QStringLiteral("Transaction ids (comma-separated)."),
        QStringLiteral("IDS") });
    if (!ctx.parse(parser,
            QStringLiteral("Match bank lines to ledger transactions. The sums must be equal.")))
        return ctx.exitStatus();
    if (parser.positionalArguments().size() != 1 || !parser.isSet(QStringLiteral("line"))
        || !parser.isSet(QStringLiteral("txn")))
        return ctx.usage(QStringLiteral("give FILE, --line and --txn"));
    const auto file = ctx.open(parser.positionalArguments().constFirst());
    const std::vector<Id> l = ids(parser.value(QStringLiteral("line")), QStringLiteral("line"));
    const std::vector<Id> t = ids(parser.value(QStringLiteral("txn")), QStringLiteral("txn"));
    const Id group = matchManually(*file, l, t);
    ctx.out() << "Matched line(s) " << idList(l) << " to transaction(s) " << idList(t) << " (match "
              << group << ").\n";
    return Ok;
}

int unmatch(Context &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The provider file."));
    parser.addOption(
        { QStringLiteral("line"), QStringLiteral("The bank line."), QStringLiteral("ID") });
    parser.addOption({ QStringLiteral("reason"),
        QStringLiteral("Why (required for a match in a signed reconciliation)."),
        QStringLiteral("TEXT") });
    if (!ctx.parse(parser,
            QStringLiteral(
                "Undo a bank line's match; its line and transactions are unmatched again.")))
        return ctx.exitStatus();
    if (parser.positionalArguments().size() != 1 || !parser.isSet(QStringLiteral("line")))
        return ctx.usage(QStringLiteral("give FILE and --line"));
    const auto file = ctx.open(parser.positionalArguments().constFirst());
    const Id line = ids(parser.value(QStringLiteral("line")), QStringLiteral("line")).front();
    unmatchLine(*file, line, parser.value(QStringLiteral("reason")));
    ctx.out() << "Line " << line << " is unmatched.\n";
    return Ok;
}

int error(Context &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The provider file."));
    parser.addOption(
        { QStringLiteral("line"), QStringLiteral("The bank line."), QStringLiteral("ID") });
    parser.addOption({ QStringLiteral("note"),
        QStringLiteral("What the bank got wrong (required)."), QStringLiteral("TEXT") });
    parser.addOption(
        { QStringLiteral("clear"), QStringLiteral("Clear the mark instead (--note gives why).") });
    if (!ctx.parse(parser,
            QStringLiteral(
                "Mark an unmatched line as the bank's error, to be corrected by the bank: the "
                "reconciliation lists it and leaves it out of the adjusted balance.")))
        return ctx.exitStatus();
    if (parser.positionalArguments().size() != 1 || !parser.isSet(QStringLiteral("line")))
        return ctx.usage(QStringLiteral("give FILE and --line"));
    const auto file = ctx.open(parser.positionalArguments().constFirst());
    const Id line = ids(parser.value(QStringLiteral("line")), QStringLiteral("line")).front();
    if (parser.isSet(QStringLiteral("clear"))) {
        clearBankError(*file, line, parser.value(QStringLiteral("note")));
        ctx.out() << "Line " << line << " is no longer marked as a bank error.\n";
    } else {
        markBankError(*file, line, parser.value(QStringLiteral("note")));
        ctx.out() << "Line " << line << " is marked as a bank error.\n";
    }
    return Ok;
}

int create(Context &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The provider file."));
    parser.addOption({ QStringLiteral("line"), QStringLiteral("The unmatched bank line."),
        QStringLiteral("ID") });
    parser.addOption({ QStringLiteral("person"),
        QStringLiteral("Whose fund it belongs to (required)."), QStringLiteral("REF") });
    parser.addOption({ QStringLiteral("type"),
        QStringLiteral(
            "contribution, council_payment, expense, return_to_council or adjustment (required)."),
        QStringLiteral("TYPE") });
    parser.addOption({ QStringLiteral("category"), QStringLiteral("Expense category."),
        QStringLiteral("NAME") });
    parser.addOption(
        { QStringLiteral("supplier"), QStringLiteral("Supplier."), QStringLiteral("NAME") });
    parser.addOption({ QStringLiteral("description"),
        QStringLiteral("What it was (default: the bank's text)."), QStringLiteral("TEXT") });
    if (!ctx.parse(parser,
            QStringLiteral("Post the ledger entry an unmatched bank line shows (date, amount and "
                           "account from the line) and match it, in one step.")))
        return ctx.exitStatus();
    if (parser.positionalArguments().size() != 1 || !parser.isSet(QStringLiteral("line"))
        || !parser.isSet(QStringLiteral("person")) || !parser.isSet(QStringLiteral("type")))
        return ctx.usage(QStringLiteral("give FILE, --line, --person and --type"));
    const auto file = ctx.open(parser.positionalArguments().constFirst());
    const Id lineId = ids(parser.value(QStringLiteral("line")), QStringLiteral("line")).front();
    const auto line = bankLineById(*file, lineId);
    if (!line)
        throw InputError(QStringLiteral("There is no bank statement line %1.").arg(lineId));
    WriteTransaction txn(file->database());
    EntryText text;
    text.personRef = parser.value(QStringLiteral("person"));
    text.type = parser.value(QStringLiteral("type"));
    text.date = isoDate(line->date);
    const Money amount = line->amount.isNegative() ? -line->amount : line->amount;
    text.amount = (text.type.trimmed() == u"adjustment" ? line->amount : amount).plain();
    text.category = parser.value(QStringLiteral("category"));
    text.supplier = parser.value(QStringLiteral("supplier"));
    text.description = parser.value(QStringLiteral("description"));
    EntryResolver resolver(*file);
    std::vector<FieldProblem> problems;
    const NewEntry entry = resolver.resolve(text, problems);
    if (!problems.empty()) {
        for (const FieldProblem &p : problems)
            ctx.err() << "isf bank create: " << p.column << ": " << p.message << '\n';
        return Failed;
    }
    const Id txnId = createEntryForLine(*file, lineId, entry);
    txn.commit();
    ctx.out() << "Posted transaction " << txnId << " (" << txnKindLabel(entry.kind) << " of "
              << amount.display() << " for " << text.personRef << ") and matched line " << lineId
              << ".\n";
    return Ok;
}

} // namespace isf::cli::bank
