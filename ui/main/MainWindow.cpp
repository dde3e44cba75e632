// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "ui/main/MainWindow.h"

#include "core/storage/Backups.h"
#include "core/storage/ProviderFile.h"
#include "core/storage/ReferenceStore.h"
#include "ui/common/AppSettings.h"
#include "ui/common/ErrorText.h"
#include "ui/common/FileDialogs.h"
#include "ui/common/Format.h"
#include "ui/common/Session.h"
#include "ui/dashboard/DashboardPage.h"
#include "ui/documents/ReportActions.h"
#include "ui/main/BackupActions.h"
#include "ui/main/VerifyAction.h"
#include "ui/people/PeoplePage.h"
#include "ui/person/PersonView.h"
#include "ui/register/EnglishPlurals.h"
#include "ui/welcome/DemoFile.h"
#include "ui/welcome/WelcomePage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QProgressDialog>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>

namespace isf::ui {

MainWindow::MainWindow(
    AppSettings &settings, FileDialogs &dialogs, const Clock &clock, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_dialogs(dialogs)
    , m_clock(clock)
    , m_stack(new QStackedWidget(this))
    , m_welcome(new WelcomePage(this))
    , m_workspace(new QTabWidget(this))
    , m_dashboard(new DashboardPage(this))
    , m_people(new PeoplePage(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    installEnglishPlurals();
    m_workspace->setObjectName(QStringLiteral("workspace"));
    m_workspace->setAccessibleName(tr("Workspace"));
    m_workspace->setDocumentMode(true);
    m_workspace->setTabsClosable(true);
    m_workspace->addTab(m_dashboard, tr("Dashboard"));
    m_workspace->addTab(m_people, tr("People"));
    // The dashboard and the people list stay open.
    for (int i = 0; i < 2; ++i)
        m_workspace->tabBar()->setTabButton(i, QTabBar::RightSide, nullptr);
    m_stack->addWidget(m_welcome);
    m_stack->addWidget(m_workspace);
    setCentralWidget(m_stack);
    createMenus();
    statusBar()->setObjectName(QStringLiteral("statusBar"));
    m_statusFile = new QLabel(this);
    m_statusFile->setObjectName(QStringLiteral("statusFile"));
    m_statusUser = new QLabel(this);
    m_statusUser->setObjectName(QStringLiteral("statusUser"));
    m_statusSaved = new QLabel(this);
    m_statusSaved->setObjectName(QStringLiteral("statusSaved"));
    for (QLabel *l : { m_statusFile, m_statusUser, m_statusSaved })
        statusBar()->addPermanentWidget(l);

    connect(m_workspace, &QTabWidget::tabCloseRequested, this, &MainWindow::closeTab);
    setAppDialogs(&m_dialogs);
    connect(m_welcome, &WelcomePage::openRequested, this, &MainWindow::askOpen);
    connect(m_welcome, &WelcomePage::newRequested, this, &MainWindow::askNew);
    connect(m_welcome, &WelcomePage::demoRequested, this, &MainWindow::openDemo);
    connect(m_welcome, &WelcomePage::recentRequested, this, &MainWindow::openFile);
    connect(m_dashboard, &DashboardPage::openPerson, this, &MainWindow::openPerson);
    connect(m_people, &PeoplePage::openPerson, this, &MainWindow::openPerson);
    connect(m_people, &PeoplePage::addPersonRequested, this, &MainWindow::newPerson);

    if (!restoreGeometry(m_settings.windowGeometry()))
        resize(1280, 800);
    restoreState(m_settings.windowState());
    updateRecentMenu();
    updateActions();
    updateTitle();
}

MainWindow::~MainWindow()
{
    closeFile();
    if (&appDialogs() == &m_dialogs)
        setAppDialogs(nullptr);
}

void MainWindow::closeTab(int index)
{
    if (index < 2 || !confirmCloseTab(index))
        return;
    QWidget *w = m_workspace->widget(index);
    m_workspace->removeTab(index);
    w->deleteLater();
}

bool MainWindow::confirmCloseTab(int index)
{
    auto *view = qobject_cast<PersonView *>(m_workspace->widget(index));
    if (!view || !view->hasUnsavedChanges())
        return true;
    m_workspace->setCurrentIndex(index);
    switch (m_dialogs.askToSave(this, view->unsavedSummary())) {
    case UnsavedAnswer::Save:
        return view->saveChanges(); // a refused check keeps the tab open, message shown
    case UnsavedAnswer::Discard:
        return true;
    case UnsavedAnswer::Cancel:
        break;
    }
    return false;
}

bool MainWindow::confirmDiscardEdits()
{
    for (int i = 2; i < m_workspace->count(); ++i)
        if (!confirmCloseTab(i))
            return false;
    return true;
}

void MainWindow::askCloseFile()
{
    if (confirmDiscardEdits())
        closeFile();
}

void MainWindow::setSession(std::unique_ptr<Session> session)
{
    closeFile();
    m_session = std::move(session);
    m_settings.addRecentFile(m_session->path());
    m_lastSaved = QDateTime();
    connect(m_session.get(), &Session::changed, this, [this](Id) {
        // Every change is written at once (one transaction each): this is when.
        m_lastSaved = QDateTime::currentDateTime();
        updateStatusFields();
        m_dashboard->reload();
        m_people->reload();
        m_session->reviewAlerts(); // the change may raise or clear alerts
    });
    connect(
        m_session.get(), &Session::alertsReviewed, this, [this](int open, const QString &error) {
            m_dashboard->reload();
            m_people->reload();
            statusBar()->showMessage(error.isEmpty()
                    ? tr("Alerts up to date: %n open.", nullptr, open)
                    : tr("The alerts could not be brought up to date: %1").arg(error),
                6000);
        });
    m_dashboard->setSession(m_session.get());
    m_people->setSession(m_session.get());
    action(QStringLiteral("actionUndo"))->setEnabled(false);
    connect(m_session->undoStack(), &QUndoStack::canUndoChanged,
        action(QStringLiteral("actionUndo")), &QAction::setEnabled);
    connect(m_session->undoStack(), &QUndoStack::canRedoChanged,
        action(QStringLiteral("actionRedo")), &QAction::setEnabled);
    m_stack->setCurrentWidget(m_workspace);
    m_workspace->setCurrentWidget(m_dashboard);
    m_session->reviewAlerts();
    updateRecentMenu();
    updateActions();
    updateTitle();
    const QString note = BackupActions::afterOpen(this, *m_session);
    statusBar()->showMessage(
        note.isEmpty() ? tr("Opened %1").arg(QDir::toNativeSeparators(m_session->path())) : note,
        note.isEmpty() ? 5000 : 15000);
}

bool MainWindow::openFile(const QString &path)
{
    if (path.isEmpty() || !confirmDiscardEdits())
        return false;
    try {
        setSession(Session::open(path, m_settings.userName(), m_clock));
        return true;
    } catch (const std::exception &e) {
        showError(this, tr("Open a provider file"), e);
        if (!QFileInfo::exists(path)) {
            m_settings.removeRecentFile(path);
            updateRecentMenu();
        }
        return false;
    }
}

bool MainWindow::newFile(const QString &path, const QString &providerName)
{
    if (!confirmDiscardEdits())
        return false;
    try {
        setSession(Session::create(path, providerName, m_settings.userName(), m_clock));
        return true;
    } catch (const std::exception &e) {
        showError(this, tr("Create a provider file"), e);
        return false;
    }
}

void MainWindow::closeFile()
{
    if (!m_session)
        return;
    while (m_workspace->count() > 2) {
        QWidget *w = m_workspace->widget(2);
        m_workspace->removeTab(2);
        delete w;
    }
    m_dashboard->setSession(nullptr);
    m_people->setSession(nullptr);
    checkpointOnClose(*m_session);
    m_session.reset();
    if (m_stack)
        m_stack->setCurrentWidget(m_welcome);
    updateActions();
    updateTitle();
}

PersonView *MainWindow::openPerson(Id personId)
{
    if (!m_session || !personId)
        return nullptr;
    for (int i = 2; i < m_workspace->count(); ++i)
        if (auto *v = qobject_cast<PersonView *>(m_workspace->widget(i));
            v && v->personId() == personId) {
            m_workspace->setCurrentIndex(i);
            return v;
        }
    auto *view = new PersonView(*m_session, personId, m_workspace);
    const int index = m_workspace->addTab(view, view->title());
    m_workspace->setCurrentIndex(index);
    connect(view, &PersonView::titleChanged, this,
        [this, view] { m_workspace->setTabText(m_workspace->indexOf(view), view->title()); });
    connect(view, &PersonView::entryRequested, this,
        [this](Id id, int kind) { newEntry(static_cast<TxnKind>(kind), id); });
    connect(view, &PersonView::reverseRequested, this, &MainWindow::reverseEntry);
    connect(view, &PersonView::attachRequested, this, &MainWindow::attachReceipt);
    connect(view, &PersonView::newAgreementRequested, this, &MainWindow::newAgreement);
    connect(view, &PersonView::noticeRequested, this, &MainWindow::giveNotice);
    connect(view, &PersonView::acknowledgeRequested, this, &MainWindow::acknowledgeAlert);
    connect(view, &PersonView::hoursRequested, this, &MainWindow::recordHours);
    connect(view, &PersonView::copyRequested, this,
        [this](Id whose, const Period &period, bool easyRead, const QDate &issuedOn) {
            ReportActions::previewCopy(*this, whose, period, easyRead, issuedOn);
        });
    return view;
}

Id MainWindow::currentPersonId() const
{
    // The person in the current tab, or the one selected in the People list.
    if (auto *v = qobject_cast<PersonView *>(m_workspace->currentWidget()))
        return v->personId();
    if (m_workspace->currentWidget() == m_people)
        return m_people->view()->currentIndex().data(IdRole).toLongLong();
    return 0;
}

void MainWindow::updateTitle()
{
    updateStatusFields();
    if (!m_session) {
        setWindowTitle(tr("ISF Desk"));
        return;
    }
    QString provider;
    try {
        provider = loadProvider(m_session->file()).name;
    } catch (const Error &) { }
    setWindowTitle(
        tr("%1 \u2014 %2 \u2014 ISF Desk").arg(provider, QFileInfo(m_session->path()).fileName()));
}

void MainWindow::updateStatusFields()
{
    if (!m_session) {
        for (QLabel *l : { m_statusFile, m_statusUser, m_statusSaved })
            l->clear();
        return;
    }
    m_statusFile->setText(tr("File: %1").arg(QFileInfo(m_session->path()).fileName()));
    m_statusFile->setToolTip(QDir::toNativeSeparators(m_session->path()));
    m_statusUser->setText(tr("User: %1").arg(m_session->userName()));
    m_statusUser->setToolTip(tr("The name recorded in the audit log for your changes"));
    m_statusSaved->setText(m_lastSaved.isValid()
            ? tr("Last saved %1").arg(m_lastSaved.toString(QStringLiteral("HH:mm")))
            : tr("No changes since opening"));
    m_statusSaved->setToolTip(tr("Every entry and edit is saved to the file as soon as it is "
                                 "made; there is no separate Save."));
}

void MainWindow::updateActions()
{
    for (QAction *a : std::as_const(m_fileActions))
        a->setEnabled(m_session != nullptr);
    if (!m_session) {
        action(QStringLiteral("actionUndo"))->setEnabled(false);
        action(QStringLiteral("actionRedo"))->setEnabled(false);
    }
}

void MainWindow::updateRecentMenu()
{
    const QStringList files = m_settings.recentFiles();
    m_welcome->setRecentFiles(files);
    if (!m_recent)
        return;
    m_recent->clear();
    int n = 0;
    for (const QString &f : files) {
        QAction *a = m_recent->addAction(
            QStringLiteral("&%1 %2").arg(++n).arg(QDir::toNativeSeparators(f)));
        connect(a, &QAction::triggered, this, [this, f] { openFile(f); });
    }
    m_recent->setEnabled(!files.isEmpty());
}

void MainWindow::askOpen()
{
    openFile(m_dialogs.openFileName(this, tr("Open a provider file"), providerFileFilter()));
}

void MainWindow::askNew()
{
    const QString path = m_dialogs.saveFileName(
        this, tr("New provider file"), QStringLiteral("provider.isf"), providerFileFilter());
    if (path.isEmpty())
        return;
    // A blank name is asked again with the reason, never taken as "cancel".
    QString label = tr("The provider's name (shown on every statement and letter):");
    for (;;) {
        const QString name = m_dialogs.askText(this, tr("New provider file"), label, QString());
        if (name.isNull())
            return; // cancelled
        if (!name.trimmed().isEmpty()) {
            newFile(path, name.trimmed());
            return;
        }
        label = tr("The provider's name cannot be blank. Type the name shown on statements "
                   "and letters, or Cancel:");
    }
}

void MainWindow::openDemo()
{
    const QString path = defaultDemoPath();
    QProgressDialog wait(tr("Making the demo provider file\u2026"), QString(), 0, 0, this);
    wait.setWindowModality(Qt::WindowModal);
    wait.setMinimumDuration(0);
    wait.show();
    QApplication::processEvents();
    const bool made
        = attempt(this, tr("Make the demo file"), [&] { ensureDemoFile(path, m_clock); });
    wait.close();
    if (made)
        openFile(path);
}

void MainWindow::backup()
{
    if (!m_session)
        return;
    const QString suggested = QFileInfo(m_session->path()).completeBaseName()
        + QStringLiteral("-backup-") + m_session->today().toString(Qt::ISODate)
        + QStringLiteral(".isf");
    const QString path
        = m_dialogs.saveFileName(this, tr("Save a backup copy"), suggested, providerFileFilter());
    if (path.isEmpty())
        return;
    if (attempt(this, tr("Save a backup copy"), [&] { m_session->file().backupTo(path); }))
        statusBar()->showMessage(
            tr("Backup saved to %1").arg(QDir::toNativeSeparators(path)), 8000);
}

void MainWindow::restoreFromBackup()
{
    if (!m_session || !confirmDiscardEdits())
        return;
    const QString path = m_session->path();
    const QString chosen = BackupActions::chooseBackup(this, path);
    if (chosen.isEmpty())
        return;
    closeFile();
    RestoreResult result;
    if (attempt(this, tr("Restore from backup"),
            [&] { result = restoreBackup(chosen, path, true, m_clock); }))
        statusBar()->showMessage(
            tr("Restored %1 from %2; the file it replaced is kept as %3")
                .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(chosen),
                    QDir::toNativeSeparators(result.savedCurrent)),
            15000);
    openFile(path);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!confirmDiscardEdits()) {
        event->ignore();
        return;
    }
    m_settings.setWindow(saveGeometry(), saveState());
    event->accept();
}

QAction *MainWindow::action(const QString &objectName) const
{
    return findChild<QAction *>(objectName);
}

} // namespace isf::ui
