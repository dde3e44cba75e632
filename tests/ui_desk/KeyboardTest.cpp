// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
// Entry forms are keyboard first: Tab walks the form in the order it is seen.
#include "tests/support/Fixtures.h"
#include "tests/support/catch.h"
#include "tests/ui_desk/UiHelpers.h"
#include "ui/entry/EntryDialog.h"

#include <QComboBox>
#include <QLineEdit>
#include <QTimeZone>

using namespace isf;
using namespace isf::ui;

TEST_CASE("Tab walks the expense form from the person down to Post")
{
    const FixedClock clock(QDateTime(QDate(2026, 11, 28), QTime(12, 0), QTimeZone::utc()));
    TestFile tf;
    const Id council = tf.addCouncil();
    const Id pid = tf.addPerson(QStringLiteral("P0001"), council);
    DeskFixture desk(tf.dir.root(), clock);
    REQUIRE(desk.window->openFile(tf.path));
    desk.window->newEntry(TxnKind::Expense, pid);
    auto *entry = findDialog<EntryDialog>(desk.window.get());
    REQUIRE(entry);
    const char *order[]
        = { "entryPerson", "entryDate", "entryCategory", "entrySupplier", "entryHours", "entryRate",
              "entryAmount", "entryReference", "entryDescription", "attachReceipt", "postButton" };
    QWidget *first = entry->findChild<QWidget *>(QLatin1String(order[0]));
    REQUIRE(first);
    for (size_t i = 0; i + 1 < std::size(order); ++i) {
        QWidget *from = entry->findChild<QWidget *>(QLatin1String(order[i]));
        QWidget *to = entry->findChild<QWidget *>(QLatin1String(order[i + 1]));
        REQUIRE(from);
        REQUIRE(to);
        // The next in the focus chain that can take focus (skipping a combo's own line edit).
        QWidget *next = from->nextInFocusChain();
        while (next && (next->focusPolicy() == Qt::NoFocus || next->parentWidget() == from))
            next = next->nextInFocusChain();
        INFO("after " << order[i]);
        CHECK(next == to);
    }
}
