// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
// A receipt attached on the expense form is kept in the provider file with the entry,
// and a copy can be saved from the Receipts dialog.
#include "core/storage/Receipts.h"

#include "tests/support/Fixtures.h"
#include "tests/support/catch.h"
#include "tests/ui_desk/UiHelpers.h"
#include "ui/common/RecordTable.h"
#include "ui/entry/EntryDialog.h"
#include "ui/entry/ReceiptsDialog.h"

#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QTimeZone>

using namespace isf;
using namespace isf::ui;

TEST_CASE("A receipt attached to an expense is stored and can be saved again")
{
    const FixedClock clock(QDateTime(QDate(2026, 11, 28), QTime(12, 0), QTimeZone::utc()));
    TestFile tf;
    const Id council = tf.addCouncil();
    const Id pid = tf.addPerson(QStringLiteral("P0001"), council);
    tf.addAgreement(pid, QDate(2026, 11, 2), gbp(u"500.00"));
    const QString scan
        = writeTextFile(tf.dir.path(QStringLiteral("till-receipt.png")), "not really a png");
    DeskFixture desk(tf.dir.root(), clock);
    MainWindow &w = *desk.window;
    REQUIRE(w.openFile(tf.path));

    w.newEntry(TxnKind::Expense, pid);
    auto *entry = findDialog<EntryDialog>(&w);
    REQUIRE(entry);
    auto *category = entry->findChild<QComboBox *>(QStringLiteral("entryCategory"));
    category->setCurrentIndex(category->findText(QStringLiteral("Activities")));
    QTest::keyClicks(
        entry->findChild<QLineEdit *>(QStringLiteral("entryAmount")), QStringLiteral("12.50"));
    desk.dialogs.answers << scan;
    QTest::mouseClick(
        entry->findChild<QPushButton *>(QStringLiteral("attachReceipt")), Qt::LeftButton);
    QTest::keyClick(entry->findChild<QLineEdit *>(QStringLiteral("entryAmount")), Qt::Key_Return);
    const Id txn = entry->postedId();
    REQUIRE(txn > 0);
    const auto receipts = receiptsFor(*tf, txn);
    REQUIRE(receipts.size() == 1);
    CHECK(receipts[0].fileName == QStringLiteral("till-receipt.png"));
    CHECK(receipts[0].mediaType == QStringLiteral("image/png"));

    w.attachReceipt(txn);
    auto *dialog = findDialog<ReceiptsDialog>(&w);
    REQUIRE(dialog);
    REQUIRE(dialog->table()->rowCount() == 1);
    dialog->table()->selectRow(0);
    const QString copy = tf.dir.path(QStringLiteral("copy.png"));
    desk.dialogs.answers << copy;
    dialog->saveCopy();
    QFile f(copy);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll() == QByteArray("not really a png"));
}
