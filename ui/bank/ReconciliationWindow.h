// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include "core/bank/BankWorkspace.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableView;

namespace isf::ui {

class BankFilterProxy;
class BankLinesModel;
class FileDialogs;
class LedgerItemsModel;
class Session;

// The reconciliation screen: the bank's statement lines beside the ledger entries that
// moved the account, filters, the figures and the running difference always in view.
// Select bank lines and ledger entries and press M to match them; the selected
// line's suggestions are highlighted in the ledger (Ctrl+Right selects the best one);
// U undoes a match, E marks a bank error, N posts the entry a line shows. Every action
// is one core call; the screen reloads after it.
class ReconciliationWindow : public QWidget {
    Q_OBJECT
public:
    ReconciliationWindow(Session &session, FileDialogs &dialogs, QWidget *parent = nullptr);
    ~ReconciliationWindow() override;

    void reload();
    void setAccount(Id accountId);
    void setAsOf(const QDate &day);
    const BankWorkspace &workspace() const { return *m_w; }
    QTableView *linesView() const { return m_lines; }
    QTableView *itemsView() const { return m_items; }

    // The actions (buttons, keys and tests share them).
    void matchSelected();
    void unmatchSelected();
    void markBankError();
    void createEntry();
    void importStatement();
    void signOff();
    void writeReport();
    void selectBestSuggestion();

private:
    void buildActions();
    void showFigures();
    void updateSelection();
    std::vector<Id> selectedLineIds() const;
    std::vector<Id> selectedTxnIds() const;
    Id accountId() const;

    Session &m_session;
    FileDialogs &m_dialogs;
    std::unique_ptr<BankWorkspace> m_w;
    QComboBox *m_account;
    QDateEdit *m_asOf;
    QLineEdit *m_filter;
    QCheckBox *m_unmatchedOnly;
    QTableView *m_lines, *m_items;
    BankLinesModel *m_lineModel;
    LedgerItemsModel *m_itemModel;
    BankFilterProxy *m_lineProxy, *m_itemProxy;
    QLabel *m_figures, *m_difference, *m_selection;
};

// Opens (or raises) the reconciliation screen of the session's file.
ReconciliationWindow *showReconciliation(QWidget *parent, Session &session, FileDialogs &dialogs);

} // namespace isf::ui
