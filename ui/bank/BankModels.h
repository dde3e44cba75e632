// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include "core/bank/BankWorkspace.h"

#include <QAbstractTableModel>
#include <QSet>
#include <QSortFilterProxyModel>

namespace isf::ui {

// Extra roles of the two reconciliation tables.
enum BankRole {
    MatchedRole = Qt::UserRole + 10, // bool: in an active match (or a bank error)
    AmountRole, // qint64 pence
};

// The statement lines of the workspace: one row a line, marked matched, bank error
// or suggested (a line with at least one candidate is tinted).
class BankLinesModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Date, Description, Reference, Amount, Balance, Status, ColumnCount };
    explicit BankLinesModel(QObject *parent = nullptr);
    void setWorkspace(const BankWorkspace *workspace);
    const BankLine &line(int row) const { return m_w->lines[std::size_t(row)]; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;

private:
    const BankWorkspace *m_w = nullptr;
};

// The ledger entries that moved the account; those suggested for the selected bank
// line are highlighted.
class LedgerItemsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Date, Txn, Person, Type, Details, Amount, Status, ColumnCount };
    explicit LedgerItemsModel(QObject *parent = nullptr);
    void setWorkspace(const BankWorkspace *workspace);
    void setHighlighted(const QSet<Id> &txnIds, Id best);
    const LedgerItem &item(int row) const { return m_w->items[std::size_t(row)]; }
    int rowOf(Id txnId) const { return m_rowOf.value(txnId, -1); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;

private:
    const BankWorkspace *m_w = nullptr;
    QSet<Id> m_highlighted;
    Id m_best = 0;
    QHash<Id, int> m_rowOf;
};

// Text filter over every column, and optionally only what is not matched.
class BankFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setUnmatchedOnly(bool on);
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override;

private:
    bool m_unmatchedOnly = false;
    QString m_text;
};

} // namespace isf::ui
