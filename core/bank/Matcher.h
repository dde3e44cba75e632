// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include "core/bank/BankRecords.h"

#include <vector>

namespace isf {

// How far apart a bank line and a ledger entry may be dated and still be a match: a
// cheque or a BACS run can reach the bank weeks after it was entered, and an entry
// is sometimes made a few days after the bank took the money.
constexpr int kMatchDaysBefore = 45; // ledger entry up to this many days before the line
constexpr int kMatchDaysAfter = 7; // ... or this many days after it

// Ledger entries that, together, could be what a bank line is: one entry, or the
// council payments of one remittance (one bank line, many people).
struct MatchCandidate {
    std::vector<Id> txnIds;
    Money amount;
    int score = 0; // 0..100: amount equal 50, text names it 30, dates close up to 20
    bool exact = false; // amount equal, within the window, and the text names it
    QString why; // "remittance REM-0412 (12 payments)", "reference INV-9", ...
};

struct LineReview {
    Id lineId = 0;
    std::vector<MatchCandidate> candidates; // best first, at most five
};

struct MatchPlan {
    struct Automatic {
        Id lineId = 0;
        MatchCandidate candidate;
    };
    std::vector<Automatic> automatic;
    std::vector<LineReview> review; // the lines left, with their suggestions
};

// Plans the matching of unmatched bank lines against unmatched ledger entries. A line
// is matched automatically only when exactly one candidate fits it exactly and no
// other line's exact candidates share an entry with it (two £25.00 lines on one day
// against two £25.00 taxi fares go to review, never to a guess). Everything else is
// a ranked suggestion. Opening balances, and entries reversed (or reversals) that are
// not matched, are never candidates: they never reach a bank.
MatchPlan planMatches(const std::vector<BankLine> &lines, const std::vector<LedgerItem> &items);

// The ranked candidates for one line (for the review queue and the desktop).
std::vector<MatchCandidate> suggestionsFor(
    const BankLine &line, const std::vector<LedgerItem> &items, int limit = 5);

} // namespace isf
