// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "core/rules/Contributions.h"

#include "core/rules/AgreementTimeline.h"

#include <algorithm>

namespace isf {
namespace {

bool anyContribution(const AgreementTimeline &timeline)
{
    return std::any_of(timeline.versions().begin(), timeline.versions().end(),
        [](const Agreement &a) { return a.contributionKind != ContributionKind::None; });
}

} // namespace

std::vector<ContributionDue> contributionSchedule(
    const AgreementTimeline &timeline, const QDate &dueThrough)
{
    std::vector<ContributionDue> out;
    if (!timeline.hasFunding() || !anyContribution(timeline))
        return out;
    const QDate last = timeline.lastDay();
    for (QDate first = timeline.firstDay();
         first <= dueThrough && (!last.isValid() || first <= last); first = first.addDays(7)) {
        const Period week = timeline.coveredWithin(first, first.addDays(6));
        qint64 sevenths = 0;
        for (QDate d = week.first; d <= week.last; d = d.addDays(1))
            sevenths += timeline.versionOn(d).weeklyContributionOn(d).pence();
        const Money amount = Money::fromPence(divideRoundHalfAway(sevenths, 7));
        if (!amount.isZero())
            out.push_back({ week, week.first, amount });
    }
    return out;
}

ContributionPosition contributionPosition(const AgreementTimeline &timeline,
    const std::vector<ContributionReceipt> &receipts, const QDate &asOf)
{
    ContributionPosition p;
    p.asOf = asOf;
    for (const ContributionDue &d : contributionSchedule(timeline, asOf))
        p.due += d.amount;
    for (const ContributionReceipt &r : receipts)
        if (r.date <= asOf)
            p.received += r.amount;
    p.weeklyInForce = timeline.weeklyContributionOn(asOf);
    return p;
}

} // namespace isf
