// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
// What the reconciliation screen's buttons and keys do: each is one core call, and the
// screen reloads from the file after it.
#include "core/bank/BankMatching.h"
#include "reports/documents/ReconciliationDocument.h"
#include "reports/layout/Renderer.h"
#include "ui/bank/BankModels.h"
#include "ui/bank/CreateEntryDialog.h"
#include "ui/bank/ReconciliationWindow.h"
#include "ui/bank/SignOffDialog.h"
#include "ui/bank/StatementImportDialog.h"
#include "ui/common/ErrorText.h"
#include "ui/common/FileDialogs.h"
#include "ui/common/Format.h"
#include "ui/common/Session.h"

#include <QAction>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QTableView>

namespace isf::ui {

void ReconciliationWindow::buildActions()
{
    struct Item {
        QString text, name, tip;
        QKeySequence key;
        void (ReconciliationWindow::*run)();
    };
    const Item items[] = {
        { tr("&Match (M)"), QStringLiteral("actionBankMatch"),
            tr("Match the selected bank lines to the selected ledger entries (the sums must be "
               "equal)."),
            QKeySequence(Qt::Key_M), &ReconciliationWindow::matchSelected },
        { tr("Best suggestion"), QStringLiteral("actionBankSuggest"),
            tr("Select the best suggestion for the selected bank line (Ctrl+Right)."),
            QKeySequence(Qt::CTRL | Qt::Key_Right), &ReconciliationWindow::selectBestSuggestion },
        { tr("U&nmatch (U)"), QStringLiteral("actionBankUnmatch"),
            tr("Undo the match of the selected bank line."), QKeySequence(Qt::Key_U),
            &ReconciliationWindow::unmatchSelected },
        { tr("New &entry (N)"), QStringLiteral("actionBankCreate"),
            tr("Post the ledger entry the selected bank line shows, and match it."),
            QKeySequence(Qt::Key_N), &ReconciliationWindow::createEntry },
        { tr("Bank &error (E)"), QStringLiteral("actionBankError"),
            tr("Mark the selected bank line as the bank's mistake, to be corrected by the bank."),
            QKeySequence(Qt::Key_E), &ReconciliationWindow::markBankError },
        { tr("&Import statement\u2026"), QStringLiteral("actionBankImport"),
            tr("Import a CSV, OFX/QFX or CAMT.053 statement."), QKeySequence(Qt::CTRL | Qt::Key_I),
            &ReconciliationWindow::importStatement },
        { tr("&Sign off\u2026"), QStringLiteral("actionBankSign"),
            tr("Sign the reconciliation at this day (it must balance)."),
            QKeySequence(Qt::CTRL | Qt::Key_S), &ReconciliationWindow::signOff },
        { tr("&Report PDF\u2026"), QStringLiteral("actionBankReport"),
            tr("Write the reconciliation report as a PDF."), QKeySequence(Qt::CTRL | Qt::Key_P),
            &ReconciliationWindow::writeReport },
    };
    for (const Item &i : items) {
        auto *a = new QAction(i.text, this);
        a->setObjectName(i.name);
        a->setToolTip(i.tip);
        a->setShortcut(i.key);
        a->setShortcutContext(Qt::WindowShortcut);
        connect(a, &QAction::triggered, this, i.run);
        addAction(a);
    }
}

void ReconciliationWindow::matchSelected()
{
    const std::vector<Id> lines = selectedLineIds(), txns = selectedTxnIds();
    if (lines.empty() || txns.empty()) {
        QMessageBox::information(this, tr("Match"),
            tr("Select the bank line (or lines) on the left and the ledger entries they are on the "
               "right, then press M."));
        return;
    }
    if (attempt(this, tr("Match"), [&] { matchManually(m_session.file(), lines, txns); }))
        m_session.notifyChanged();
}

void ReconciliationWindow::selectBestSuggestion()
{
    const std::vector<Id> lines = selectedLineIds();
    if (lines.size() != 1)
        return;
    const auto c = m_w->suggestions.value(lines.front());
    if (c.empty())
        return;
    m_items->selectionModel()->clearSelection();
    for (Id id : c.front().txnIds) {
        const int row = m_itemModel->rowOf(id);
        if (row < 0)
            continue;
        const QModelIndex at = m_itemProxy->mapFromSource(m_itemModel->index(row, 0));
        m_items->selectionModel()->select(
            at, QItemSelectionModel::Select | QItemSelectionModel::Rows);
        m_items->scrollTo(at);
    }
}

void ReconciliationWindow::unmatchSelected()
{
    const std::vector<Id> lines = selectedLineIds();
    if (lines.size() != 1)
        return;
    const auto line = std::find_if(m_w->lines.begin(), m_w->lines.end(),
        [&](const BankLine &l) { return l.id == lines.front(); });
    if (line == m_w->lines.end() || !line->groupId)
        return;
    QString reason;
    if (line->locked) {
        bool ok = false;
        reason = QInputDialog::getText(this, tr("Undo a signed match"),
            tr("This match is part of a signed reconciliation. Why must it be undone?"),
            QLineEdit::Normal, QString(), &ok);
        if (!ok)
            return;
    }
    if (attempt(
            this, tr("Undo the match"), [&] { unmatchLine(m_session.file(), line->id, reason); }))
        m_session.notifyChanged();
}

void ReconciliationWindow::markBankError()
{
    const std::vector<Id> lines = selectedLineIds();
    if (lines.size() != 1)
        return;
    bool ok = false;
    const QString note = QInputDialog::getText(this, tr("Bank error"),
        tr("What did the bank get wrong (it is kept with the line and on the report)?"),
        QLineEdit::Normal, QString(), &ok);
    if (ok && attempt(this, tr("Mark a bank error"), [&] {
            isf::markBankError(m_session.file(), lines.front(), note);
        }))
        m_session.notifyChanged();
}

void ReconciliationWindow::createEntry()
{
    const std::vector<Id> lines = selectedLineIds();
    if (lines.size() != 1)
        return;
    const auto line = std::find_if(m_w->lines.begin(), m_w->lines.end(),
        [&](const BankLine &l) { return l.id == lines.front(); });
    if (line == m_w->lines.end() || line->groupId)
        return;
    CreateEntryDialog dialog(m_session.file(), *line, this);
    if (dialog.exec() == QDialog::Accepted)
        m_session.notifyChanged();
}

void ReconciliationWindow::importStatement()
{
    StatementImportDialog dialog(m_session.file(), m_dialogs, accountId(), this);
    if (dialog.exec() == QDialog::Accepted)
        m_session.notifyChanged();
}

void ReconciliationWindow::signOff()
{
    if (!m_w->figures)
        return;
    SignOffDialog dialog(m_session.file(), *m_w->figures, this);
    if (dialog.exec() == QDialog::Accepted)
        m_session.notifyChanged();
}

void ReconciliationWindow::writeReport()
{
    if (!m_w->figures)
        return;
    const QString path = m_dialogs.saveFileName(this, tr("Write the reconciliation report"),
        QStringLiteral("reconciliation-%1.pdf").arg(m_w->asOf.toString(Qt::ISODate)),
        pdfFileFilter());
    if (path.isEmpty())
        return;
    attempt(this, tr("Write the reconciliation report"), [&] {
        reports::writePdf(
            reports::reconciliationDocument(m_session.file(), accountId(), m_w->asOf), path);
    });
}

} // namespace isf::ui
