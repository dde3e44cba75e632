// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "ui/bank/BankModels.h"

#include "ui/common/Format.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace isf::ui {
namespace {

const QColor kSuggested(255, 244, 194); // pale yellow: a suggestion to look at
const QColor kBest(255, 226, 130); // stronger: the best suggestion for the selected line
const QColor kMatchedText(110, 110, 110);

QString details(const LedgerItem &i)
{
    QStringList parts;
    for (const QString &p : { i.supplier, i.reference, i.description })
        if (!p.trimmed().isEmpty())
            parts << p.trimmed();
    return parts.join(QStringLiteral(" \u00b7 "));
}

} // namespace

BankLinesModel::BankLinesModel(QObject *parent) : QAbstractTableModel(parent) { }

void BankLinesModel::setWorkspace(const BankWorkspace *w)
{
    beginResetModel();
    m_w = w;
    endResetModel();
}

int BankLinesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_w ? 0 : int(m_w->lines.size());
}

int BankLinesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BankLinesModel::data(const QModelIndex &index, int role) const
{
    if (!m_w || !index.isValid())
        return {};
    const BankLine &l = line(index.row());
    const bool done = l.groupId || l.bankError;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Date:
            return dateText(l.date);
        case Description:
            return l.description;
        case Reference:
            return l.reference;
        case Amount:
            return moneyText(l.amount);
        case Balance:
            return l.balance ? moneyText(*l.balance) : QString();
        case Status:
            if (l.bankError)
                return tr("Bank error");
            if (l.groupId)
                return l.locked ? tr("Matched (signed)") : tr("Matched");
            if (m_w->suggestions.value(l.id).empty())
                return tr("No entry fits");
            return tr("%n suggestion(s)", nullptr, int(m_w->suggestions.value(l.id).size()));
        }
        return {};
    case SortRole:
        switch (index.column()) {
        case Date:
            return l.date.toString(Qt::ISODate) + QString::number(l.id).rightJustified(12, u'0');
        case Amount:
            return l.amount.pence();
        case Balance:
            return l.balance ? l.balance->pence() : 0;
        default:
            return data(index, Qt::DisplayRole);
        }
    case IdRole:
        return l.id;
    case MatchedRole:
        return done;
    case AmountRole:
        return l.amount.pence();
    case Qt::TextAlignmentRole:
        return index.column() == Amount || index.column() == Balance ? numberAlignment()
                                                                     : QVariant();
    case Qt::ForegroundRole:
        return done ? QBrush(kMatchedText) : QVariant();
    case Qt::BackgroundRole:
        return !done && !m_w->suggestions.value(l.id).empty() ? QBrush(kSuggested) : QVariant();
    case Qt::ToolTipRole:
        if (l.bankError)
            return l.errorNote;
        return {};
    }
    return {};
}

QVariant BankLinesModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    static const char *const titles[]
        = { "Date", "Bank's text", "Reference", "Amount", "Balance", "Status" };
    return tr(titles[section]);
}

LedgerItemsModel::LedgerItemsModel(QObject *parent) : QAbstractTableModel(parent) { }

void LedgerItemsModel::setWorkspace(const BankWorkspace *w)
{
    beginResetModel();
    m_w = w;
    m_highlighted.clear();
    m_best = 0;
    m_rowOf.clear();
    if (w)
        for (std::size_t i = 0; i < w->items.size(); ++i)
            m_rowOf.insert(w->items[i].txnId, int(i));
    endResetModel();
}

void LedgerItemsModel::setHighlighted(const QSet<Id> &txnIds, Id best)
{
    QSet<Id> changed = m_highlighted;
    changed.unite(txnIds);
    m_highlighted = txnIds;
    m_best = best;
    for (Id id : changed)
        if (const int row = rowOf(id); row >= 0)
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1), { Qt::BackgroundRole });
}

int LedgerItemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_w ? 0 : int(m_w->items.size());
}

int LedgerItemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LedgerItemsModel::data(const QModelIndex &index, int role) const
{
    if (!m_w || !index.isValid())
        return {};
    const LedgerItem &i = item(index.row());
    const bool cleared = i.groupId != 0;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Date:
            return dateText(i.date);
        case Txn:
            return QString::number(i.txnId);
        case Person:
            return i.personRef;
        case Type:
            return txnKindLabel(i.kind);
        case Details:
            return details(i);
        case Amount:
            return moneyText(i.amount);
        case Status:
            if (cleared)
                return tr("Cleared");
            if (i.kind == TxnKind::OpeningBalance)
                return tr("Opening balance");
            if (i.reversedById || i.reversesId)
                return tr("Reversed pair");
            return m_w->account.openingDate.isValid() && i.date <= m_w->account.openingDate
                ? tr("Before the first statement")
                : tr("Uncleared");
        }
        return {};
    case SortRole:
        switch (index.column()) {
        case Date:
            return i.date.toString(Qt::ISODate) + QString::number(i.txnId).rightJustified(12, u'0');
        case Txn:
            return i.txnId;
        case Amount:
            return i.amount.pence();
        default:
            return data(index, Qt::DisplayRole);
        }
    case IdRole:
        return i.txnId;
    case MatchedRole:
        // "Unmatched only" lists what still has to clear: an opening balance, a reversed
        // pair or an entry from before the first statement never reaches the bank.
        return cleared || i.kind == TxnKind::OpeningBalance || i.reversedById || i.reversesId
            || (m_w->account.openingDate.isValid() && i.date <= m_w->account.openingDate);
    case AmountRole:
        return i.amount.pence();
    case Qt::TextAlignmentRole:
        return index.column() == Amount || index.column() == Txn ? numberAlignment() : QVariant();
    case Qt::ForegroundRole:
        return cleared ? QBrush(kMatchedText) : QVariant();
    case Qt::BackgroundRole:
        if (m_highlighted.contains(i.txnId))
            return QBrush(i.txnId == m_best ? kBest : kSuggested);
        return {};
    case Qt::FontRole:
        if (m_highlighted.contains(i.txnId)) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    }
    return {};
}

QVariant LedgerItemsModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    static const char *const titles[]
        = { "Date", "Txn", "Person", "Type", "Details", "Amount", "Status" };
    return tr(titles[section]);
}

void BankFilterProxy::setUnmatchedOnly(bool on)
{
    m_unmatchedOnly = on;
    invalidateFilter();
}

void BankFilterProxy::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

bool BankFilterProxy::filterAcceptsRow(int row, const QModelIndex &parent) const
{
    const QAbstractItemModel *m = sourceModel();
    if (m_unmatchedOnly && m->index(row, 0, parent).data(MatchedRole).toBool())
        return false;
    if (m_text.isEmpty())
        return true;
    for (int c = 0; c < m->columnCount(parent); ++c)
        if (m->index(row, c, parent).data().toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    return false;
}

} // namespace isf::ui
