// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include "core/domain/Entities.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;

namespace isf::ui {

class LedgerModel;
class Session;

// A person's ledger with its filters (period, category, supplier) and the actions on
// one entry: reverse it with a reason, attach a receipt.
class LedgerTab : public QWidget {
    Q_OBJECT
public:
    LedgerTab(Session &session, Id personId, QWidget *parent = nullptr);
    void reload();
    LedgerModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    Id currentTxn() const;

signals:
    void reverseRequested(isf::Id txnId);
    void attachRequested(isf::Id txnId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void applyFilter();
    void periodChanged();
    void fillChoices();
    void updateSummary();
    void showLatest();
    void sizeColumns();

    Session &m_session;
    Id m_personId;
    LedgerModel *m_model;
    QTableView *m_view;
    QComboBox *m_period, *m_category, *m_supplier;
    QDateEdit *m_from, *m_to;
    QLabel *m_summary, *m_totals, *m_empty;
    QPushButton *m_reverse, *m_attach;
    bool m_firstShow = true;
};

} // namespace isf::ui
