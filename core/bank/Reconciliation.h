// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include "core/bank/BankRecords.h"

#include <optional>
#include <vector>

namespace isf {

class ProviderFile;

// The client bank account reconciled against the bank's own statement at the end of
// a day:
//   adjusted bank balance = bank balance + uncleared in - uncleared out - bank errors
//   difference            = adjusted bank balance - ledger balance
// Uncleared: ledger entries to the day not yet through the bank (a cheque not yet
// presented, a receipt not yet banked). Unmatched: bank lines to the day with no
// ledger entry (a bank charge nobody entered); they are the difference until someone
// enters them or marks them as a bank error. The ledger balance must also equal the
// sum of the people's funds held in the account. Signing needs both to be zero.
struct ReconciliationFigures {
    Id accountId = 0;
    QString accountName;
    QDate asOf;
    QDate statementsThrough; // the last day the imported statements cover
    Money bankBalance, unclearedIn, unclearedOut, unmatchedIn, unmatchedOut, bankErrors;
    Money adjustedBankBalance, ledgerBalance, fundsTotal, difference;
    std::vector<LedgerItem> uncleared;
    std::vector<BankLine> unmatched, errors;

    Money fundsDifference() const { return ledgerBalance - fundsTotal; }
    // Empty when it can be signed; otherwise why not, in plain words.
    QString whyNotSignable() const;
};

// Throws InputError when the account has no statement imported yet.
ReconciliationFigures reconcileAccount(const ProviderFile &file, Id accountId, const QDate &asOf);

struct SignedReconciliation {
    Id id = 0;
    Id accountId = 0;
    QString accountName;
    QDate asOf;
    Money bankBalance, unclearedIn, unclearedOut, unmatchedIn, unmatchedOut, bankErrors;
    Money adjustedBankBalance, ledgerBalance, fundsTotal, difference;
    QString note, signedBy, signedAt;
};

// Signs the reconciliation at asOf: refused unless it balances (difference and funds
// difference zero), asOf is covered by the statements, not in the future and after
// the last signed one, and a note is given. Records who and when through the audit
// log and locks the matches it relies on.
SignedReconciliation signReconciliation(
    const ProviderFile &file, Id accountId, const QDate &asOf, const QString &note);

std::optional<SignedReconciliation> lastSignedReconciliation(
    const ProviderFile &file, Id accountId, const QDate &onOrBefore = {});
// Signed reconciliations of one account (0: every account) with as-of dates in
// [from, to] (either may be invalid for no limit), oldest first.
std::vector<SignedReconciliation> signedReconciliations(
    const ProviderFile &file, Id accountId = 0, const QDate &from = {}, const QDate &to = {});

// The provider's reconcile_weeks (default 5): the longest an account may go without a
// signed reconciliation.
int reconcileWeeks(const ProviderFile &file);
void setReconcileWeeks(const ProviderFile &file, int weeks);

} // namespace isf
