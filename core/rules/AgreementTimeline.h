// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include "core/domain/Entities.h"
#include "core/time/Period.h"

#include <QHash>

#include <vector>

namespace isf {

class ProviderFile;

// One person's ISF agreement over time: every version, so that the rules follow budget,
// uplift, contribution and plan changes day by day rather than applying today's
// figures to the past.
//
// - The version in force on a day is the highest-numbered non-draft version whose
//   effective_from is on or before that day (the first version before any of them).
//   A budget change, uplift or contribution change makes a new version that copies
//   the one before and takes effect from the change, so each day has one answer.
// - The agreement runs from the current version's start date to its last day: the
//   earliest of the planned end date, the day notice ends (status notice or ended)
//   and the day it ended (status ended). Open-ended when none is set.
// - A person whose only versions are drafts has an agreement that is not yet in
//   force: nothing is due under it (hasFunding() is false).
class AgreementTimeline {
public:
    AgreementTimeline() = default;
    // Every version of one person's agreement, in any order.
    explicit AgreementTimeline(std::vector<Agreement> versions);

    bool isEmpty() const { return m_versions.empty(); }
    // False when there is no agreement, or only drafts.
    bool hasFunding() const { return m_funded; }
    // The version in force now: the latest non-draft (or the latest draft).
    const Agreement &current() const { return m_versions[m_current]; }
    // Non-draft versions (or the drafts, when there is nothing else), oldest first.
    const std::vector<Agreement> &versions() const { return m_versions; }

    QDate firstDay() const { return m_first; }
    // Invalid when the agreement has no end.
    QDate lastDay() const { return m_last; }
    bool covers(const QDate &day) const
    {
        return m_funded && day >= m_first && (!m_last.isValid() || day <= m_last);
    }
    // The days covered within [from, to], or an invalid Period when none.
    Period coveredWithin(const QDate &from, const QDate &to) const;

    const Agreement &versionOn(const QDate &day) const;
    // The weekly ISF budget (uplifts included) and weekly contribution in force on a
    // day; zero on days the agreement does not cover.
    Money weeklyBudgetOn(const QDate &day) const;
    Money weeklyContributionOn(const QDate &day) const;
    // The budget the balance limits are measured against: before the start, the
    // budget of the first day (a payment in advance may arrive early); after the last
    // day, zero (everything left should go back to the council).
    Money limitBudgetOn(const QDate &day) const;

    // The week of the agreement containing a day (weeks start on the start date).
    Period weekContaining(const QDate &day) const;

    // The council's policy with the current version's overrides.
    Policy policy(const Policy &councilPolicy) const;

private:
    std::vector<Agreement> m_versions;
    std::size_t m_current = 0;
    bool m_funded = false;
    QDate m_first, m_last;
};

// Every person's timeline, keyed by person id, from one read of all versions.
QHash<Id, AgreementTimeline> allTimelines(const ProviderFile &file);
AgreementTimeline timelineFor(const ProviderFile &file, Id personId);

} // namespace isf
