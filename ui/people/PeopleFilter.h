// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include <QSortFilterProxyModel>

namespace isf::ui {

// Search (reference, name or council, any order of words) and filters by council,
// status and "has open alerts" over the PeopleModel; sorts by its raw SortRole.
class PeopleFilter : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit PeopleFilter(QObject *parent = nullptr);
    void setSearch(const QString &text);
    void setCouncil(const QString &council); // empty: any
    void setStatus(const QString &status); // empty: any
    void setAlertsOnly(bool on);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList m_words;
    QString m_council, m_status;
    bool m_alertsOnly = false;
};

} // namespace isf::ui
