// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include "core/ledger/LedgerFilter.h"

#include <QAbstractTableModel>

namespace isf {
class ProviderFile;
}

namespace isf::ui {

// A person's ledger, read a page at a time (fetchMore) so that opening a person with
// thousands of entries costs one page. Each line shows money in and out, the running
// balance of the whole fund, and whether it reverses or was reversed.
class LedgerModel : public QAbstractTableModel {
    Q_OBJECT
public:
    // Money comes straight after the details, so that it stays in view however large
    // the font: who, what and where follow.
    enum Column {
        Date,
        Type,
        Description,
        MoneyIn,
        MoneyOut,
        Balance,
        Category,
        Supplier,
        Reference,
        RecordedBy,
        ColumnCount
    };
    static constexpr int kPageSize = 200;

    explicit LedgerModel(QObject *parent = nullptr);
    // Starts again from the first page (file may be null: an empty ledger).
    void setSource(const ProviderFile *file, Id personId, const LedgerFilter &filter);
    void reload() { setSource(m_file, m_personId, m_filter); }
    int totalLines() const { return m_total; }
    const LedgerLine &line(int row) const { return m_lines[static_cast<size_t>(row)]; }
    // Loads every remaining page (End key, scroll to the last entry).
    void fetchAll();
    // Money in, money out and their net over the lines loaded (all of them after
    // fetchAll): the totals of what the filters show.
    struct Totals {
        Money in, out;
        Money net() const { return in - out; }
    };
    Totals totals() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    QVariant display(const LedgerLine &l, int column) const;
    const ProviderFile *m_file = nullptr;
    Id m_personId = 0;
    LedgerFilter m_filter;
    int m_total = 0;
    std::vector<LedgerLine> m_lines;
};

} // namespace isf::ui
