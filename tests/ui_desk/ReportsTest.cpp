// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
// Reports from the desktop app: the statement print preview opens for a person, and
// statements for everyone run on a worker thread and can be cancelled.
#include "core/ledger/Ledger.h"
#include "core/statements/StatementsIssued.h"
#include "tests/support/Fixtures.h"
#include "tests/support/catch.h"
#include "tests/ui_desk/UiHelpers.h"
#include "ui/common/Session.h"
#include "ui/documents/AuditPackDialog.h"
#include "ui/documents/ReportActions.h"
#include "ui/entry/EntryDialog.h"
#include "ui/issuing/IssueResultsDialog.h"
#include "ui/issuing/IssueStatementsDialog.h"
#include "ui/person/PersonView.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPrintPreviewDialog>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
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

TEST_CASE("Problem 3: Issue statements asks first, says what closes, and keeps its results")
{
    TestFile tf;
    const int people = GENERATE(30, 150);
    addPeople(tf, people);
    DeskFixture desk(tf.dir.root(), kClock);
    MainWindow &w = *desk.window;
    REQUIRE(w.openFile(tf.path));
    const QString out = tf.dir.path(QStringLiteral("out"));
    w.action(QStringLiteral("actionIssueStatements"))->trigger();
    auto *dialog = findDialog<IssueStatementsDialog>(&w);
    REQUIRE(dialog);
    dialog->findChild<QLineEdit *>(QStringLiteral("issueFolder"))->setText(out);
    // Periods ending by 27/11/2026: each person's 5 Oct to 1 Nov, closing 2 periods each.
    CHECK(dialog->findChild<QLabel *>(QStringLiteral("issueSummary"))->text()
        == QStringLiteral("%1 statements will be issued, closing %2 periods.")
               .arg(people)
               .arg(2 * people));
    QSignalSpy done(&w, &MainWindow::bulkStatementsFinished);
    // Saying no to the confirmation changes nothing and keeps the choices.
    desk.dialogs.confirmAnswers << false;
    dialog->accept();
    REQUIRE(desk.dialogs.confirmAsked.size() == 1);
    CHECK(desk.dialogs.confirmAsked[0].startsWith(
        QStringLiteral("Issue %1 statements? This closes %2 periods").arg(people).arg(2 * people)));
    CHECK(dialog->isVisible());
    CHECK(listStatementsIssued(w.session()->file(), 0).empty());
    desk.dialogs.confirmAnswers << true;
    dialog->accept();
    if (people == 30) {
        REQUIRE(waitFor([&] { return done.count() == 1; }, 120000));
        CHECK(done.at(0).at(0).toInt() == people);
        CHECK_FALSE(done.at(0).at(1).toBool());
        const QStringList pdfs = QDir(out).entryList({ QStringLiteral("*.pdf") });
        CHECK(pdfs.size() == people);
        CHECK(pdfs.contains(QStringLiteral("P001-Alex-Taylor-statement-2026-11-01.pdf")));
        CHECK(listStatementsIssued(w.session()->file(), 0).size() == size_t(people));
        // The results stay until closed.
        QTest::qWait(1500);
        auto *results = findDialog<IssueResultsDialog>(&w);
        REQUIRE(results);
        CHECK(results->findChild<QLabel *>(QStringLiteral("issueResultsSummary"))
                  ->text()
                  .startsWith(QStringLiteral("30 issued, 0 drafts, 0 skipped, 0 failed")));
        CHECK(results->findChild<QPushButton *>(QStringLiteral("issueOpenFolder")));
        results->close();
    } else {
        // Cancel as soon as the progress dialog shows: the worker stops between people.
        QProgressDialog *progress = nullptr;
        REQUIRE(waitFor([&] { return (progress = findDialog<QProgressDialog>(&w)) != nullptr; }));
        QTest::mouseClick(progress->findChild<QPushButton *>(), Qt::LeftButton);
        REQUIRE(waitFor([&] { return done.count() == 1; }, 120000));
        CHECK(done.at(0).at(1).toBool());
        const int written = done.at(0).at(0).toInt();
        CHECK(written < people);
        CHECK(QDir(out).entryList({ QStringLiteral("*.pdf") }).size() == written);
        CHECK(listStatementsIssued(w.session()->file(), 0).size() == size_t(written));
        // The results of a cancelled run stay too; close them before the window goes, so
        // nothing the run queued is delivered to a window that no longer exists.
        IssueResultsDialog *results = nullptr;
        REQUIRE(waitFor([&] { return (results = findDialog<IssueResultsDialog>(&w)) != nullptr; }));
        results->close();
        QTest::qWait(200);
    }
}

TEST_CASE("Problem 3: a period ending today is not issued; a draft is marked and not recorded")
{
    TestFile tf;
    const Id council = tf.addCouncil();
    const Id pid = tf.addPerson(QStringLiteral("P0001"), council);
    tf.addAgreement(pid, QDate(2026, 10, 31), gbp(u"100.00")); // periods end 27/11, 25/12
    const Id other = tf.addPerson(QStringLiteral("P0002"), council, QStringLiteral("Sam"));
    tf.addAgreement(other, QDate(2026, 11, 1), gbp(u"100.00")); // first period ends 28/11
    DeskFixture desk(tf.dir.root(), kClock);
    MainWindow &w = *desk.window;
    REQUIRE(w.openFile(tf.path));
    const QString out = tf.dir.path(QStringLiteral("today"));
    w.action(QStringLiteral("actionIssueStatements"))->trigger();
    auto *dialog = findDialog<IssueStatementsDialog>(&w);
    REQUIRE(dialog);
    dialog->findChild<QDateEdit *>(QStringLiteral("issuePeriodEnd"))->setDate(QDate(2026, 11, 28));
    dialog->findChild<QLineEdit *>(QStringLiteral("issueFolder"))->setText(out);
    QSignalSpy done(&w, &MainWindow::bulkStatementsFinished);
    desk.dialogs.confirmAnswers << true;
    dialog->accept();
    REQUIRE(waitFor([&] { return done.count() == 1; }, 60000));
    CHECK(QDir(out).entryList({ QStringLiteral("*.pdf") })
        == QStringList { QStringLiteral("P0001-Alex-Taylor-statement-2026-11-27.pdf") });
    CHECK(closedThrough(w.session()->file(), other).isNull());
    QTest::qWait(50);
    auto *results = findDialog<IssueResultsDialog>(&w);
    REQUIRE(results);
    CHECK(results->findChild<QLabel *>(QStringLiteral("issueResultsSummary"))
              ->text()
              .startsWith(QStringLiteral("1 issued, 0 drafts, 1 skipped")));
    results->close();

    // A draft of the period ending today: a file marked DRAFT, nothing recorded.
    w.action(QStringLiteral("actionIssueStatements"))->trigger();
    dialog = findDialog<IssueStatementsDialog>(&w);
    dialog->findChild<QDateEdit *>(QStringLiteral("issuePeriodEnd"))->setDate(QDate(2026, 11, 28));
    dialog->findChild<QLineEdit *>(QStringLiteral("issueFolder"))->setText(out);
    dialog->findChild<QRadioButton *>(QStringLiteral("issueDraft"))->setChecked(true);
    dialog->accept();
    REQUIRE(waitFor([&] { return done.count() == 2; }, 60000));
    CHECK(QDir(out).exists(QStringLiteral("P0002-Sam-Taylor-statement-DRAFT-2026-11-28.pdf")));
    CHECK(closedThrough(w.session()->file(), other).isNull());
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
