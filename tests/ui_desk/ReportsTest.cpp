// Reports from the desktop app: the statement print preview opens for a person, and
// statements for everyone run on a worker thread and can be cancelled.
#include "core/ledger/Ledger.h"
#include "core/statements/StatementsIssued.h"
#include "tests/support/Fixtures.h"
#include "tests/support/catch.h"
#include "tests/ui_desk/UiHelpers.h"
#include "ui/documents/AuditPackDialog.h"
#include "ui/documents/ReportActions.h"
#include "ui/entry/EntryDialog.h"
#include "ui/person/PersonView.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QPrintPreviewDialog>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTimeZone>

using namespace isf;
using namespace isf::ui;

namespace {
const FixedClock kClock(QDateTime(QDate(2026, 11, 28), QTime(12, 0), QTimeZone::utc()));

void addPeople(TestFile &tf, int n)
{
    const Id council = tf.addCouncil();
    Ledger ledger(*tf);
    for (int i = 0; i < n; ++i) {
        const Id pid
            = tf.addPerson(QStringLiteral("P%1").arg(i + 1, 3, 10, QLatin1Char('0')), council);
        tf.addAgreement(pid, QDate(2026, 9, 7), gbp(u"500.00"));
        NewEntry e;
        e.kind = TxnKind::CouncilPayment;
        e.date = QDate(2026, 9, 7);
        e.personId = pid;
        e.amount = gbp(u"2000.00");
        ledger.post(e);
    }
}
} // namespace

TEST_CASE("Statement print preview opens for the person in the current tab")
{
    TestFile tf;
    addPeople(tf, 1);
    DeskFixture desk(tf.dir.root(), kClock);
    MainWindow &w = *desk.window;
    REQUIRE(w.openFile(tf.path));
    REQUIRE(w.openPerson(1));
    w.action(QStringLiteral("actionPreviewStatement"))->trigger();
    auto *preview = findDialog<QPrintPreviewDialog>(&w);
    REQUIRE(preview);
    CHECK_FALSE(preview->windowTitle().isEmpty());
    preview->close();
}

TEST_CASE("Statements for everyone write a PDF each, and can be cancelled")
{
    TestFile tf;
    const int people = GENERATE(30, 150);
    addPeople(tf, people);
    DeskFixture desk(tf.dir.root(), kClock);
    MainWindow &w = *desk.window;
    REQUIRE(w.openFile(tf.path));

    if (people == 30) {
        const QString out = tf.dir.path(QStringLiteral("all"));
        desk.dialogs.answers << out;
        QSignalSpy done(&w, &MainWindow::bulkStatementsFinished);
        w.action(QStringLiteral("actionBulkStatements"))->trigger();
        REQUIRE(waitFor([&] { return done.count() == 1; }, 120000));
        CHECK(done.at(0).at(0).toInt() == people);
        CHECK_FALSE(done.at(0).at(1).toBool());
        CHECK(QDir(out).entryList({ QStringLiteral("*.pdf") }).size() == people);
    } else {
        // Cancel as soon as the progress dialog shows: the window stays responsive and
        // the worker stops between people.
        const QString out = tf.dir.path(QStringLiteral("cancelled"));
        desk.dialogs.answers << out;
        QSignalSpy done(&w, &MainWindow::bulkStatementsFinished);
        w.action(QStringLiteral("actionBulkStatements"))->trigger();
        QProgressDialog *progress = nullptr;
        REQUIRE(waitFor([&] { return (progress = findDialog<QProgressDialog>(&w)) != nullptr; }));
        QTest::mouseClick(progress->findChild<QPushButton *>(), Qt::LeftButton);
        REQUIRE(waitFor([&] { return done.count() == 1; }, 120000));
        CHECK(done.at(0).at(1).toBool());
        const int written = done.at(0).at(0).toInt();
        CHECK(written < people);
        CHECK(QDir(out).entryList({ QStringLiteral("*.pdf") }).size() == written);
    }
}

TEST_CASE("The audit pack is exported from the Reports menu with progress")
{
    TestFile tf;
    addPeople(tf, 3);
    DeskFixture desk(tf.dir.root(), kClock);
    MainWindow &w = *desk.window;
    REQUIRE(w.openFile(tf.path));
    QSignalSpy done(&w, &MainWindow::auditPackFinished);
    w.action(QStringLiteral("actionAuditPack"))->trigger();
    auto *dialog = findDialog<AuditPackDialog>(&w);
    REQUIRE(dialog);
    auto *period = dialog->findChild<QComboBox *>(QStringLiteral("packPeriod"));
    period->setCurrentIndex(1); // this financial year so far
    const QString out = tf.dir.path(QStringLiteral("pack.zip"));
    desk.dialogs.answers << out;
    QTest::mouseClick(
        dialog->findChild<QPushButton *>(QStringLiteral("packExport")), Qt::LeftButton);
    REQUIRE(waitFor([&] { return done.count() == 1; }, 120000));
    CHECK(done.at(0).at(0).toString() == out);
    QFile zip(out);
    REQUIRE(zip.open(QIODevice::ReadOnly));
    CHECK(zip.read(2) == QByteArray("PK"));
}

TEST_CASE("Issuing a statement records it and closes its period to new entries")
{
    TestFile tf;
    addPeople(tf, 1);
    DeskFixture desk(tf.dir.root(), kClock);
    MainWindow &w = *desk.window;
    REQUIRE(w.openFile(tf.path));
    REQUIRE(w.openPerson(1));
    desk.dialogs.answers << tf.dir.path(QStringLiteral("issued.pdf"));
    w.action(QStringLiteral("actionIssueStatement"))->trigger();
    const auto issued = listStatementsIssued(*tf, 1);
    REQUIRE(issued.size() == 1);
    CHECK(QFileInfo::exists(tf.dir.path(QStringLiteral("issued.pdf"))));

    // An entry dated inside the closed period is refused on the form, with the reason.
    w.newEntry(TxnKind::Contribution, 1);
    auto *entry = findDialog<EntryDialog>(&w);
    REQUIRE(entry);
    entry->findChild<QDateEdit *>(QStringLiteral("entryDate"))->setDate(issued[0].period.last);
    QTest::keyClicks(
        entry->findChild<QLineEdit *>(QStringLiteral("entryAmount")), QStringLiteral("10"));
    CHECK(entry->message().contains(QStringLiteral("closed")));
    CHECK_FALSE(entry->findChild<QPushButton *>(QStringLiteral("postButton"))->isEnabled());
}
