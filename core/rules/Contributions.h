// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include "core/domain/Entities.h"
#include "core/time/Period.h"

#include <vector>

namespace isf {

class AgreementTimeline;

// The person's assessed contribution, week by week.
//
// A week of the agreement starts on the start date and every 7 days after; its
// contribution falls due on its first day (in advance, like the council's payment).
// The amount for a week is, over the days d of that week the agreement covers, with
// C(d) the weekly contribution in force on d (fixed, or percent of the budget in force
// on d, rounded half away from zero to the penny):
//
//     due = round_half_away( sum over d of C(d) / 7 )
//
// so a whole week at one rate is exactly C, a part last week is pro rata by day, and a
// percentage contribution follows a budget change or uplift for the days it is in
// force, the same days the council nets off its payment.
// Worked figures: 12.5% of £944.00 = £118.00 a week; with a £70.00 uplift for 3 days
// of a week: (7 x 11,800 + 3 x 875) / 7 = 12,175p -> £121.75.
struct ContributionDue {
    Period week; // the days of the week the agreement covers
    QDate due; // the week's first day
    Money amount;
};

// Every week's contribution due on or before `dueThrough` (weeks with nothing due are
// left out).
std::vector<ContributionDue> contributionSchedule(
    const AgreementTimeline &timeline, const QDate &dueThrough);

// A contribution received (or, negative, reversed) on a day.
struct ContributionReceipt {
    QDate date;
    Money amount;
};

// A person's contribution position at the end of a day.
struct ContributionPosition {
    QDate asOf;
    Money due; // fallen due on or before asOf
    Money received; // received on or before asOf, net of reversals
    Money arrears() const { return due - received; } // negative when paid ahead
    Money weeklyInForce; // the weekly contribution in force on asOf
};

ContributionPosition contributionPosition(const AgreementTimeline &timeline,
    const std::vector<ContributionReceipt> &receipts, const QDate &asOf);

} // namespace isf
