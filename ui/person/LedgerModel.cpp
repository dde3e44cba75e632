// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "ui/person/LedgerModel.h"

#include "ui/common/Format.h"

#include <QBrush>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace isf::ui {

LedgerModel::LedgerModel(QObject *parent) : QAbstractTableModel(parent) { }

void LedgerModel::setSource(const ProviderFile *file, Id personId, const LedgerFilter &filter)
{
    beginResetModel();
    m_file = file;
    m_personId = personId;
    m_filter = filter;
    m_lines.clear();
    m_total = 0;
    if (m_file && m_personId && m_filter.from.isValid() && m_filter.to.isValid()) {
        m_total = filteredLedgerCount(*m_file, m_personId, m_filter);
        m_lines = filteredLedgerPage(*m_file, m_personId, m_filter, 0, kPageSize);
    }
    endResetModel();
}

bool LedgerModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && static_cast<int>(m_lines.size()) < m_total;
}

void LedgerModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const int from = static_cast<int>(m_lines.size());
    std::vector<LedgerLine> page
        = filteredLedgerPage(*m_file, m_personId, m_filter, from, kPageSize);
    if (page.empty()) {
        m_total = from; // the file changed under us; stop asking
        return;
    }
    beginInsertRows(QModelIndex(), from, from + static_cast<int>(page.size()) - 1);
    for (LedgerLine &l : page)
        m_lines.push_back(std::move(l));
    endInsertRows();
}

void LedgerModel::fetchAll()
{
    if (!canFetchMore(QModelIndex()))
        return;
    const int from = static_cast<int>(m_lines.size());
    std::vector<LedgerLine> rest
        = filteredLedgerPage(*m_file, m_personId, m_filter, from, m_total - from);
    if (rest.empty())
        return;
    beginInsertRows(QModelIndex(), from, from + static_cast<int>(rest.size()) - 1);
    for (LedgerLine &l : rest)
        m_lines.push_back(std::move(l));
    endInsertRows();
}

LedgerModel::Totals LedgerModel::totals() const
{
    Totals t;
    for (const LedgerLine &l : m_lines) {
        if (l.change.isNegative())
            t.out = t.out - l.change;
        else
            t.in = t.in + l.change;
    }
    return t;
}

int LedgerModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_lines.size());
}

int LedgerModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LedgerModel::display(const LedgerLine &l, int column) const
{
    switch (column) {
    case Date:
        return dateText(l.date);
    case Type:
        if (l.kind == TxnKind::Reversal)
            return tr("Reversal of %1").arg(txnKindLabel(l.reversedKind).toLower());
        return l.reversedById ? tr("%1 (reversed)").arg(txnKindLabel(l.kind))
                              : txnKindLabel(l.kind);
    case Category:
        return l.category;
    case Supplier:
        return l.supplier;
    case Reference:
        return l.reference;
    case Description: {
        QString text = l.description;
        if (l.hours && l.rate)
            text = tr("%1 h \u00d7 %2").arg(hoursText(*l.hours), moneyText(*l.rate))
                + (text.isEmpty() ? QString() : QStringLiteral(" \u2014 ") + text);
        if (!l.reason.isEmpty())
            text += (text.isEmpty() ? QString() : QStringLiteral(" \u2014 "))
                + tr("Reason: %1").arg(l.reason);
        return text;
    }
    case MoneyIn:
        return l.change.pence() > 0 ? moneyText(l.change) : QString();
    case MoneyOut:
        return l.change.pence() < 0 ? moneyText(-l.change) : QString();
    case Balance:
        return moneyText(l.running);
    case RecordedBy:
        return l.recordedBy;
    }
    return {};
}

QVariant LedgerModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LedgerLine &l = line(index.row());
    const int c = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(l, c);
    case SortRole:
        switch (c) {
        case Date:
            return l.date;
        case MoneyIn:
        case MoneyOut:
            return l.change.pence();
        case Balance:
            return l.running.pence();
        default:
            return display(l, c);
        }
    case IdRole:
        return l.txnId;
    case Qt::TextAlignmentRole:
        if (c == MoneyIn || c == MoneyOut || c == Balance)
            return numberAlignment();
        return {};
    case Qt::FontRole: {
        // Marks by weight and slant, not by colour, so they read on any palette.
        const bool reversed = l.reversedById || l.kind == TxnKind::Reversal;
        const bool overdrawn = c == Balance && l.running.isNegative();
        if (!reversed && !overdrawn)
            return {};
        QFont f;
        f.setItalic(reversed);
        f.setBold(overdrawn);
        return f;
    }
    case Qt::ForegroundRole:
        // Reversed lines are muted with the style's own secondary text colour.
        if (l.reversedById || l.kind == TxnKind::Reversal)
            return QBrush(QGuiApplication::palette().color(QPalette::PlaceholderText));
        return {};
    case Qt::AccessibleTextRole: {
        // The screen reader hears the column with its value ("Balance: -£5.00").
        const QString shown = display(l, c).toString();
        if (shown.isEmpty())
            return {};
        QString spoken = headerData(c, Qt::Horizontal, Qt::DisplayRole).toString()
            + QStringLiteral(": ") + shown;
        if (c == Balance && l.running.isNegative())
            spoken += QStringLiteral(" ") + tr("(overdrawn)");
        return spoken;
    }
    case Qt::ToolTipRole: {
        QString tip = display(l, c).toString();
        if (l.reversedById)
            tip += QStringLiteral("\n") + tr("Reversed by entry %1").arg(l.reversedById);
        if (l.reversesId)
            tip += QStringLiteral("\n") + tr("Reverses entry %1").arg(l.reversesId);
        return tip.trimmed();
    }
    }
    return {};
}

QVariant LedgerModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == RecordedBy)
        return tr("Recorded by: who entered it, from the audit log");
    if (role == Qt::TextAlignmentRole)
        return (section == MoneyIn || section == MoneyOut || section == Balance) ? numberAlignment()
                                                                                 : QVariant();
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Date:
        return tr("Date");
    case Type:
        return tr("Type");
    case Category:
        return tr("Category");
    case Supplier:
        return tr("Supplier");
    case Reference:
        return tr("Reference");
    case Description:
        return tr("Details");
    case MoneyIn:
        return tr("Money in");
    case MoneyOut:
        return tr("Money out");
    case Balance:
        return tr("Balance");
    case RecordedBy:
        return tr("By"); // who recorded it (the tooltip says so)
    }
    return {};
}

} // namespace isf::ui
