// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "core/rules/AgreementTimeline.h"

#include "core/storage/AgreementStore.h"
#include "core/time/Period.h"

#include <algorithm>

namespace isf {

AgreementTimeline::AgreementTimeline(std::vector<Agreement> versions)
{
    std::sort(versions.begin(), versions.end(),
        [](const Agreement &a, const Agreement &b) { return a.version < b.version; });
    const bool anyLive = std::any_of(versions.begin(), versions.end(),
        [](const Agreement &a) { return a.status != AgreementStatus::Draft; });
    for (Agreement &a : versions)
        if (!anyLive || a.status != AgreementStatus::Draft)
            m_versions.push_back(std::move(a));
    if (m_versions.empty())
        return;
    m_current = m_versions.size() - 1;
    m_funded = anyLive;
    const Agreement &cur = current();
    m_first = cur.startDate;
    auto earliest = [this](const QDate &d) {
        if (d.isValid() && (!m_last.isValid() || d < m_last))
            m_last = d;
    };
    earliest(cur.endDate);
    if (cur.status == AgreementStatus::Notice || cur.status == AgreementStatus::Ended)
        earliest(cur.noticeEndsOn);
    if (cur.status == AgreementStatus::Ended)
        earliest(cur.endedOn);
}

Period AgreementTimeline::coveredWithin(const QDate &from, const QDate &to) const
{
    if (!m_funded)
        return {};
    Period p { std::max(from, m_first), to };
    if (m_last.isValid() && m_last < p.last)
        p.last = m_last;
    return p.isValid() ? p : Period {};
}

const Agreement &AgreementTimeline::versionOn(const QDate &day) const
{
    // Versions are few (a handful per person): a backwards scan is the fastest.
    for (std::size_t i = m_versions.size(); i-- > 0;)
        if (m_versions[i].effectiveFrom <= day)
            return m_versions[i];
    return m_versions.front();
}

Money AgreementTimeline::weeklyBudgetOn(const QDate &day) const
{
    return covers(day) ? versionOn(day).weeklyBudgetOn(day) : Money();
}

Money AgreementTimeline::weeklyContributionOn(const QDate &day) const
{
    return covers(day) ? versionOn(day).weeklyContributionOn(day) : Money();
}

Money AgreementTimeline::limitBudgetOn(const QDate &day) const
{
    if (m_versions.empty())
        return Money();
    if (day < m_first)
        return versionOn(m_first).weeklyBudgetOn(m_first);
    if (m_last.isValid() && day > m_last)
        return Money();
    return versionOn(day).weeklyBudgetOn(day);
}

Period AgreementTimeline::weekContaining(const QDate &day) const
{
    return isf::weekContaining(m_first, day);
}

Policy AgreementTimeline::policy(const Policy &councilPolicy) const
{
    return m_versions.empty() ? councilPolicy : current().effectivePolicy(councilPolicy);
}

QHash<Id, AgreementTimeline> allTimelines(const ProviderFile &file)
{
    QHash<Id, AgreementTimeline> out;
    std::vector<Agreement> all = allAgreementVersions(file);
    std::size_t i = 0;
    while (i < all.size()) {
        const Id person = all[i].personId;
        std::vector<Agreement> versions;
        while (i < all.size() && all[i].personId == person)
            versions.push_back(std::move(all[i++]));
        out.insert(person, AgreementTimeline(std::move(versions)));
    }
    return out;
}

AgreementTimeline timelineFor(const ProviderFile &file, Id personId)
{
    return AgreementTimeline(agreementVersions(file, personId));
}

} // namespace isf
