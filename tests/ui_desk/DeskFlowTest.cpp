// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
// The finance officer's day through the desktop app, driven with QTest events on the
// offscreen platform: create a file, add a person and agreement, post entries, see the
// balance and the alerts change, undo an edit.
#include "core/ledger/LedgerQueries.h"
#include "core/rules/alerts/AlertStore.h"
#include "core/storage/PersonStore.h"
#include "core/storage/ReferenceStore.h"
#include "tests/support/Fixtures.h"
#include "tests/support/catch.h"
#include "tests/ui_desk/UiHelpers.h"
#include "ui/common/Session.h"
#include "ui/entry/AgreementDialog.h"
#include "ui/entry/EntryDialog.h"
#include "ui/entry/NewPersonDialog.h"
#include "ui/entry/ReversalDialog.h"
#include "ui/people/PeopleModel.h"
#include "ui/people/PeoplePage.h"
#include "ui/person/LedgerModel.h"
#include "ui/person/LedgerTab.h"
#include "ui/person/PersonView.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTimeZone>

using namespace isf;
using namespace isf::ui;

namespace {
const FixedClock kClock(QDateTime(QDate(2026, 11, 28), QTime(12, 0), QTimeZone::utc()));

void type(QWidget *parent, const char *objectName, const QString &text)
{
    auto *edit = parent->findChild<QLineEdit *>(QLatin1String(objectName));
    REQUIRE(edit);
    edit->clear();
    QTest::keyClicks(edit, text);
}
} // namespace

TEST_CASE("Create a provider file, add a person and agreement, post and see the balance")
{
    TempDir dir;
    DeskFixture desk(dir.root(), kClock);
    MainWindow &w = *desk.window;
    REQUIRE(w.newFile(dir.path(QStringLiteral("new.isf")), QStringLiteral("Bluebell Support Ltd")));
    REQUIRE(w.session());
    REQUIRE(w.windowTitle().contains(QStringLiteral("Bluebell Support Ltd")));
    REQUIRE(desk.settings.recentFiles().size() == 1);
    Council c;
    c.name = QStringLiteral("Lancashire County Council");
    c.policy = Policy::fromPreset(QStringLiteral("lancashire"));
    saveCouncil(w.session()->file(), c);

    // Add a person through the form; the agreement form follows.
    w.action(QStringLiteral("actionNewPerson"))->trigger();
    auto *personDialog = findDialog<NewPersonDialog>(&w);
    REQUIRE(personDialog);
    type(personDialog, "newPersonRef", QStringLiteral("P0100"));
    type(personDialog, "newPersonGiven", QStringLiteral("Robin"));
    type(personDialog, "newPersonFamily", QStringLiteral("Hill"));
    QTest::mouseClick(
        personDialog->findChild<QPushButton *>(QStringLiteral("newPersonOk")), Qt::LeftButton);
    const auto person = findPerson(w.session()->file(), QStringLiteral("P0100"));
    REQUIRE(person);
    REQUIRE(waitFor([&] { return findDialog<AgreementDialog>(&w) != nullptr; }));
    auto *agreement = findDialog<AgreementDialog>(&w);
    agreement->findChild<QDateEdit *>(QStringLiteral("agreementStart"))
        ->setDate(QDate(2026, 11, 2));
    agreement->findChild<QDateEdit *>(QStringLiteral("agreementEffective"))
        ->setDate(QDate(2026, 11, 2));
    type(agreement, "agreementWeekly", QStringLiteral("500.00"));
    QTest::mouseClick(
        agreement->findChild<QPushButton *>(QStringLiteral("agreementOk")), Qt::LeftButton);
    REQUIRE_FALSE(agreement->isVisible());
    REQUIRE(w.people()->model()->rowCount() == 1);
    CHECK(w.people()->model()->row(0).weeklyBudget == gbp(u"500.00"));

    // A council payment: type the amount, Enter posts.
    PersonView *view = w.openPerson(person->id);
    REQUIRE(view);
    w.newEntry(TxnKind::CouncilPayment, person->id);
    auto *entry = findDialog<EntryDialog>(&w);
    REQUIRE(entry);
    type(entry, "entryAmount", QStringLiteral("2000"));
    CHECK(entry->message().startsWith(QStringLiteral("Ready to post")));
    QTest::keyClick(entry->findChild<QLineEdit *>(QStringLiteral("entryAmount")), Qt::Key_Return);
    REQUIRE(entry->postedId() > 0);
    CHECK(balanceAt(w.session()->file(), person->id, kClock.today()) == gbp(u"2000.00"));
    CHECK(view->ledgerTab()->model()->rowCount() == 1);
    CHECK(view->ledgerTab()->model()->index(0, LedgerModel::Balance).data().toString()
        == QStringLiteral("£2,000.00"));
    CHECK(w.people()->model()->row(0).balance == gbp(u"2000.00"));

    // An expense by hours x rate, computed live.
    w.newEntry(TxnKind::Expense, person->id);
    entry = findDialog<EntryDialog>(&w);
    REQUIRE(entry);
    auto *category = entry->findChild<QComboBox *>(QStringLiteral("entryCategory"));
    category->setCurrentIndex(category->findText(QStringLiteral("Personal care")));
    type(entry, "entryHours", QStringLiteral("7.5"));
    type(entry, "entryRate", QStringLiteral("21.33"));
    CHECK(entry->findChild<QLabel *>(QStringLiteral("entryComputed"))->text()
        == QStringLiteral("= £159.98"));
    QTest::keyClick(entry->findChild<QLineEdit *>(QStringLiteral("entryRate")), Qt::Key_Return);
    REQUIRE(entry->postedId() > 0);
    CHECK(balanceAt(w.session()->file(), person->id, kClock.today()) == gbp(u"1840.02"));

    // Escape cancels without posting.
    w.newEntry(TxnKind::Contribution, person->id);
    entry = findDialog<EntryDialog>(&w);
    type(entry, "entryAmount", QStringLiteral("10"));
    QTest::keyClick(entry, Qt::Key_Escape);
    CHECK(entry->postedId() == 0);
    CHECK(view->ledgerTab()->model()->totalLines() == 2);
}

TEST_CASE("A management fee is refused with the council's reason, before anything is posted")
{
    TestFile tf;
    const Id council = tf.addCouncil();
    const Id pid = tf.addPerson(QStringLiteral("P0001"), council);
    tf.addAgreement(pid, QDate(2026, 11, 2), gbp(u"500.00"));
    DeskFixture desk(tf.dir.root(), kClock);
    REQUIRE(desk.window->openFile(tf.path));
    desk.window->newEntry(TxnKind::Expense, pid);
    auto *entry = findDialog<EntryDialog>(desk.window.get());
    REQUIRE(entry);
    auto *category = entry->findChild<QComboBox *>(QStringLiteral("entryCategory"));
    category->setCurrentIndex(category->findText(QStringLiteral("Management fee")));
    type(entry, "entryAmount", QStringLiteral("45.00"));
    CHECK(entry->message().contains(QStringLiteral("does not allow a management fee")));
    CHECK_FALSE(entry->findChild<QPushButton *>(QStringLiteral("postButton"))->isEnabled());
    QTest::keyClick(entry->findChild<QLineEdit *>(QStringLiteral("entryAmount")), Qt::Key_Return);
    CHECK(entry->postedId() == 0);
    CHECK(personLedgerCount(*tf, pid, QDate(2000, 1, 1), QDate(2030, 1, 1)) == 0);
}

TEST_CASE("Posting a large payment raises an excess balance alert; a reversal shows on the ledger")
{
    TestFile tf;
    const Id council = tf.addCouncil();
    const Id pid = tf.addPerson(QStringLiteral("P0001"), council);
    tf.addAgreement(pid, QDate(2026, 11, 2), gbp(u"500.00"));
    DeskFixture desk(tf.dir.root(), kClock);
    MainWindow &w = *desk.window;
    REQUIRE(w.openFile(tf.path));
    REQUIRE(desk.waitForReview());
    PersonView *view = w.openPerson(pid);
    REQUIRE(view);
    w.newEntry(TxnKind::CouncilPayment, pid);
    auto *entry = findDialog<EntryDialog>(&w);
    type(entry, "entryAmount", QStringLiteral("9000"));
    QTest::keyClick(entry->findChild<QLineEdit *>(QStringLiteral("entryAmount")), Qt::Key_Return);
    REQUIRE(entry->postedId() > 0);
    const Id payment = entry->postedId();
    REQUIRE(desk.waitForReview());
    REQUIRE(waitFor([&] {
        return w.people()->model()->rowCount() == 1 && w.people()->model()->row(0).openAlerts > 0;
    }));
    bool excess = false;
    for (const AlertRecord &r : alertRecords(*tf, AlertStatus::Open, pid))
        excess = excess || r.alert.rule == QStringLiteral("excess_balance");
    CHECK(excess);

    // Reverse the payment with a reason: both lines stay, the alert clears.
    w.reverseEntry(payment);
    auto *reversal = findDialog<ReversalDialog>(&w);
    REQUIRE(reversal);
    type(reversal, "reversalReason", QStringLiteral("Paid to the wrong person"));
    QTest::mouseClick(
        reversal->findChild<QPushButton *>(QStringLiteral("reverseOk")), Qt::LeftButton);
    REQUIRE(reversal->postedId() > 0);
    CHECK(view->ledgerTab()->model()->totalLines() == 2);
    CHECK(view->ledgerTab()
              ->model()
              ->index(0, LedgerModel::Type)
              .data()
              .toString()
              .contains(QStringLiteral("reversed")));
    CHECK(view->ledgerTab()
              ->model()
              ->index(1, LedgerModel::Type)
              .data()
              .toString()
              .startsWith(QStringLiteral("Reversal")));
    REQUIRE(desk.waitForReview());
    auto excessOpen = [&] {
        for (const AlertRecord &r : alertRecords(*tf, AlertStatus::Open, pid))
            if (r.alert.rule == QStringLiteral("excess_balance"))
                return true;
        return false;
    };
    CHECK_FALSE(excessOpen());
    CHECK(w.people()->model()->row(0).openAlerts
        == static_cast<int>(alertRecords(*tf, AlertStatus::Open, pid).size()));
}

TEST_CASE("Editing a person's details is undoable")
{
    TestFile tf;
    const Id council = tf.addCouncil();
    const Id pid = tf.addPerson(QStringLiteral("P0001"), council, QStringLiteral("Alex"));
    DeskFixture desk(tf.dir.root(), kClock);
    MainWindow &w = *desk.window;
    REQUIRE(w.openFile(tf.path));
    PersonView *view = w.openPerson(pid);
    QWidget *details = view->findChild<QWidget *>(QStringLiteral("detailsTab"));
    view->tabs()->setCurrentWidget(details);
    auto *given = details->findChild<QLineEdit *>(QStringLiteral("personGiven"));
    given->selectAll();
    QTest::keyClicks(given, QStringLiteral("Alexandra"));
    QTest::mouseClick(
        details->findChild<QPushButton *>(QStringLiteral("savePersonButton")), Qt::LeftButton);
    CHECK(personById(*tf, pid)->givenName == QStringLiteral("Alexandra"));
    REQUIRE(w.action(QStringLiteral("actionUndo"))->isEnabled());
    w.action(QStringLiteral("actionUndo"))->trigger();
    CHECK(personById(*tf, pid)->givenName == QStringLiteral("Alex"));
    CHECK(given->text() == QStringLiteral("Alex"));
    w.action(QStringLiteral("actionRedo"))->trigger();
    CHECK(personById(*tf, pid)->givenName == QStringLiteral("Alexandra"));
}

TEST_CASE("A refused change shows the reason in place and changes nothing")
{
    TestFile tf;
    const Id council = tf.addCouncil();
    tf.addPerson(QStringLiteral("P0002"), council, QStringLiteral("Sam"));
    const Id pid = tf.addPerson(QStringLiteral("P0001"), council, QStringLiteral("Alex"));
    DeskFixture desk(tf.dir.root(), kClock);
    REQUIRE(desk.window->openFile(tf.path));
    PersonView *view = desk.window->openPerson(pid);
    QWidget *details = view->findChild<QWidget *>(QStringLiteral("detailsTab"));
    view->tabs()->setCurrentWidget(details);
    auto *ref = details->findChild<QLineEdit *>(QStringLiteral("personRef"));
    ref->selectAll();
    QTest::keyClicks(ref, QStringLiteral("P0002"));
    QTest::mouseClick(
        details->findChild<QPushButton *>(QStringLiteral("savePersonButton")), Qt::LeftButton);
    CHECK(details->findChild<QLabel *>(QStringLiteral("personEditMessage"))
              ->text()
              .contains(QStringLiteral("already")));
    CHECK(personById(*tf, pid)->ref == QStringLiteral("P0001"));
    CHECK_FALSE(desk.window->action(QStringLiteral("actionUndo"))->isEnabled());
}
