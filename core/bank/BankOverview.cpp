// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "core/bank/BankOverview.h"

#include "core/bank/BankStore.h"

namespace isf {

std::vector<BankAccountStatus> bankAccountStatuses(const ProviderFile &file, const QDate &today)
{
    std::vector<BankAccountStatus> out;
    const int weeks = reconcileWeeks(file);
    for (const BankAccount &a : listBankAccounts(file)) {
        BankAccountStatus s;
        s.account = a;
        s.lastSigned = lastSignedReconciliation(file, a.id, today);
        s.hasStatements = a.openingDate.isValid();
        if (s.lastSigned)
            s.ageDays = s.lastSigned->asOf.daysTo(today);
        const QDate from = s.lastSigned ? s.lastSigned->asOf : a.openingDate.addDays(1);
        s.overdue = s.hasStatements && from.daysTo(today) > 7 * weeks;
        if (s.hasStatements) {
            const QDate through = lastStatementDay(file, a.id);
            s.currentAsOf = through.isValid() && through < today ? through : today;
            const ReconciliationFigures f = reconcileAccount(file, a.id, s.currentAsOf);
            s.currentDifference = f.difference;
            s.unmatchedLines = int(f.unmatched.size());
            s.unclearedEntries = int(f.uncleared.size());
        }
        out.push_back(std::move(s));
    }
    return out;
}

} // namespace isf
