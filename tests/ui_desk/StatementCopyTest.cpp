// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
// Any past statement can be printed again, marked "Copy" (issue 16, problem 9 in part),
// and the statements issued show UK dates (problem 10).
#include "core/ledger/LedgerQueries.h"
#include "core/statements/StatementsIssued.h"
#include "tests/support/Fixtures.h"
#include "tests/support/catch.h"
#include "tests/ui_desk/UiHelpers.h"
#include "ui/common/RecordTable.h"
#include "ui/person/PersonView.h"

#include <QPrintPreviewDialog>
#include <QPushButton>
#include <QTabWidget>
#include <QTimeZone>

using namespace isf;
using namespace isf::ui;

namespace {
const FixedClock kClock(QDateTime(QDate(2026, 11, 28), QTime(12, 0), QTimeZone::utc()));
}

TEST_CASE("Problem 9: an earlier period's statement prints again as a copy")
{
    TestFile tf;
    const Id council = tf.addCouncil();
    const Id pid = tf.addPerson(QStringLiteral("P0001"), council);
    tf.addAgreement(pid, QDate(2026, 8, 3), gbp(u"100.00"));
    // Two periods issued: 3 Aug - 30 Aug and 31 Aug - 27 Sep.
    const Period first { QDate(2026, 8, 3), QDate(2026, 8, 30) };
    const Period second { QDate(2026, 8, 31), QDate(2026, 9, 27) };
    recordStatementIssued(*tf, pid, first, balanceAt(*tf, pid, first.last), QByteArray("a"), false);
    recordStatementIssued(
        *tf, pid, second, balanceAt(*tf, pid, second.last), QByteArray("b"), false);
    DeskFixture desk(tf.dir.root(), kClock);
    REQUIRE(desk.window->openFile(tf.path));
    PersonView *view = desk.window->openPerson(pid);
    QWidget *tab = view->findChild<QWidget *>(QStringLiteral("statementsTab"));
    view->tabs()->setCurrentWidget(tab);
    auto *table = tab->findChild<RecordTable *>(QStringLiteral("statementsIssued"));
    REQUIRE(table->rowCount() == 2);
    // Latest first; dates in UK form, issued on the file's today.
    CHECK(table->item(1, 0)->text() == QStringLiteral("03/08/2026"));
    CHECK(table->item(1, 4)->text() == QStringLiteral("28/11/2026"));
    table->selectRow(1); // the earlier one
    tab->findChild<QPushButton *>(QStringLiteral("statementCopyButton"))->click();
    auto *preview = findDialog<QPrintPreviewDialog>();
    REQUIRE(preview);
    CHECK(preview->windowTitle().startsWith(QStringLiteral("Copy: ")));
    preview->close();
}
