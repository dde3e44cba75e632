// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include "core/bank/Matcher.h"
#include "core/ledger/Entry.h"

#include <vector>

namespace isf {

class ProviderFile;

// The matching a person does, one core call per action (the CLI and the desktop both
// call these). Each runs in one transaction and writes the audit log. Matched ledger
// entries are cleared; a match inside a signed reconciliation is locked and is undone
// only with a reason.

// Matches every unmatched line of the account that has exactly one exact candidate
// (see planMatches); returns how many lines were matched and what is left to review.
struct AutoMatchResult {
    int matched = 0;
    std::vector<LineReview> review;
};
AutoMatchResult autoMatch(const ProviderFile &file, Id accountId);

// The review queue: every unmatched line that is not a bank error, with its ranked
// suggestions.
std::vector<LineReview> reviewQueue(const ProviderFile &file, Id accountId);

// Matches bank lines to ledger transactions by hand. Refused (InputError) when a line
// or transaction is already matched or on another account, a line is marked as a bank
// error, or the sums differ (both sums are named).
Id matchManually(
    const ProviderFile &file, const std::vector<Id> &lineIds, const std::vector<Id> &txnIds);

// Undoes the match of a line. A locked match (in a signed reconciliation) needs a
// reason, which is kept with it.
void unmatchLine(const ProviderFile &file, Id lineId, const QString &reason);

// Marks an unmatched line as the bank's mistake, to be corrected by the bank (the
// reconciliation lists it and takes it out of the adjusted balance); or clears the mark.
void markBankError(const ProviderFile &file, Id lineId, const QString &note);
void clearBankError(const ProviderFile &file, Id lineId, const QString &reason);

// Posts the ledger entry an unmatched line shows (a bank charge, interest, a
// contribution paid straight to the bank) and matches it, in one step. The entry's
// date, amount and bank account come from the line; `entry` gives the kind, person,
// category and anything else. The kind must move money the way the line does.
Id createEntryForLine(const ProviderFile &file, Id lineId, NewEntry entry);

} // namespace isf
