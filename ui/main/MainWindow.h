// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include "core/ledger/Entry.h"

#include <QDateTime>
#include <QMainWindow>

#include <memory>

class QAction;
class QLabel;
class QMenu;
class QStackedWidget;
class QTabWidget;

namespace isf {
class Clock;
}

namespace isf::ui {

class AppSettings;
class DashboardPage;
class FileDialogs;
class PeoplePage;
class PersonView;
class Session;
class WelcomePage;

// The main window: menus and shortcuts, the welcome page when no file is open, and
// the workspace (Dashboard, People, and a tab per open person) when one is.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(
        AppSettings &settings, FileDialogs &dialogs, const Clock &clock, QWidget *parent = nullptr);
    ~MainWindow() override;

    bool openFile(const QString &path);
    bool newFile(const QString &path, const QString &providerName);
    // Closes the file without asking (see askCloseFile).
    void closeFile();
    // Asks Save/Discard/Cancel for each person tab with unsaved edits; true when all
    // may close (saved or discarded), false when the person cancelled or a save failed.
    bool confirmDiscardEdits();
    bool confirmCloseTab(int index);
    // Opens the demo provider file, making it first if needed.
    void openDemo();
    Session *session() const { return m_session.get(); }
    PersonView *openPerson(Id personId);
    QTabWidget *workspace() const { return m_workspace; }
    DashboardPage *dashboard() const { return m_dashboard; }
    PeoplePage *people() const { return m_people; }
    FileDialogs &dialogs() const { return m_dialogs; }
    AppSettings &settings() const { return m_settings; }
    QAction *action(const QString &objectName) const;

    // Entry points the menus, the person view and tests share.
    void newEntry(TxnKind kind, Id personId = 0);
    void newRemittance();
    void reverseEntry(Id txnId);
    void attachReceipt(Id txnId);
    void newPerson();
    void newAgreement(Id personId);
    void giveNotice(Id personId);
    void acknowledgeAlert(Id alertId);
    void recordHours(Id personId);
    void showSettings(int page = 0);
    Id currentPersonId() const;

signals:
    // Issue statements has stopped (finished or cancelled): the statements made.
    void bulkStatementsFinished(int written, bool cancelled);
    // The audit pack export has ended: the path written (empty when not written).
    void auditPackFinished(const QString &path, bool cancelled);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void createFileMenu();
    void createEntryMenus();
    void createReportsMenu();
    void createHelpMenu();
    void createToolBar();
    void describeActions();
    QAction *addAction(QMenu *menu, const QString &text, const QString &objectName,
        const QKeySequence &shortcut, void (MainWindow::*slot)());
    void updateRecentMenu();
    void updateActions();
    void updateTitle();
    void updateStatusFields();
    void setSession(std::unique_ptr<Session> session);
    void backup();
    void restoreFromBackup();
    void askOpen();
    void askNew();
    void askCloseFile();
    void closeTab(int index);
    void showAbout();
    void showGuide();

    AppSettings &m_settings;
    FileDialogs &m_dialogs;
    const Clock &m_clock;
    std::unique_ptr<Session> m_session;
    QStackedWidget *m_stack;
    WelcomePage *m_welcome;
    QTabWidget *m_workspace;
    DashboardPage *m_dashboard;
    PeoplePage *m_people;
    QMenu *m_recent = nullptr;
    QLabel *m_statusFile, *m_statusUser, *m_statusSaved;
    QDateTime m_lastSaved;
    QList<QAction *> m_fileActions; // enabled only while a file is open
};

} // namespace isf::ui
