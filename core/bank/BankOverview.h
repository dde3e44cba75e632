// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include "core/bank/BankAccounts.h"
#include "core/bank/Reconciliation.h"

#include <optional>
#include <vector>

namespace isf {

class ProviderFile;

// Where each client bank account stands, from the bank's own data: its last signed
// reconciliation and how old it is, and the reconciliation at the last day its
// statements cover (never later than today) with what is still to match.
struct BankAccountStatus {
    BankAccount account;
    std::optional<SignedReconciliation> lastSigned;
    qint64 ageDays = -1; // today - lastSigned->asOf; -1 when never signed
    bool overdue = false; // older than reconcile_weeks (or never, with statements imported)
    bool hasStatements = false;
    QDate currentAsOf;
    Money currentDifference;
    int unmatchedLines = 0, unclearedEntries = 0;
};

std::vector<BankAccountStatus> bankAccountStatuses(const ProviderFile &file, const QDate &today);

} // namespace isf
