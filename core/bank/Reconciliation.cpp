// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "core/bank/Reconciliation.h"

#include "core/bank/BankAccounts.h"
#include "core/bank/BankStore.h"
#include "core/bank/MatchStore.h"
#include "core/storage/AuditLog.h"
#include "core/storage/ProviderFile.h"
#include "core/storage/RowValues.h"
#include "core/storage/Sql.h"
#include "core/time/Clock.h"
#include "core/time/Dates.h"
#include "core/util/Errors.h"

#include <QHash>

namespace isf {
namespace {

const QString kSignedColumns = QStringLiteral(
    "r.id, r.account_id, a.name, r.as_of, r.bank_balance, r.uncleared_in, r.uncleared_out, "
    "r.unmatched_in, r.unmatched_out, r.bank_errors, r.adjusted_bank_balance, r.ledger_balance, "
    "r.funds_total, r.difference, r.note, r.signed_by, r.signed_at FROM reconciliations r JOIN "
    "accounts a ON a.id = r.account_id");

SignedReconciliation readSigned(SqlQuery &q)
{
    SignedReconciliation s;
    s.id = q.int64(0);
    s.accountId = q.int64(1);
    s.accountName = q.text(2);
    s.asOf = toDate(q.value(3));
    Money *figures[] = { &s.bankBalance, &s.unclearedIn, &s.unclearedOut, &s.unmatchedIn,
        &s.unmatchedOut, &s.bankErrors, &s.adjustedBankBalance, &s.ledgerBalance, &s.fundsTotal,
        &s.difference };
    for (int i = 0; i < 10; ++i)
        *figures[i] = Money::fromPence(q.int64(4 + i));
    s.note = q.text(14);
    s.signedBy = q.text(15);
    s.signedAt = q.text(16);
    return s;
}

Money magnitude(Money m)
{
    return m.isNegative() ? -m : m;
}

} // namespace

QString ReconciliationFigures::whyNotSignable() const
{
    if (!difference.isZero())
        return QStringLiteral("The adjusted bank balance %1 differs from the ledger's %2 by %3: "
                              "enter or match the unmatched bank lines first.")
            .arg(adjustedBankBalance.display(), ledgerBalance.display(), difference.display());
    if (!fundsDifference().isZero())
        return QStringLiteral("The ledger's bank balance %1 differs from the sum of the people's "
                              "funds %2 by %3.")
            .arg(ledgerBalance.display(), fundsTotal.display(), fundsDifference().display());
    if (!statementsThrough.isValid() || asOf > statementsThrough)
        return QStringLiteral("The bank statements imported reach %1 only; import the statement "
                              "that covers %2 first.")
            .arg(
                statementsThrough.isValid() ? isoDate(statementsThrough) : QStringLiteral("no day"),
                isoDate(asOf));
    return QString();
}

ReconciliationFigures reconcileAccount(const ProviderFile &file, Id accountId, const QDate &asOf)
{
    const auto account = bankAccountById(file, accountId);
    if (!account)
        throw InputError(QStringLiteral("There is no client bank account %1.").arg(accountId));
    if (!account->openingDate.isValid())
        throw InputError(QStringLiteral("No bank statement has been imported for %1 yet: import "
                                        "one with 'isf bank import' first.")
                             .arg(account->name));
    ReconciliationFigures r;
    r.accountId = accountId;
    r.accountName = account->name;
    r.asOf = asOf;
    r.statementsThrough = lastStatementDay(file, accountId);
    r.bankBalance = bankBalanceAt(file, accountId, asOf);
    const QHash<Id, QDate> lineDates = matchedLineDates(file, accountId);
    const QHash<Id, QDate> txnDates = matchedTxnDates(file, accountId);

    const std::vector<LedgerItem> items
        = loadLedgerItems(file, accountId, account->openingDate, asOf, false);
    QHash<Id, const LedgerItem *> byId;
    for (const LedgerItem &i : items)
        byId.insert(i.txnId, &i);
    for (const LedgerItem &i : items) {
        if (i.kind == TxnKind::OpeningBalance && !i.groupId)
            continue; // money the bank held before the ledger began: in its opening balance
        if (i.groupId) {
            if (lineDates.value(i.groupId) <= asOf)
                continue; // cleared by the bank on or before the day
        } else {
            // An entry and its reversal, both unmatched, cancel out: neither reaches a bank.
            const Id other = i.reversedById ? i.reversedById : i.reversesId;
            const LedgerItem *pair = other ? byId.value(other) : nullptr;
            if (pair && !pair->groupId)
                continue;
            if (i.date <= account->openingDate)
                continue;
        }
        r.uncleared.push_back(i);
        (i.amount.isNegative() ? r.unclearedOut : r.unclearedIn) += magnitude(i.amount);
    }
    for (const BankLine &l : loadBankLines(file, accountId, asOf, false)) {
        if (l.bankError) {
            r.errors.push_back(l);
            r.bankErrors += l.amount;
            continue;
        }
        if (l.groupId && txnDates.value(l.groupId) <= asOf)
            continue;
        r.unmatched.push_back(l);
        (l.amount.isNegative() ? r.unmatchedOut : r.unmatchedIn) += magnitude(l.amount);
    }
    r.adjustedBankBalance = r.bankBalance + r.unclearedIn - r.unclearedOut - r.bankErrors;
    r.ledgerBalance = ledgerBalanceAt(file, accountId, asOf, false);
    r.fundsTotal = ledgerBalanceAt(file, accountId, asOf, true);
    r.difference = r.adjustedBankBalance - r.ledgerBalance;
    return r;
}

SignedReconciliation signReconciliation(
    const ProviderFile &file, Id accountId, const QDate &asOf, const QString &note)
{
    if (note.trimmed().isEmpty())
        throw InputError(QStringLiteral("Signing a reconciliation needs a note (--note)."));
    if (asOf > file.clock().today())
        throw InputError(QStringLiteral("A reconciliation cannot be signed for a day still to come "
                                        "(%1).")
                             .arg(isoDate(asOf)));
    WriteTransaction txn(file.database());
    const ReconciliationFigures f = reconcileAccount(file, accountId, asOf);
    const QString why = f.whyNotSignable();
    if (!why.isEmpty())
        throw LedgerError(QStringLiteral("Not signed: ") + why);
    if (const auto last = lastSignedReconciliation(file, accountId); last && last->asOf >= asOf)
        throw LedgerError(
            QStringLiteral("Not signed: a reconciliation of %1 is already signed to %2.")
                .arg(f.accountName, isoDate(last->asOf)));
    SignedReconciliation s;
    s.accountId = accountId;
    s.accountName = f.accountName;
    s.asOf = asOf;
    s.bankBalance = f.bankBalance;
    s.unclearedIn = f.unclearedIn;
    s.unclearedOut = f.unclearedOut;
    s.unmatchedIn = f.unmatchedIn;
    s.unmatchedOut = f.unmatchedOut;
    s.bankErrors = f.bankErrors;
    s.adjustedBankBalance = f.adjustedBankBalance;
    s.ledgerBalance = f.ledgerBalance;
    s.fundsTotal = f.fundsTotal;
    s.difference = f.difference;
    s.note = note.trimmed();
    s.signedBy = file.userName();
    s.signedAt = timestamp(file);
    SqlQuery q(file.database(),
        QStringLiteral(
            "INSERT INTO reconciliations (account_id, as_of, bank_balance, uncleared_in, "
            "uncleared_out, unmatched_in, unmatched_out, bank_errors, "
            "adjusted_bank_balance, ledger_balance, funds_total, difference, note, "
            "signed_by, signed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.bind({ accountId, isoDate(asOf), s.bankBalance.pence(), s.unclearedIn.pence(),
               s.unclearedOut.pence(), s.unmatchedIn.pence(), s.unmatchedOut.pence(),
               s.bankErrors.pence(), s.adjustedBankBalance.pence(), s.ledgerBalance.pence(),
               s.fundsTotal.pence(), s.difference.pence(), s.note, s.signedBy, s.signedAt })
        .exec("sign the reconciliation");
    s.id = q.lastInsertId();
    const int locked = lockMatchGroups(file, accountId, isoDate(asOf), s.id);
    audit(file, QStringLiteral("sign"), QStringLiteral("reconciliation"), s.id,
        QStringLiteral("%1 at %2: bank %3, adjusted %4, ledger %5, funds %6, difference %7; "
                       "%8 matches locked; %9")
            .arg(s.accountName, isoDate(asOf), s.bankBalance.plain(), s.adjustedBankBalance.plain(),
                s.ledgerBalance.plain(), s.fundsTotal.plain(), s.difference.plain())
            .arg(locked)
            .arg(s.note));
    txn.commit();
    return s;
}

std::optional<SignedReconciliation> lastSignedReconciliation(
    const ProviderFile &file, Id accountId, const QDate &onOrBefore)
{
    SqlQuery q(file.database(),
        QStringLiteral("SELECT ") + kSignedColumns
            + QStringLiteral(" WHERE r.account_id = ? AND r.as_of <= ? ORDER BY r.as_of DESC, r.id "
                             "DESC LIMIT 1"));
    q.bind({ accountId, onOrBefore.isValid() ? isoDate(onOrBefore) : QStringLiteral("9999-12-31") })
        .exec("read the signed reconciliations");
    if (!q.next())
        return std::nullopt;
    return readSigned(q);
}

std::vector<SignedReconciliation> signedReconciliations(
    const ProviderFile &file, Id accountId, const QDate &from, const QDate &to)
{
    SqlQuery q(file.database(),
        QStringLiteral("SELECT ") + kSignedColumns
            + QStringLiteral(" WHERE (? = 0 OR r.account_id = ?) AND r.as_of >= ? AND r.as_of <= ? "
                             "ORDER BY r.as_of, r.id"));
    q.bind({ accountId, accountId, from.isValid() ? isoDate(from) : QStringLiteral("0000-01-01"),
               to.isValid() ? isoDate(to) : QStringLiteral("9999-12-31") })
        .exec("read the signed reconciliations");
    std::vector<SignedReconciliation> out;
    while (q.next())
        out.push_back(readSigned(q));
    return out;
}

int reconcileWeeks(const ProviderFile &file)
{
    return scalar(file.database(),
        QStringLiteral("SELECT reconcile_weeks FROM provider WHERE id = 1"), {},
        "read the provider's policy")
        .toInt();
}

void setReconcileWeeks(const ProviderFile &file, int weeks)
{
    if (weeks < 1 || weeks > 52)
        throw InputError(
            QStringLiteral("reconcile_weeks must be between 1 and 52, not %1.").arg(weeks));
    WriteTransaction txn(file.database());
    SqlQuery(
        file.database(), QStringLiteral("UPDATE provider SET reconcile_weeks = ? WHERE id = 1"))
        .bind({ weeks })
        .exec("save the provider's policy");
    audit(file, QStringLiteral("update"), QStringLiteral("provider"), 1,
        QStringLiteral("reconcile_weeks %1").arg(weeks));
    txn.commit();
}

} // namespace isf
