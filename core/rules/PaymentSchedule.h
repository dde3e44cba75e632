// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include "core/domain/Entities.h"
#include "core/time/Period.h"

#include <vector>

namespace isf {

class AgreementTimeline;

// The council payments an agreement should bring in.
//
// Payment cycles. Cycle k runs for N = payment_interval_weeks weeks from the anchor:
//     cycle_k = [A + 7Nk, A + 7N(k+1) - 1]
// where A is the council's payment_anchor (its payment run) or, when none is set, the
// agreement's start date. A payment covers the days of its cycle that the agreement
// covers (start date to last day): the first and last payments may cover part cycles.
//
// Due date. In advance (payment_in_advance = yes): the first day the payment covers
// (the cycle's first day; the start date for a part first cycle). In arrears: the day
// after the cycle's last day (the next run), for a part last cycle too.
//
// Amount. For the days d the payment covers, with B(d) the weekly budget in force on d
// (budget step plus any uplift in force that day) and C(d) the weekly contribution in
// force on d (fixed, or percent of B(d) rounded half away from zero to the penny):
//
//     amount = round_half_away( sum over d of max(0, B(d) - C(d)) / 7 )
//
// computed in whole pence: the sum of the daily net weekly amounts, divided by 7 once
// per payment. A week at one rate gives exactly B - C; budget changes and uplifts that
// start or end mid-period count for the days they are in force; part periods are paid
// pro rata by day. Worked figures (Lancashire, every 4 weeks in advance, budget
// £944.00 a week, contribution £20.50, start Monday 6 April 2026):
//   payment 1, 6 Apr - 3 May (28 days): 28 x 92,350p / 7 = £3,694.00, due 6 April.
//   with a £70.00 uplift 15 - 21 April (7 days): + 7 x 7,000p / 7 = £3,764.00.
//   agreement ending Friday 8 May: payment 2 covers 4 - 8 May (5 days):
//   5 x 92,350p / 7 = 65,964.29p -> £659.64.
struct ExpectedPayment {
    int number = 0; // 1 for the agreement's first payment
    Period cycle; // the whole payment cycle
    Period period; // the days it pays for (part of the cycle at the start or end)
    QDate due;
    Money amount;
    bool isPart() const { return period != cycle; }
};

// The payments due on or before `dueThrough`, in order. Empty when the agreement is not
// in force (drafts only, or none).
std::vector<ExpectedPayment> paymentSchedule(
    const AgreementTimeline &timeline, const Policy &policy, const QDate &dueThrough);

// The formula above for any run of days (days outside the agreement count nothing).
Money netFundingFor(const AgreementTimeline &timeline, const Period &days);

// The payment cycle containing a day, for an agreement under a policy.
Period paymentCycleContaining(
    const AgreementTimeline &timeline, const Policy &policy, const QDate &day);

} // namespace isf
