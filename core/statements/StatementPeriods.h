// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
// Which statement periods a person has: their agreement's cycle (4-weekly from its
// statement anchor, or calendar months), for the days the agreement covers.

#include "core/domain/Entities.h"
#include "core/time/Period.h"

#include <vector>

namespace isf {

class ProviderFile;
class AgreementTimeline;

// The person's statement periods that END within range, oldest first. The cycle and
// anchor are the current agreement version's (the anchor defaults to the start date);
// a period counts when the agreement covers at least one of its days (so the period
// holding the agreement's last day, with its final return, is the final statement).
// Empty when the person has no agreement in force (drafts only) or no such period.
std::vector<Period> statementPeriodsEndingWithin(
    const ProviderFile &file, Id personId, const Period &range);
std::vector<Period> statementPeriodsEndingWithin(
    const AgreementTimeline &timeline, const Period &range);

// The person's statement period that ends on periodEnd; an invalid Period when none does.
Period statementPeriodEndingOn(const ProviderFile &file, Id personId, const QDate &periodEnd);

// The latest statement period that has ended by `day` (on or before it); an invalid
// Period when none has (no agreement in force, or it starts later).
Period latestStatementPeriodEndedBy(const ProviderFile &file, Id personId, const QDate &day);

// A person with a statement period ending within a range.
struct StatementDue {
    Id personId = 0;
    QString ref;
    QString name;
    Period period;
};

// Every person's statement periods ending within range, by reference then period: who
// `isf statements` prints for. Reads every agreement version in one go.
std::vector<StatementDue> statementsDueWithin(const ProviderFile &file, const Period &range);

} // namespace isf
