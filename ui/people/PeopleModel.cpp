// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "ui/people/PeopleModel.h"

#include "ui/common/Format.h"

#include <QBrush>
#include <QFont>
#include <QPalette>

namespace isf::ui {

PeopleModel::PeopleModel(QObject *parent) : QAbstractTableModel(parent) { }

void PeopleModel::setRows(std::vector<PersonRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void PeopleModel::setFigures(const QHash<Id, PersonFigures> &figures)
{
    if (m_rows.empty())
        return;
    for (PersonRow &r : m_rows) {
        const auto it = figures.constFind(r.id);
        if (it == figures.constEnd())
            continue;
        r.arrears = it->arrears;
        r.bankedHours = it->bankedHours;
        r.figuresKnown = true;
    }
    emit dataChanged(index(0, Arrears), index(rowCount() - 1, BankedHours));
}

int PeopleModel::rowOf(Id personId) const
{
    for (size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == personId)
            return static_cast<int>(i);
    return -1;
}

int PeopleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int PeopleModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PeopleModel::display(const PersonRow &r, int column) const
{
    switch (column) {
    case Ref:
        return r.ref;
    case Name:
        return r.name;
    case Council:
        return r.council;
    case WeeklyBudget:
        return r.hasAgreement ? moneyText(r.weeklyBudget) : QString();
    case Balance:
        return moneyText(r.balance);
    case Arrears:
        return r.arrears.isZero() ? QString() : moneyText(r.arrears);
    case BankedHours:
        return r.bankedHours.isZero() ? QString() : hoursText(r.bankedHours);
    case Alerts:
        return r.openAlerts ? QString::number(r.openAlerts) : QString();
    case Status:
        return r.status;
    }
    return {};
}

QVariant PeopleModel::sortValue(const PersonRow &r, int column) const
{
    switch (column) {
    case WeeklyBudget:
        return r.weeklyBudget.pence();
    case Balance:
        return r.balance.pence();
    case Arrears:
        return r.arrears.pence();
    case BankedHours:
        return r.bankedHours.hundredths();
    case Alerts:
        return r.openAlerts;
    default:
        return display(r, column).toString().toLower();
    }
}

QVariant PeopleModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PersonRow &r = row(index.row());
    const int c = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(r, c);
    case SortRole:
        return sortValue(r, c);
    case IdRole:
        return r.id;
    case Qt::TextAlignmentRole:
        if (c == WeeklyBudget || c == Balance || c == Arrears || c == BankedHours || c == Alerts)
            return numberAlignment();
        return {};
    case Qt::FontRole:
        // Flagged by weight rather than a fixed colour, so it reads on every palette.
        if ((c == Balance && r.balance.isNegative()) || (c == Arrears && !r.arrears.isZero())
            || (c == Alerts && r.openAlerts > 0)) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        return headerData(c, Qt::Horizontal, Qt::DisplayRole).toString() + QStringLiteral(": ")
            + display(r, c).toString();
    }
    return {};
}

QVariant PeopleModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole) {
        if (section == WeeklyBudget || section == Balance || section == Arrears
            || section == BankedHours || section == Alerts)
            return numberAlignment();
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Ref:
        return tr("Reference");
    case Name:
        return tr("Name");
    case Council:
        return tr("Council");
    case WeeklyBudget:
        return tr("Weekly budget");
    case Balance:
        return tr("Balance");
    case Arrears:
        return tr("Arrears");
    case BankedHours:
        return tr("Banked hours");
    case Alerts:
        return tr("Alerts");
    case Status:
        return tr("Status");
    }
    return {};
}

} // namespace isf::ui
