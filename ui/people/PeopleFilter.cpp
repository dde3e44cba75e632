// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "ui/people/PeopleFilter.h"

#include "ui/common/Format.h"
#include "ui/people/PeopleModel.h"

namespace isf::ui {

PeopleFilter::PeopleFilter(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void PeopleFilter::setSearch(const QString &text)
{
    m_words = text.simplified().toLower().split(u' ', Qt::SkipEmptyParts);
    invalidateFilter();
}

void PeopleFilter::setCouncil(const QString &council)
{
    m_council = council;
    invalidateFilter();
}

void PeopleFilter::setStatus(const QString &status)
{
    m_status = status;
    invalidateFilter();
}

void PeopleFilter::setAlertsOnly(bool on)
{
    m_alertsOnly = on;
    invalidateFilter();
}

bool PeopleFilter::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const auto *model = qobject_cast<const PeopleModel *>(sourceModel());
    if (!model)
        return true;
    const PersonRow &r = model->row(sourceRow);
    if (!m_council.isEmpty() && r.council != m_council)
        return false;
    if (!m_status.isEmpty() && r.status != m_status)
        return false;
    if (m_alertsOnly && r.openAlerts == 0)
        return false;
    for (const QString &w : m_words)
        if (!r.ref.contains(w, Qt::CaseInsensitive) && !r.name.contains(w, Qt::CaseInsensitive)
            && !r.council.contains(w, Qt::CaseInsensitive))
            return false;
    return true;
}

} // namespace isf::ui
