// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "core/bank/BankWorkspace.h"

#include "core/bank/BankStore.h"
#include "core/util/Errors.h"

namespace isf {

BankWorkspace loadBankWorkspace(const ProviderFile &file, Id accountId, const QDate &asOf)
{
    BankWorkspace w;
    const auto account = bankAccountById(file, accountId);
    if (!account)
        throw InputError(QStringLiteral("There is no client bank account %1.").arg(accountId));
    w.account = *account;
    w.asOf = asOf;
    if (!account->openingDate.isValid())
        return w;
    w.lines = loadBankLines(file, accountId, asOf, false);
    w.items = loadLedgerItems(
        file, accountId, account->openingDate.addDays(-2 * kMatchDaysBefore), asOf, false);
    w.figures = reconcileAccount(file, accountId, asOf);
    std::vector<BankLine> open;
    for (const BankLine &l : w.lines)
        if (!l.groupId && !l.bankError)
            open.push_back(l);
    MatchPlan plan = planMatches(open, w.items);
    for (LineReview &r : plan.review)
        w.suggestions.insert(r.lineId, std::move(r.candidates));
    for (MatchPlan::Automatic &a : plan.automatic) // imported without matching
        w.suggestions.insert(a.lineId, { std::move(a.candidate) });
    return w;
}

} // namespace isf
