// The main window remembers its files and its state, opens people from the dashboard,
// and backs the file up.
#include "Fixtures.h"
#include "UiHelpers.h"
#include "catch.h"
#include "dashboard/DashboardPage.h"
#include "ledger/Ledger.h"
#include "person/PersonView.h"
#include "storage/ProviderFile.h"

#include <QFileInfo>
#include <QMenu>
#include <QTabWidget>
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
}
