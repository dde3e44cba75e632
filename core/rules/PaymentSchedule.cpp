// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "core/rules/PaymentSchedule.h"

#include "core/rules/AgreementTimeline.h"

#include <algorithm>

namespace isf {
namespace {

qint64 floorDiv(qint64 a, qint64 b)
{
    return a >= 0 ? a / b : -((-a + b - 1) / b);
}

QDate anchorOf(const AgreementTimeline &timeline, const Policy &policy)
{
    return policy.paymentAnchor ? *policy.paymentAnchor : timeline.firstDay();
}

} // namespace

Money netFundingFor(const AgreementTimeline &timeline, const Period &days)
{
    const Period covered = timeline.coveredWithin(days.first, days.last);
    if (!covered.isValid())
        return Money();
    qint64 sevenths = 0; // sum of daily net weekly amounts, in pence (sevenths of a day's pay)
    for (QDate d = covered.first; d <= covered.last; d = d.addDays(1)) {
        const Agreement &v = timeline.versionOn(d);
        const Money budget = v.weeklyBudgetOn(d);
        Money contribution;
        switch (v.contributionKind) {
        case ContributionKind::None:
            break;
        case ContributionKind::Fixed:
            contribution = v.weeklyContribution;
            break;
        case ContributionKind::Percent:
            contribution = budget.scaled(v.contributionPercentBp, 10000);
            break;
        }
        sevenths += std::max<qint64>(0, (budget - contribution).pence());
    }
    return Money::fromPence(divideRoundHalfAway(sevenths, 7));
}

Period paymentCycleContaining(
    const AgreementTimeline &timeline, const Policy &policy, const QDate &day)
{
    const qint64 length = 7LL * std::max(1, policy.paymentIntervalWeeks);
    const QDate anchor = anchorOf(timeline, policy);
    const QDate first = anchor.addDays(floorDiv(anchor.daysTo(day), length) * length);
    return { first, first.addDays(length - 1) };
}

std::vector<ExpectedPayment> paymentSchedule(
    const AgreementTimeline &timeline, const Policy &policy, const QDate &dueThrough)
{
    std::vector<ExpectedPayment> out;
    if (!timeline.hasFunding() || !timeline.firstDay().isValid())
        return out;
    const qint64 length = 7LL * std::max(1, policy.paymentIntervalWeeks);
    Period cycle = paymentCycleContaining(timeline, policy, timeline.firstDay());
    const QDate last = timeline.lastDay();
    int number = 0;
    while (!last.isValid() || cycle.first <= last) {
        const Period covered = timeline.coveredWithin(cycle.first, cycle.last);
        if (covered.isValid()) {
            ExpectedPayment p;
            p.number = ++number;
            p.cycle = cycle;
            p.period = covered;
            p.due = policy.paymentInAdvance ? covered.first : cycle.last.addDays(1);
            if (p.due > dueThrough)
                break;
            p.amount = netFundingFor(timeline, covered);
            out.push_back(p);
        }
        cycle = { cycle.first.addDays(length), cycle.last.addDays(length) };
    }
    return out;
}

} // namespace isf
