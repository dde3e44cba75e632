// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include "ui/people/PeopleRows.h"

#include <QAbstractTableModel>

namespace isf::ui {

// Everyone in the file, one row each. DisplayRole is formatted text, SortRole the raw
// value (pence, hundredths, counts) so that sorting is numeric, IdRole the person id.
class PeopleModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Ref,
        Name,
        Council,
        WeeklyBudget,
        Balance,
        Arrears,
        BankedHours,
        Alerts,
        Status,
        ColumnCount
    };

    explicit PeopleModel(QObject *parent = nullptr);
    void setRows(std::vector<PersonRow> rows);
    // Fills in arrears and banked hours when the background read brings them (one
    // dataChanged for the two columns).
    void setFigures(const QHash<Id, PersonFigures> &figures);
    const PersonRow &row(int r) const { return m_rows[static_cast<size_t>(r)]; }
    int rowOf(Id personId) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;

private:
    QVariant display(const PersonRow &r, int column) const;
    QVariant sortValue(const PersonRow &r, int column) const;
    std::vector<PersonRow> m_rows;
};

} // namespace isf::ui
