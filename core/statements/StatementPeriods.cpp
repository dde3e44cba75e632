// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "core/statements/StatementPeriods.h"

#include "core/rules/AgreementTimeline.h"
#include "core/storage/PersonStore.h"

#include <algorithm>

namespace isf {
namespace {

QDate anchorOf(const Agreement &a)
{
    return a.statementAnchor.isValid() ? a.statementAnchor : a.startDate;
}

} // namespace

std::vector<Period> statementPeriodsEndingWithin(
    const AgreementTimeline &timeline, const Period &range)
{
    std::vector<Period> out;
    if (!timeline.hasFunding() || !range.isValid() || !timeline.firstDay().isValid())
        return out;
    const Agreement &current = timeline.current();
    const StatementCycle cycle = current.statementCycle;
    const QDate anchor = anchorOf(current);
    // A period that counts ends within range and on or after the agreement's first day.
    QDate from = std::max(range.first, timeline.firstDay());
    while (from <= range.last) {
        const Period p = statementPeriodContaining(cycle, anchor, from);
        if (p.last > range.last)
            break;
        if (timeline.lastDay().isValid() && p.first > timeline.lastDay())
            break;
        if (timeline.coveredWithin(p.first, p.last).isValid())
            out.push_back(p);
        from = p.last.addDays(1);
    }
    return out;
}

std::vector<Period> statementPeriodsEndingWithin(
    const ProviderFile &file, Id personId, const Period &range)
{
    return statementPeriodsEndingWithin(timelineFor(file, personId), range);
}

Period statementPeriodEndingOn(const ProviderFile &file, Id personId, const QDate &periodEnd)
{
    const std::vector<Period> periods
        = statementPeriodsEndingWithin(file, personId, Period { periodEnd, periodEnd });
    return periods.empty() ? Period {} : periods.front();
}

Period latestStatementPeriodEndedBy(const ProviderFile &file, Id personId, const QDate &day)
{
    const AgreementTimeline timeline = timelineFor(file, personId);
    if (!timeline.hasFunding() || !timeline.firstDay().isValid() || day < timeline.firstDay())
        return {};
    // Periods are at most a month long: look back from the last day that could end one.
    QDate last = day;
    if (timeline.lastDay().isValid()) {
        const Agreement &a = timeline.current();
        const Period final
            = statementPeriodContaining(a.statementCycle, anchorOf(a), timeline.lastDay());
        last = std::min(last, final.last);
    }
    const std::vector<Period> periods = statementPeriodsEndingWithin(
        timeline, Period { std::max(timeline.firstDay(), last.addDays(-31)), last });
    return periods.empty() ? Period {} : periods.back();
}

std::vector<StatementDue> statementsDueWithin(const ProviderFile &file, const Period &range)
{
    const QHash<Id, AgreementTimeline> timelines = allTimelines(file);
    std::vector<StatementDue> out;
    for (const Person &p : listPeople(file)) {
        const auto it = timelines.constFind(p.id);
        if (it == timelines.constEnd())
            continue;
        for (const Period &period : statementPeriodsEndingWithin(*it, range))
            out.push_back({ p.id, p.ref, p.fullName(), period });
    }
    std::sort(out.begin(), out.end(), [](const StatementDue &a, const StatementDue &b) {
        return std::tie(a.ref, a.period.last) < std::tie(b.ref, b.period.last);
    });
    return out;
}

} // namespace isf
