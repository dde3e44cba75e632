// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
// The main window remembers its files and its state, opens people from the dashboard,
// and backs the file up.
#include "core/ledger/Ledger.h"
#include "core/rules/alerts/AlertStore.h"
#include "core/storage/ProviderFile.h"
#include "tests/support/Fixtures.h"
#include "tests/support/catch.h"
#include "tests/ui_desk/UiHelpers.h"
#include "ui/dashboard/DashboardPage.h"
#include "ui/person/PersonView.h"

#include <QFileInfo>
#include <QInputDialog>
#include <QMenu>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimeZone>
#include <QTreeWidget>

using namespace isf;
using namespace isf::ui;

namespace {
const FixedClock kClock(QDateTime(QDate(2026, 11, 28), QTime(12, 0), QTimeZone::utc()));
}

TEST_CASE("Recent files and the window state persist; a backup copy opens")
{
    TestFile tf;
    tf.addCouncil();
    const QString ini = tf.dir.root();
    {
        DeskFixture desk(ini, kClock);
        REQUIRE(desk.window->openFile(tf.path));
        desk.dialogs.answers << tf.dir.path(QStringLiteral("backup.isf"));
        desk.window->action(QStringLiteral("actionBackup"))->trigger();
        REQUIRE(QFileInfo::exists(tf.dir.path(QStringLiteral("backup.isf"))));
        desk.window->resize(900, 700);
        desk.window->close();
    }
    AppSettings settings(ini + QStringLiteral("/settings.ini"));
    REQUIRE(settings.recentFiles().size() == 1);
    CHECK(settings.recentFiles().first() == QFileInfo(tf.path).absoluteFilePath());
    CHECK_FALSE(settings.windowGeometry().isEmpty());

    DeskFixture again(ini, kClock);
    auto *recent = again.window->findChild<QMenu *>(QStringLiteral("menuRecent"));
    REQUIRE(recent);
    REQUIRE(recent->actions().size() == 1);
    recent->actions().first()->trigger();
    REQUIRE(again.window->session());
    CHECK(again.window->openFile(tf.dir.path(QStringLiteral("backup.isf"))));
    CHECK(again.settings.recentFiles().size() == 2);
}

TEST_CASE("An alert on the dashboard opens its person")
{
    TestFile tf;
    const Id council = tf.addCouncil();
    const Id pid = tf.addPerson(QStringLiteral("P0001"), council);
    tf.addAgreement(pid, QDate(2026, 11, 2), gbp(u"500.00"));
    NewEntry pay;
    pay.kind = TxnKind::CouncilPayment;
    pay.date = QDate(2026, 11, 2);
    pay.personId = pid;
    pay.amount = gbp(u"9000.00");
    Ledger(*tf).post(pay);
    DeskFixture desk(tf.dir.root(), kClock);
    MainWindow &w = *desk.window;
    REQUIRE(w.openFile(tf.path));
    REQUIRE(desk.waitForReview());
    QTreeWidget *tree = w.dashboard()->attention();
    REQUIRE(waitFor(
        [&] { return tree->topLevelItemCount() > 0 && tree->topLevelItem(0)->childCount() > 0; }));
    QTreeWidgetItem *group = nullptr;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        if (tree->topLevelItem(i)->text(0).startsWith(QStringLiteral("Excess balance (1)")))
            group = tree->topLevelItem(i);
    REQUIRE(group);
    emit tree->itemActivated(group->child(0), 0);
    auto *view = qobject_cast<PersonView *>(w.workspace()->currentWidget());
    REQUIRE(view);
    CHECK(view->personId() == pid);

    // Acknowledge it with a note from the person's Alerts tab.
    QWidget *alertsTab = view->findChild<QWidget *>(QStringLiteral("alertsTab"));
    view->tabs()->setCurrentWidget(alertsTab);
    auto *table = alertsTab->findChild<QTableWidget *>(QStringLiteral("personAlerts"));
    int row = -1;
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->item(r, 0)->text() == QStringLiteral("Excess balance"))
            row = r;
    REQUIRE(row >= 0);
    table->selectRow(row);
    auto *ack = alertsTab->findChild<QPushButton *>(QStringLiteral("acknowledgeButton"));
    REQUIRE(ack->isEnabled());
    QTest::mouseClick(ack, Qt::LeftButton);
    auto *note = findDialog<QInputDialog>(&w);
    REQUIRE(note);
    note->setTextValue(QStringLiteral("Saving for a holiday, agreed with the case worker"));
    note->accept();
    bool acknowledged = false;
    for (const AlertRecord &r : alertRecords(*tf, AlertStatus::Acknowledged, pid))
        acknowledged = acknowledged || r.ackNote.startsWith(QStringLiteral("Saving for a holiday"));
    CHECK(acknowledged);
    REQUIRE(waitFor([&] {
        for (int r = 0; r < table->rowCount(); ++r)
            if (table->item(r, 0)->text() == QStringLiteral("Excess balance"))
                return table->item(r, 2)->text() == QStringLiteral("acknowledged");
        return false;
    }));
}
