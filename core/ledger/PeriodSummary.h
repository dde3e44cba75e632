// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include "core/domain/Entities.h"
#include "core/time/Period.h"

#include <QHash>

#include <vector>

namespace isf {

class ProviderFile;

// What moved a person's fund over a period, by kind of money and by expense
// category. Reversals land in the same lines as what they reverse (they post to the
// same accounts), so each line is a net figure. Always:
//   opening + moneyIn() - moneyOut() == closing.
struct FundSummary {
    Id personId = 0;
    QString ref;
    Money opening, closing;
    Money councilPayments, contributions, openingBalances, adjustments; // money in
    Money returnsToCouncil; // money out
    QHash<Id, Money> spendingByCategory; // category id -> net spend

    Money spending() const;
    Money moneyIn() const
    {
        return councilPayments + contributions + openingBalances + adjustments;
    }
    Money moneyOut() const { return spending() + returnsToCouncil; }
    bool balances() const { return opening + moneyIn() - moneyOut() == closing; }
};

// Every person's summary (or the people of one council, or one person) over a
// period, from one grouped query over the period's postings.
std::vector<FundSummary> summarisePeriod(
    const ProviderFile &file, const Period &period, Id councilId = 0, Id personId = 0);

} // namespace isf
