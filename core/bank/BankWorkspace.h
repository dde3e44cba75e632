// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include "core/bank/BankAccounts.h"
#include "core/bank/Matcher.h"
#include "core/bank/Reconciliation.h"

#include <QHash>

namespace isf {

class ProviderFile;

// Everything the reconciliation screen shows for one account at a day, read at once:
// the statement lines and the ledger entries side by side (from a while before the
// bank's first line, so old cheques can be found), the figures, and the suggestions
// for each unmatched line.
struct BankWorkspace {
    BankAccount account;
    QDate asOf;
    std::vector<BankLine> lines; // to asOf, oldest first
    std::vector<LedgerItem> items; // to asOf
    std::optional<ReconciliationFigures> figures; // none before the first statement
    QHash<Id, std::vector<MatchCandidate>> suggestions; // by unmatched line id
};

BankWorkspace loadBankWorkspace(const ProviderFile &file, Id accountId, const QDate &asOf);

} // namespace isf
