// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
// The main window's menus, actions and shortcuts.
#include "core/ledger/Entry.h"
#include "ui/assessment/AssessmentDialog.h"
#include "ui/bank/ReconciliationWindow.h"
#include "ui/common/Session.h"
#include "ui/dashboard/DashboardPage.h"
#include "ui/documents/ReportActions.h"
#include "ui/main/MainWindow.h"
#include "ui/main/VerifyAction.h"
#include "ui/people/PeoplePage.h"

#include <QAction>
#include <QApplication>
#include <QMenuBar>
#include <QTabWidget>
#include <QToolBar>

#include <utility>

namespace isf::ui {

QAction *MainWindow::addAction(QMenu *menu, const QString &text, const QString &objectName,
    const QKeySequence &shortcut, void (MainWindow::*slot)())
{
    QAction *a = menu->addAction(text);
    a->setObjectName(objectName);
    if (!shortcut.isEmpty())
        a->setShortcut(shortcut);
    if (slot)
        connect(a, &QAction::triggered, this, slot);
    return a;
}

void MainWindow::createMenus()
{
    createFileMenu();
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = edit->addAction(tr("&Undo"));
    undo->setObjectName(QStringLiteral("actionUndo"));
    undo->setShortcut(QKeySequence::Undo);
    connect(undo, &QAction::triggered, this, [this] {
        if (m_session)
            m_session->undoStack()->undo();
    });
    QAction *redo = edit->addAction(tr("&Redo"));
    redo->setObjectName(QStringLiteral("actionRedo"));
    redo->setShortcut(QKeySequence::Redo);
    connect(redo, &QAction::triggered, this, [this] {
        if (m_session)
            m_session->undoStack()->redo();
    });
    edit->addSeparator();
    m_fileActions << addAction(edit, tr("Add &person\u2026"), QStringLiteral("actionNewPerson"),
        QKeySequence(tr("Ctrl+Shift+N")), &MainWindow::newPerson);
    createEntryMenus();

    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_fileActions << addAction(view, tr("&Dashboard"), QStringLiteral("actionDashboard"),
        QKeySequence(tr("Ctrl+1")), nullptr);
    connect(m_fileActions.last(), &QAction::triggered, this,
        [this] { m_workspace->setCurrentWidget(m_dashboard); });
    m_fileActions << addAction(
        view, tr("&People"), QStringLiteral("actionPeople"), QKeySequence(tr("Ctrl+2")), nullptr);
    connect(m_fileActions.last(), &QAction::triggered, this,
        [this] { m_workspace->setCurrentWidget(m_people); });
    m_fileActions << addAction(view, tr("&Bank reconciliation"),
        QStringLiteral("actionReconciliation"), QKeySequence(tr("Ctrl+3")), nullptr);
    connect(m_fileActions.last(), &QAction::triggered, this, [this] {
        if (m_session)
            showReconciliation(this, *m_session, m_dialogs);
    });
    m_fileActions << addAction(
        view, tr("&Refresh"), QStringLiteral("actionRefresh"), QKeySequence::Refresh, nullptr);
    connect(m_fileActions.last(), &QAction::triggered, this, [this] {
        if (m_session)
            m_session->notifyChanged(0);
    });
    QAction *closeTab = addAction(view, tr("&Close person tab"), QStringLiteral("actionCloseTab"),
        QKeySequence::Close, nullptr);
    connect(closeTab, &QAction::triggered, this, [this] {
        if (m_workspace->currentIndex() >= 2)
            emit m_workspace->tabCloseRequested(m_workspace->currentIndex());
    });
    m_fileActions << closeTab;

    createReportsMenu();
    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    const QStringList pages = { tr("&Provider details and logo\u2026"),
        tr("&Councils and policies\u2026"), tr("&Expense categories\u2026"), tr("&Suppliers\u2026"),
        tr("Your &name in the audit log\u2026") };
    for (int i = 0; i < pages.size(); ++i) {
        QAction *a = settings->addAction(pages[i]);
        a->setObjectName(QStringLiteral("actionSettings%1").arg(i));
        connect(a, &QAction::triggered, this, [this, i] { showSettings(i); });
        m_fileActions << a;
    }
    createHelpMenu();
    createToolBar();
    describeActions();
}

// The day's main actions, one click away (and each still in its menu).
void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("Main actions"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setAccessibleName(tr("Main actions"));
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->setMovable(false);
    // Short words on the buttons; the menus keep the full wording.
    const std::pair<const char *, QString> items[] = { { "actionDashboard", tr("Dashboard") },
        { "actionPeople", tr("People") }, { nullptr, {} }, { "actionExpense", tr("Expense") },
        { "actionContribution", tr("Contribution") }, { "actionPayment", tr("Payment") },
        { "actionRemittance", tr("Remittance") }, { nullptr, {} },
        { "actionPreviewStatement", tr("Statement") },
        { "actionIssueStatements", tr("Issue statements") }, { nullptr, {} },
        { "actionImport", tr("Import") }, { "actionBackup", tr("Backup") } };
    for (const auto &[name, label] : items) {
        if (!name) {
            bar->addSeparator();
        } else if (QAction *a = action(QString::fromLatin1(name))) {
            a->setIconText(label);
            bar->addAction(a);
        }
    }
}

// Every action says what it does and its shortcut, as a tooltip and a status tip.
void MainWindow::describeActions()
{
    for (QAction *a : findChildren<QAction *>()) {
        if (a->isSeparator() || a->menu() || a->text().isEmpty())
            continue;
        QString plain = a->text();
        plain.remove(u'&');
        plain.remove(QStringLiteral("\u2026"));
        if (a->statusTip().isEmpty())
            a->setStatusTip(plain);
        QString tip = a->statusTip();
        if (!a->shortcut().isEmpty())
            tip += QStringLiteral(" (%1)").arg(a->shortcut().toString(QKeySequence::NativeText));
        a->setToolTip(tip);
    }
}

void MainWindow::createFileMenu()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    addAction(file, tr("&New provider file\u2026"), QStringLiteral("actionNew"), QKeySequence::New,
        &MainWindow::askNew);
    addAction(file, tr("&Open\u2026"), QStringLiteral("actionOpen"), QKeySequence::Open,
        &MainWindow::askOpen);
    m_recent = file->addMenu(tr("Open &recent"));
    m_recent->setObjectName(QStringLiteral("menuRecent"));
    addAction(file, tr("Open the &demo file"), QStringLiteral("actionDemo"), QKeySequence(),
        &MainWindow::openDemo);
    file->addSeparator();
    m_fileActions << addAction(file, tr("&Import from CSV\u2026"), QStringLiteral("actionImport"),
        QKeySequence(tr("Ctrl+I")), nullptr);
    connect(m_fileActions.last(), &QAction::triggered, this,
        [this] { ReportActions::importCsv(*this); });
    m_fileActions << addAction(file, tr("Save a &backup copy\u2026"),
        QStringLiteral("actionBackup"), QKeySequence(tr("Ctrl+Shift+S")), &MainWindow::backup);
    m_fileActions << addAction(file, tr("&Restore from backup\u2026"),
        QStringLiteral("actionRestoreBackup"), QKeySequence(), &MainWindow::restoreFromBackup);
    m_fileActions << addAction(file, tr("&Verify this file\u2026"), QStringLiteral("actionVerify"),
        QKeySequence(), nullptr);
    connect(m_fileActions.last(), &QAction::triggered, this, [this] {
        if (m_session)
            verifyOpenFile(this, *m_session);
    });
    m_fileActions << addAction(file, tr("&Close file"), QStringLiteral("actionCloseFile"),
        QKeySequence(tr("Ctrl+Shift+W")), &MainWindow::askCloseFile);
    file->addSeparator();
    QAction *quit
        = addAction(file, tr("&Quit"), QStringLiteral("actionQuit"), QKeySequence::Quit, nullptr);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);
}

void MainWindow::createEntryMenus()
{
    QMenu *entry = menuBar()->addMenu(tr("E&ntry"));
    struct Item {
        QString text, name;
        QKeySequence key;
        TxnKind kind;
    };
    const Item items[] = {
        { tr("&Expense\u2026"), QStringLiteral("actionExpense"), QKeySequence(tr("Ctrl+E")),
            TxnKind::Expense },
        { tr("&Contribution received\u2026"), QStringLiteral("actionContribution"),
            QKeySequence(tr("Ctrl+Shift+C")), TxnKind::Contribution },
        { tr("Council &payment for one person\u2026"), QStringLiteral("actionPayment"),
            QKeySequence(tr("Ctrl+Shift+P")), TxnKind::CouncilPayment },
        { tr("&Return to council\u2026"), QStringLiteral("actionReturn"),
            QKeySequence(tr("Ctrl+Shift+R")), TxnKind::ReturnToCouncil },
    };
    for (const Item &i : items) {
        QAction *a = addAction(entry, i.text, i.name, i.key, nullptr);
        const TxnKind kind = i.kind;
        connect(a, &QAction::triggered, this, [this, kind] { newEntry(kind, currentPersonId()); });
        m_fileActions << a;
    }
    m_fileActions << addAction(entry, tr("Council &remittance for many people\u2026"),
        QStringLiteral("actionRemittance"), QKeySequence(tr("Ctrl+Shift+M")),
        &MainWindow::newRemittance);
    QAction *assess = addAction(entry, tr("Individual budget &assessment\u2026"),
        QStringLiteral("actionAssess"), QKeySequence(), nullptr);
    connect(assess, &QAction::triggered, this, [this] {
        if (!m_session || !currentPersonId())
            return;
        auto *d = new AssessmentDialog(*m_session, currentPersonId(), this);
        d->setAttribute(Qt::WA_DeleteOnClose);
        d->setWindowModality(Qt::WindowModal);
        d->open();
    });
    m_fileActions << assess;
    entry->addSeparator();
    QAction *reverse = addAction(entry, tr("Re&verse the selected entry\u2026"),
        QStringLiteral("actionReverse"), QKeySequence(tr("Ctrl+Shift+V")), nullptr);
    connect(reverse, &QAction::triggered, this, [this] { ReportActions::reverseSelected(*this); });
    m_fileActions << reverse;
}

void MainWindow::createReportsMenu()
{
    QMenu *reports = menuBar()->addMenu(tr("&Reports"));
    struct Item {
        QString text, name;
        QKeySequence key;
        void (*run)(MainWindow &);
    };
    const Item items[] = {
        { tr("Statement &preview\u2026"), QStringLiteral("actionPreviewStatement"),
            QKeySequence(tr("Ctrl+P")), &ReportActions::previewStatement },
        { tr("&Easy-read statement preview\u2026"), QStringLiteral("actionPreviewEasyRead"),
            QKeySequence(), &ReportActions::previewEasyRead },
        { tr("Print statement\u2026"), QStringLiteral("actionPrintStatement"),
            QKeySequence(tr("Ctrl+Shift+F12")), &ReportActions::printStatement },
        { tr("Save statement as P&DF\u2026"), QStringLiteral("actionStatementPdf"), QKeySequence(),
            &ReportActions::saveStatementPdf },
        { tr("Issue this person's &latest statement\u2026"), QStringLiteral("actionIssueStatement"),
            QKeySequence(), &ReportActions::issueStatement },
        { tr("&Agreement (FIN3) preview\u2026"), QStringLiteral("actionPreviewAgreement"),
            QKeySequence(), &ReportActions::previewAgreement },
        { tr("&Letters\u2026"), QStringLiteral("actionLetters"), QKeySequence(),
            &ReportActions::letters },
        { tr("&Issue statements\u2026"), QStringLiteral("actionIssueStatements"),
            QKeySequence(tr("Ctrl+Shift+I")), &ReportActions::bulkStatements },
        { tr("A&udit pack\u2026"), QStringLiteral("actionAuditPack"), QKeySequence(),
            &ReportActions::auditPack },
    };
    for (const Item &i : items) {
        QAction *a = addAction(reports, i.text, i.name, i.key, nullptr);
        auto *run = i.run;
        connect(a, &QAction::triggered, this, [this, run] { run(*this); });
        m_fileActions << a;
    }
}

void MainWindow::createHelpMenu()
{
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    addAction(help, tr("&User guide"), QStringLiteral("actionGuide"), QKeySequence::HelpContents,
        &MainWindow::showGuide);
    QAction *about = addAction(help, tr("&About ISF Desk"), QStringLiteral("actionAbout"),
        QKeySequence(), &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
}

} // namespace isf::ui
