// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
// Nothing typed is lost (issue 16, problems 2, 5, 6 and 8): unsaved edits are asked
// about on closing, councils keep what is typed, a blank provider name is asked again,
// plan-line suppliers are offered to the register, dates type from the day.
#include "core/storage/AgreementStore.h"
#include "core/storage/PersonStore.h"
#include "core/storage/ProviderFile.h"
#include "core/storage/ReferenceStore.h"
#include "tests/support/Fixtures.h"
#include "tests/support/catch.h"
#include "tests/ui_desk/UiHelpers.h"
#include "ui/common/Session.h"
#include "ui/entry/AgreementDialog.h"
#include "ui/entry/EntryDialog.h"
#include "ui/person/PersonView.h"
#include "ui/settings/CouncilsPage.h"

#include <QAction>
#include <QDateEdit>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimeZone>

using namespace isf;
using namespace isf::ui;

namespace {
const FixedClock kClock(QDateTime(QDate(2026, 11, 28), QTime(12, 0), QTimeZone::utc()));
}

TEST_CASE("Problem 2: closing a person's tab with unsaved edits asks Save, Discard or Cancel")
{
    TestFile tf;
    const Id council = tf.addCouncil();
    const Id pid = tf.addPerson(QStringLiteral("P0001"), council);
    DeskFixture desk(tf.dir.root(), kClock);
    MainWindow &w = *desk.window;
    REQUIRE(w.openFile(tf.path));
    PersonView *view = w.openPerson(pid);
    view->tabs()->setCurrentIndex(1); // Details
    auto *given = view->findChild<QLineEdit *>(QStringLiteral("personGiven"));
    REQUIRE(given);
    given->selectAll();
    QTest::keyClicks(given, QStringLiteral("Alexandra"));
    REQUIRE(view->hasUnsavedChanges());

    // Cancel: the tab stays with what was typed.
    desk.dialogs.unsavedAnswers << UnsavedAnswer::Cancel;
    w.action(QStringLiteral("actionCloseTab"))->trigger();
    REQUIRE(desk.dialogs.unsavedAsked.size() == 1);
    CHECK(desk.dialogs.unsavedAsked[0].startsWith(QStringLiteral("the details of P0001")));
    CHECK(w.workspace()->indexOf(view) >= 0);
    CHECK(given->text() == QStringLiteral("Alexandra"));
    // Closing the file and quitting ask too.
    desk.dialogs.unsavedAnswers << UnsavedAnswer::Cancel << UnsavedAnswer::Cancel;
    w.action(QStringLiteral("actionCloseFile"))->trigger();
    CHECK(w.session());
    CHECK_FALSE(w.close());
    CHECK(desk.dialogs.unsavedAsked.size() == 3);

    // Save: the edit is saved, then the tab closes.
    desk.dialogs.unsavedAnswers << UnsavedAnswer::Save;
    w.action(QStringLiteral("actionCloseTab"))->trigger();
    QTest::qWait(10);
    CHECK(w.workspace()->count() == 2);
    CHECK(personById(w.session()->file(), pid)->givenName == QStringLiteral("Alexandra"));
}

TEST_CASE("Problem 2: a blank provider name is asked again, not taken as cancel")
{
    TempDir dir;
    DeskFixture desk(dir.root(), kClock);
    const QString path = dir.path(QStringLiteral("new.isf"));
    desk.dialogs.answers << path;
    desk.dialogs.textAnswers << QStringLiteral("  ") << QStringLiteral("Acme Care");
    desk.window->action(QStringLiteral("actionNew"))->trigger();
    REQUIRE(desk.dialogs.textLabels.size() == 2);
    CHECK(desk.dialogs.textLabels[1].contains(QStringLiteral("cannot be blank")));
    REQUIRE(desk.window->session());
    CHECK(QFileInfo::exists(path));
    CHECK(loadProvider(desk.window->session()->file()).name == QStringLiteral("Acme Care"));
}

TEST_CASE("Problems 2 and 6: a council keeps what is typed; rules are in plain words")
{
    TestFile tf;
    tf.addCouncil();
    DeskFixture desk(tf.dir.root(), kClock);
    REQUIRE(desk.window->openFile(tf.path));
    CouncilsPage page(*desk.window->session());
    auto *name = page.findChild<QLineEdit *>(QStringLiteral("councilName"));
    auto *address = page.findChild<QLineEdit *>(QStringLiteral("councilAddress"));
    REQUIRE(address);
    QTest::keyClicks(name, QStringLiteral("Dorset Council"));
    QTest::keyClicks(address, QStringLiteral("County Hall, Dorchester DT1 1XJ"));
    auto *newCouncil = page.findChild<QPushButton *>(QStringLiteral("newCouncil"));
    desk.dialogs.unsavedAnswers << UnsavedAnswer::Cancel;
    newCouncil->click();
    CHECK(desk.dialogs.unsavedAsked.value(0) == QStringLiteral("Dorset Council"));
    CHECK(name->text() == QStringLiteral("Dorset Council"));
    // Save from the question: saved with its address.
    desk.dialogs.unsavedAnswers << UnsavedAnswer::Save;
    newCouncil->click();
    const auto saved
        = findCouncil(desk.window->session()->file(), QStringLiteral("Dorset Council"));
    REQUIRE(saved);
    CHECK(saved->address == QStringLiteral("County Hall, Dorchester DT1 1XJ"));
    CHECK(name->text().isEmpty());

    // Every rule reads as words with a unit and help; no internal names.
    auto *policy = page.findChild<QTableWidget *>(QStringLiteral("councilPolicy"));
    REQUIRE(policy->rowCount() >= 10);
    bool capFound = false;
    for (int r = 0; r < policy->rowCount(); ++r) {
        const QString label = policy->item(r, 0)->text();
        INFO(label.toStdString());
        CHECK_FALSE(label.contains(u'_'));
        CHECK_FALSE(policy->item(r, 0)->toolTip().isEmpty());
        CHECK_FALSE(policy->item(r, 2)->text().isEmpty());
        if (label == QStringLiteral("Notify the council when the balance is more than")) {
            capFound = true;
            CHECK(policy->item(r, 2)->text() == QStringLiteral("weeks' budget"));
        }
    }
    CHECK(capFound);
}

TEST_CASE("Problem 5: a new supplier on a plan line is offered to the register; lines can go")
{
    TestFile tf;
    const Id council = tf.addCouncil();
    const Id pid = tf.addPerson(QStringLiteral("P0001"), council);
    tf.addAgreement(pid, QDate(2026, 11, 2), gbp(u"300.00"));
    DeskFixture desk(tf.dir.root(), kClock);
    REQUIRE(desk.window->openFile(tf.path));
    desk.window->newAgreement(pid);
    auto *dialog = findDialog<AgreementDialog>();
    REQUIRE(dialog);
    auto *plan = dialog->findChild<QTableWidget *>(QStringLiteral("agreementPlan"));
    auto *add = dialog->findChild<QPushButton *>(QStringLiteral("addPlanLine"));
    auto *remove = dialog->findChild<QPushButton *>(QStringLiteral("removePlanLine"));
    REQUIRE(remove);
    add->click();
    add->click();
    REQUIRE(plan->rowCount() == 2);
    plan->item(0, 1)->setText(QStringLiteral("Personal care"));
    plan->item(0, 2)->setText(QStringLiteral("Bright Days Care Ltd"));
    plan->item(0, 5)->setText(QStringLiteral("250.00"));
    plan->setCurrentCell(1, 0);
    remove->click();
    CHECK(plan->rowCount() == 1);
    dialog->findChild<QLineEdit *>(QStringLiteral("agreementReason"))
        ->setText(QStringLiteral("New provider"));

    // Refusing to add keeps the dialog open with the reason.
    desk.dialogs.confirmAnswers << false;
    dialog->accept();
    REQUIRE(desk.dialogs.confirmAsked.size() == 1);
    CHECK(desk.dialogs.confirmAsked[0].contains(QStringLiteral("Bright Days Care Ltd")));
    CHECK(dialog->isVisible());
    CHECK(dialog->findChild<QLabel *>(QStringLiteral("agreementMessage"))
              ->text()
              .contains(QStringLiteral("Not saved")));
    // Adding it saves the supplier and the line with it.
    desk.dialogs.confirmAnswers << true;
    dialog->accept();
    const auto supplier
        = findSupplier(desk.window->session()->file(), QStringLiteral("Bright Days Care Ltd"));
    REQUIRE(supplier);
    const auto agreement = currentAgreement(desk.window->session()->file(), pid);
    REQUIRE(agreement);
    REQUIRE(agreement->plan.size() == 1);
    CHECK(agreement->plan[0].supplierId == supplier->id);
    CHECK(agreement->plan[0].supplierName == QStringLiteral("Bright Days Care Ltd"));
}

TEST_CASE("Problem 8: a date typed after Shift+Tab starts at the day; a half date is not ready")
{
    TestFile tf;
    const Id council = tf.addCouncil();
    const Id pid = tf.addPerson(QStringLiteral("P0001"), council);
    tf.addAgreement(pid, QDate(2026, 11, 2), gbp(u"300.00"));
    DeskFixture desk(tf.dir.root(), kClock);
    REQUIRE(desk.window->openFile(tf.path));
    desk.window->newEntry(TxnKind::CouncilPayment, pid);
    auto *dialog = findDialog<EntryDialog>();
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    auto *date = dialog->findChild<QDateEdit *>(QStringLiteral("entryDate"));
    auto *amount = dialog->findChild<QLineEdit *>(QStringLiteral("entryAmount"));
    amount->setFocus();
    QTest::keyClicks(amount, QStringLiteral("300.00"));
    // From the field after the date, Shift+Tab back to it: the day is the part typed.
    date->setFocus(Qt::BacktabFocusReason);
    QTest::qWait(20);
    CHECK(date->currentSection() == QDateTimeEdit::DaySection);
    QTest::keyClicks(date, QStringLiteral("02"));
    CHECK(date->date() == QDate(2026, 11, 2));
    auto *message = dialog->findChild<QLabel *>(QStringLiteral("entryMessage"));
    REQUIRE(message);
    CHECK(message->text().startsWith(QStringLiteral("Ready to post")));
    // A year half typed is never "ready".
    date->setSelectedSection(QDateTimeEdit::YearSection);
    QTest::keyClick(date, Qt::Key_0); // "02/11/0": a year still being typed
    CHECK_FALSE(message->text().startsWith(QStringLiteral("Ready to post")));
    CHECK(message->text().contains(QStringLiteral("day/month/year")));
    CHECK(date->minimumDate() == QDate(2000, 1, 1));
}
