// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
// Looks and feel (issue 16, problems 11, 12 and 13): a toolbar, a status bar, tooltips
// on every action, one Tab from the search to the results, Ctrl+P on the dashboard
// leading to a choice rather than an error, and --help without a display.
#include "tests/support/Fixtures.h"
#include "tests/support/catch.h"
#include "tests/ui_desk/UiHelpers.h"
#include "ui/dashboard/DashboardPage.h"
#include "ui/people/PeoplePage.h"

#include <QAction>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimeZone>
#include <QToolBar>

using namespace isf;
using namespace isf::ui;

namespace {
const FixedClock kClock(QDateTime(QDate(2026, 11, 28), QTime(12, 0), QTimeZone::utc()));
}

TEST_CASE("Problem 11: a toolbar, a status bar and a tooltip on every action")
{
    TestFile tf;
    const Id council = tf.addCouncil();
    tf.addPerson(QStringLiteral("P0001"), council);
    DeskFixture desk(tf.dir.root(), kClock);
    MainWindow &w = *desk.window;
    REQUIRE(w.openFile(tf.path));
    auto *bar = w.findChild<QToolBar *>(QStringLiteral("mainToolBar"));
    REQUIRE(bar);
    QStringList names;
    for (QAction *a : bar->actions())
        names << a->objectName();
    CHECK(names.contains(QStringLiteral("actionExpense")));
    CHECK(names.contains(QStringLiteral("actionPreviewStatement")));
    CHECK(names.contains(QStringLiteral("actionPeople")));
    for (QAction *a : w.findChildren<QAction *>()) {
        if (a->isSeparator() || a->menu() || a->text().isEmpty() || a->parent() != &w)
            continue;
        INFO(a->objectName().toStdString());
        CHECK_FALSE(a->statusTip().isEmpty());
        if (!a->shortcut().isEmpty())
            CHECK(a->toolTip().contains(a->shortcut().toString(QKeySequence::NativeText)));
    }
    CHECK(w.findChild<QLabel *>(QStringLiteral("statusFile"))->text()
        == QStringLiteral("File: ") + QFileInfo(tf.path).fileName());
    CHECK(w.findChild<QLabel *>(QStringLiteral("statusUser"))->text()
        == QStringLiteral("User: tester"));
}

TEST_CASE("Problem 11: one Tab (or Down) from the search box reaches the people")
{
    TestFile tf;
    const Id council = tf.addCouncil();
    tf.addPerson(QStringLiteral("P0001"), council);
    tf.addPerson(QStringLiteral("P0002"), council, QStringLiteral("Sam"));
    DeskFixture desk(tf.dir.root(), kClock);
    MainWindow &w = *desk.window;
    REQUIRE(w.openFile(tf.path));
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    w.activateWindow();
    w.workspace()->setCurrentWidget(w.people());
    auto *search = w.people()->findChild<QLineEdit *>(QStringLiteral("peopleSearch"));
    search->setFocus();
    REQUIRE(waitFor([&] { return search->hasFocus(); }, 2000));
    QTest::keyClick(search, Qt::Key_Tab);
    CHECK(w.people()->view()->hasFocus());
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("sam"));
    QTest::keyClick(search, Qt::Key_Down);
    REQUIRE(w.people()->view()->hasFocus());
    CHECK(w.people()->view()->currentIndex().siblingAtColumn(0).data().toString()
        == QStringLiteral("P0002"));
}

TEST_CASE("Problem 11: Ctrl+P on the dashboard asks for a person instead of an error")
{
    TestFile tf;
    const Id council = tf.addCouncil();
    tf.addPerson(QStringLiteral("P0001"), council);
    DeskFixture desk(tf.dir.root(), kClock);
    MainWindow &w = *desk.window;
    REQUIRE(w.openFile(tf.path));
    REQUIRE(desk.waitForReview()); // its "Alerts up to date" would replace the message
    QTest::qWait(50);
    w.workspace()->setCurrentWidget(w.dashboard());
    w.action(QStringLiteral("actionPreviewStatement"))->trigger();
    QTest::qWait(20);
    CHECK_FALSE(findDialog<QMessageBox>());
    CHECK(w.workspace()->currentWidget() == w.people());
    CHECK(w.statusBar()->currentMessage().startsWith(QStringLiteral("Choose a person")));
}

TEST_CASE("Problem 12: empty people list says how to start")
{
    TestFile tf;
    DeskFixture desk(tf.dir.root(), kClock);
    REQUIRE(desk.window->openFile(tf.path));
    CHECK(desk.window->people()
              ->findChild<QLabel *>(QStringLiteral("peopleCount"))
              ->text()
              .startsWith(QStringLiteral("No people yet: add a person")));
}

TEST_CASE("Problem 13: isfdesk --help and --version work without a display")
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(ISF_DESK_PATH), { QStringLiteral("--help") });
    REQUIRE(p.waitForFinished(20000));
    CHECK(p.exitStatus() == QProcess::NormalExit);
    CHECK(p.exitCode() == 0);
    const QString out = QString::fromLocal8Bit(p.readAllStandardOutput());
    CHECK(out.contains(QStringLiteral("--screenshots")));
    CHECK(out.contains(QStringLiteral("--font-scale")));
    p.start(QStringLiteral(ISF_DESK_PATH), { QStringLiteral("--version") });
    REQUIRE(p.waitForFinished(20000));
    CHECK(p.exitCode() == 0);
    CHECK(QString::fromLocal8Bit(p.readAllStandardOutput()).contains(QStringLiteral("isfdesk")));
}
