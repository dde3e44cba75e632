// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "core/bank/BankMatching.h"

#include "core/bank/BankAccounts.h"
#include "core/bank/BankStore.h"
#include "core/bank/MatchStore.h"
#include "core/bank/Reconciliation.h"
#include "core/ledger/Ledger.h"
#include "core/storage/AuditLog.h"
#include "core/storage/ProviderFile.h"
#include "core/storage/Sql.h"
#include "core/time/Dates.h"
#include "core/util/Errors.h"

#include <QSet>

namespace isf {
namespace {

// The ledger entries a line may match: unmatched, from a while before the bank's
// first line (so that a cheque written before it can still be found).
std::vector<LedgerItem> openItems(const ProviderFile &file, const BankAccount &account)
{
    const QDate since = account.openingDate.isValid()
        ? account.openingDate.addDays(-2 * kMatchDaysBefore)
        : QDate();
    return loadLedgerItems(file, account.id, since, QDate(), true);
}

BankAccount accountOf(const ProviderFile &file, Id accountId)
{
    const auto account = bankAccountById(file, accountId);
    if (!account)
        throw InputError(QStringLiteral("There is no client bank account %1.").arg(accountId));
    return *account;
}

BankLine requireLine(const ProviderFile &file, Id lineId)
{
    const auto line = bankLineById(file, lineId);
    if (!line)
        throw InputError(QStringLiteral("There is no bank statement line %1.").arg(lineId));
    return *line;
}

void refuseIfSigned(const ProviderFile &file, const BankLine &line, const QString &what)
{
    const auto last = lastSignedReconciliation(file, line.accountId);
    if (last && line.date <= last->asOf)
        throw LedgerError(QStringLiteral("Line %1 (%2) is in the reconciliation signed to %3; %4 "
                                         "would change a signed reconciliation.")
                              .arg(line.id)
                              .arg(isoDate(line.date), isoDate(last->asOf), what));
}

} // namespace

AutoMatchResult autoMatch(const ProviderFile &file, Id accountId)
{
    const BankAccount account = accountOf(file, accountId);
    WriteTransaction txn(file.database());
    const std::vector<BankLine> lines = loadBankLines(file, accountId, QDate(), true);
    const MatchPlan plan = planMatches(lines, openItems(file, account));
    std::vector<MatchGroup> groups;
    groups.reserve(plan.automatic.size());
    for (const MatchPlan::Automatic &a : plan.automatic)
        groups.push_back(
            { 0, accountId, QStringLiteral("auto"), { a.lineId }, a.candidate.txnIds, {}, {}, 0 });
    insertMatchGroups(file, groups);
    if (!groups.empty())
        audit(file, QStringLiteral("match"), QStringLiteral("bank_account"), accountId,
            QStringLiteral("%1 lines matched automatically").arg(groups.size()));
    txn.commit();
    return { int(groups.size()), plan.review };
}

std::vector<LineReview> reviewQueue(const ProviderFile &file, Id accountId)
{
    const BankAccount account = accountOf(file, accountId);
    std::vector<BankLine> lines = loadBankLines(file, accountId, QDate(), true);
    std::erase_if(lines, [](const BankLine &l) { return l.bankError; });
    return planMatches(lines, openItems(file, account)).review;
}

Id matchManually(
    const ProviderFile &file, const std::vector<Id> &lineIds, const std::vector<Id> &txnIds)
{
    if (lineIds.empty() || txnIds.empty())
        throw InputError(
            QStringLiteral("A match needs at least one bank line and one ledger entry."));
    WriteTransaction txn(file.database());
    Id accountId = 0;
    Money lineSum, txnSum;
    QDate latest;
    for (Id id : lineIds) {
        const BankLine line = requireLine(file, id);
        if (accountId && line.accountId != accountId)
            throw InputError(QStringLiteral("The bank lines are on different accounts."));
        accountId = line.accountId;
        if (line.groupId)
            throw InputError(QStringLiteral("Bank line %1 is already matched.").arg(id));
        if (line.bankError)
            throw InputError(
                QStringLiteral("Bank line %1 is marked as a bank error; clear the mark first.")
                    .arg(id));
        lineSum += line.amount;
        latest = std::max(latest, line.date);
    }
    QSet<Id> wanted(txnIds.begin(), txnIds.end());
    const BankAccount account = accountOf(file, accountId);
    for (const LedgerItem &i : ledgerItemsByIds(file, accountId, txnIds)) {
        if (!wanted.contains(i.txnId))
            continue;
        if (i.groupId)
            throw InputError(
                QStringLiteral("Transaction %1 is already matched to a bank line.").arg(i.txnId));
        txnSum += i.amount;
        wanted.remove(i.txnId);
    }
    if (!wanted.isEmpty())
        throw InputError(QStringLiteral("Transaction %1 did not move the account %2.")
                             .arg(*wanted.begin())
                             .arg(account.name));
    if (lineSum != txnSum)
        throw InputError(QStringLiteral("The bank lines come to %1 but the ledger entries to %2; a "
                                        "match must be exact (enter the difference first).")
                             .arg(lineSum.display(), txnSum.display()));
    const Id id = insertMatchGroups(file,
        { { 0, accountId, QStringLiteral("manual"), lineIds, txnIds, {}, {},
            0 } }).front();
    QStringList t;
    for (Id x : txnIds)
        t << QString::number(x);
    audit(file, QStringLiteral("match"), QStringLiteral("bank_match"), id,
        QStringLiteral("%1 lines to transactions %2 (%3)")
            .arg(lineIds.size())
            .arg(t.join(u' '), lineSum.plain()));
    txn.commit();
    return id;
}

void unmatchLine(const ProviderFile &file, Id lineId, const QString &reason)
{
    WriteTransaction txn(file.database());
    const BankLine line = requireLine(file, lineId);
    if (!line.groupId)
        throw InputError(QStringLiteral("Bank line %1 is not matched.").arg(lineId));
    const auto group = matchGroup(file, line.groupId);
    if (group && group->lockedBy && reason.trimmed().isEmpty())
        throw LedgerError(QStringLiteral("The match of line %1 is part of signed reconciliation "
                                         "%2; undoing it needs a reason.")
                              .arg(lineId)
                              .arg(group->lockedBy));
    undoMatchGroup(file, line.groupId, reason.trimmed());
    audit(file, group && group->lockedBy ? QStringLiteral("reverse") : QStringLiteral("unmatch"),
        QStringLiteral("bank_match"), line.groupId,
        QStringLiteral("line %1%2")
            .arg(lineId)
            .arg(reason.trimmed().isEmpty() ? QString() : QStringLiteral(": ") + reason.trimmed()));
    txn.commit();
}

void markBankError(const ProviderFile &file, Id lineId, const QString &note)
{
    if (note.trimmed().isEmpty())
        throw InputError(QStringLiteral("Say what the bank got wrong (a note is required)."));
    WriteTransaction txn(file.database());
    const BankLine line = requireLine(file, lineId);
    if (line.groupId)
        throw InputError(
            QStringLiteral("Bank line %1 is matched; undo the match first.").arg(lineId));
    refuseIfSigned(file, line, QStringLiteral("marking it"));
    setBankError(file, lineId, true, note.trimmed());
    audit(file, QStringLiteral("bank_error"), QStringLiteral("bank_line"), lineId, note.trimmed());
    txn.commit();
}

void clearBankError(const ProviderFile &file, Id lineId, const QString &reason)
{
    WriteTransaction txn(file.database());
    const BankLine line = requireLine(file, lineId);
    if (!line.bankError)
        throw InputError(QStringLiteral("Bank line %1 is not marked as a bank error.").arg(lineId));
    refuseIfSigned(file, line, QStringLiteral("clearing its mark"));
    setBankError(file, lineId, false, QString());
    audit(file, QStringLiteral("clear_bank_error"), QStringLiteral("bank_line"), lineId, reason);
    txn.commit();
}

Id createEntryForLine(const ProviderFile &file, Id lineId, NewEntry e)
{
    WriteTransaction txn(file.database());
    const BankLine line = requireLine(file, lineId);
    if (line.groupId)
        throw InputError(QStringLiteral("Bank line %1 is already matched.").arg(lineId));
    if (line.bankError)
        throw InputError(QStringLiteral("Bank line %1 is marked as a bank error.").arg(lineId));
    const bool in = !line.amount.isNegative();
    if (e.kind == TxnKind::Adjustment) {
        e.amount = line.amount;
    } else {
        if (e.kind == TxnKind::Transfer || e.kind == TxnKind::Reversal
            || e.kind == TxnKind::OpeningBalance)
            throw InputError(QStringLiteral("A %1 cannot be made from a bank line here.")
                                 .arg(txnKindLabel(e.kind).toLower()));
        if (isMoneyIn(e.kind) != in)
            throw InputError(QStringLiteral("The bank line is money %1, but a %2 is money %3.")
                                 .arg(in ? QStringLiteral("in") : QStringLiteral("out"),
                                     txnKindLabel(e.kind).toLower(),
                                     in ? QStringLiteral("out") : QStringLiteral("in")));
        e.amount = in ? line.amount : -line.amount;
    }
    e.date = line.date;
    e.bankAccountId = line.accountId;
    if (e.reference.isEmpty())
        e.reference = line.reference;
    if (e.description.isEmpty())
        e.description = line.description;
    e.hours.reset();
    e.rate.reset();
    Ledger ledger(file);
    const Id txnId = ledger.post(e);
    const Id group = insertMatchGroups(file,
        { { 0, line.accountId, QStringLiteral("created"), { lineId }, { txnId }, {}, {},
            0 } }).front();
    audit(file, QStringLiteral("match"), QStringLiteral("bank_match"), group,
        QStringLiteral("line %1 to new transaction %2").arg(lineId).arg(txnId));
    txn.commit();
    return txnId;
}

} // namespace isf
