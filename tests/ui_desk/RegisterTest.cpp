// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
// The ledger as a register (issue 16, problems 1, 4, 10 and 12): columns that never
// cut a date or an amount, opening at the latest entry, totals that follow the
// filters, copy and export of what is shown, wording and colours.
#include "core/ledger/Ledger.h"
#include "core/storage/ReferenceStore.h"
#include "core/util/Errors.h"
#include "tests/support/Fixtures.h"
#include "tests/support/catch.h"
#include "tests/ui_desk/UiHelpers.h"
#include "ui/common/Format.h"
#include "ui/people/PeoplePage.h"
#include "ui/person/LedgerModel.h"
#include "ui/person/LedgerTab.h"
#include "ui/person/PersonView.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QTableWidget>
#include <QTimeZone>

using namespace isf;
using namespace isf::ui;

namespace {

const FixedClock kClock(QDateTime(QDate(2026, 11, 28), QTime(12, 0), QTimeZone::utc()));

// A person paid £500.00 on the 2nd of each month from May and spending £12.34 a week,
// the last entry a long description.
struct LedgerFile {
    TestFile tf;
    Id pid = 0;
    int entries = 0;
    LedgerFile()
    {
        const Id council = tf.addCouncil();
        pid = tf.addPerson(QStringLiteral("P0001"), council);
        tf.addAgreement(pid, QDate(2026, 5, 4), gbp(u"100.00"));
        Ledger ledger(*tf);
        const Id category = listCategories(*tf).front().id;
        for (QDate d(2026, 5, 4); d <= QDate(2026, 11, 27); d = d.addDays(7)) {
            NewEntry e;
            e.kind = TxnKind::Expense;
            e.date = d;
            e.personId = pid;
            e.amount = gbp(u"12.34");
            e.categoryId = category;
            e.description = d.addDays(7) > QDate(2026, 11, 27)
                ? QStringLiteral("Swimming lessons at the leisure centre, the autumn block of ten "
                                 "sessions with a taster for the new term")
                : QStringLiteral("Day trip");
            ledger.post(e);
            ++entries;
        }
        for (QDate d(2026, 5, 2); d <= QDate(2026, 11, 2); d = d.addMonths(1)) {
            NewEntry e;
            e.kind = TxnKind::CouncilPayment;
            e.date = d;
            e.personId = pid;
            e.amount = gbp(u"500.00");
            ledger.post(e);
            ++entries;
        }
    }
};

LedgerTab *openLedger(MainWindow &w, Id pid)
{
    PersonView *view = w.openPerson(pid);
    REQUIRE(view);
    return view->ledgerTab();
}

} // namespace

TEST_CASE("Problem 1: the ledger opens at the latest entry and never cuts dates or money")
{
    LedgerFile f;
    DeskFixture desk(f.tf.dir.root(), kClock);
    REQUIRE(desk.window->openFile(f.tf.path));
    LedgerTab *tab = openLedger(*desk.window, f.pid);
    QTableView *view = tab->findChild<QTableView *>(QStringLiteral("ledgerView"));
    REQUIRE(view);
    QTest::qWait(20);
    REQUIRE(view->model()->rowCount() == f.entries);
    // The latest entry is current and in view.
    CHECK(view->currentIndex().row() == f.entries - 1);
    CHECK(view->currentIndex().data().toString() == QStringLiteral("23/11/2026"));
    const QRect last = view->visualRect(view->model()->index(f.entries - 1, 0));
    CHECK(view->viewport()->rect().contains(last.center()));
    // Dates and money fit their columns; the details take the spare room, not
    // "Recorded by".
    const QFontMetrics fm = view->fontMetrics();
    CHECK(
        view->columnWidth(LedgerModel::Date) > fm.horizontalAdvance(QStringLiteral("29/11/2026")));
    for (int c : { LedgerModel::MoneyIn, LedgerModel::MoneyOut, LedgerModel::Balance })
        CHECK(view->columnWidth(c) > fm.horizontalAdvance(QStringLiteral("-£100,000.00")));
    QHeaderView *h = view->horizontalHeader();
    CHECK(h->sectionResizeMode(LedgerModel::Description) == QHeaderView::Stretch);
    CHECK_FALSE(h->stretchLastSection());
    CHECK(view->columnWidth(LedgerModel::RecordedBy) < view->columnWidth(LedgerModel::Description));
    // Long text is cut with an ellipsis and given whole in the tooltip.
    CHECK(view->textElideMode() == Qt::ElideRight);
    const QModelIndex details = view->model()->index(view->model()->rowCount() - 1, 0);
    bool longFound = false;
    for (int r = 0; r < view->model()->rowCount(); ++r) {
        const QModelIndex i = view->model()->index(r, LedgerModel::Description);
        if (i.data().toString().startsWith(QStringLiteral("Swimming")))
            longFound = i.data(Qt::ToolTipRole).toString().endsWith(QStringLiteral("new term"));
    }
    CHECK(details.isValid());
    CHECK(longFound);
    // The same at one and a half times the text size.
    QFont big = view->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    desk.window->setFont(big);
    PersonView *again = desk.window->openPerson(f.pid);
    desk.window->workspace()->removeTab(desk.window->workspace()->indexOf(again));
    delete again;
    LedgerTab *bigTab = openLedger(*desk.window, f.pid);
    QTableView *bigView = bigTab->findChild<QTableView *>(QStringLiteral("ledgerView"));
    CHECK(bigView->columnWidth(LedgerModel::Date)
        > bigView->fontMetrics().horizontalAdvance(QStringLiteral("29/11/2026")));
}

TEST_CASE("Problem 4: the ledger totals what is shown and follow the filters")
{
    LedgerFile f;
    DeskFixture desk(f.tf.dir.root(), kClock);
    REQUIRE(desk.window->openFile(f.tf.path));
    LedgerTab *tab = openLedger(*desk.window, f.pid);
    auto *totals = tab->findChild<QLabel *>(QStringLiteral("ledgerTotals"));
    REQUIRE(totals);
    // 30 weekly expenses of £12.34 from 4 May to 23 November, 7 payments of £500.
    const int weeks = f.entries - 7;
    const Money out = Money::fromPence(1234LL * weeks);
    const Money in = gbp(u"3500.00");
    CHECK(totals->text()
        == QStringLiteral("Shown: money in %1 · money out %2 · net %3")
               .arg(moneyText(in), moneyText(out), moneyText(in - out)));
    // This statement period (4-weekly from 4 May: 16 November to 13 December).
    auto *period = tab->findChild<QComboBox *>(QStringLiteral("ledgerPeriod"));
    period->setCurrentIndex(period->findText(QStringLiteral("This statement period")));
    CHECK(tab->findChild<QDateEdit *>(QStringLiteral("ledgerFrom"))->date() == QDate(2026, 11, 16));
    CHECK(tab->findChild<QDateEdit *>(QStringLiteral("ledgerTo"))->date() == QDate(2026, 12, 13));
    CHECK(
        totals->text() == QStringLiteral("Shown: money in £0.00 · money out £24.68 · net -£24.68"));
    period->setCurrentIndex(period->findText(QStringLiteral("Last statement period")));
    CHECK(tab->findChild<QDateEdit *>(QStringLiteral("ledgerFrom"))->date() == QDate(2026, 10, 19));
    CHECK(totals->text()
        == QStringLiteral("Shown: money in £500.00 · money out £49.36 · net £450.64"));
}

TEST_CASE("Problem 4: tables copy their selection as tab-separated text and export CSV and XLSX")
{
    LedgerFile f;
    DeskFixture desk(f.tf.dir.root(), kClock);
    REQUIRE(desk.window->openFile(f.tf.path));
    LedgerTab *tab = openLedger(*desk.window, f.pid);
    QTableView *view = tab->findChild<QTableView *>(QStringLiteral("ledgerView"));
    view->setFocus();
    view->selectRow(0);
    QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
    const QStringList lines = QApplication::clipboard()->text().split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 2);
    CHECK(lines[0].startsWith(QStringLiteral("Date\tType\tDetails\tMoney in\tMoney out\tBalance")));
    CHECK(lines[1].startsWith(QStringLiteral("02/05/2026\tCouncil payment\t\t£500.00\t\t£500.00")));

    // Export to CSV and to Excel from the context menu's actions: every row shown.
    const QString csvPath = f.tf.dir.path(QStringLiteral("ledger.csv"));
    const QString xlsxPath = f.tf.dir.path(QStringLiteral("ledger.xlsx"));
    desk.dialogs.answers << csvPath << xlsxPath;
    QAction *csv = view->findChild<QAction *>(QStringLiteral("ledgerViewExportCsv"));
    QAction *xlsx = view->findChild<QAction *>(QStringLiteral("ledgerViewExportXlsx"));
    REQUIRE(csv);
    REQUIRE(xlsx);
    CHECK(view->actions().contains(csv));
    CHECK(view->contextMenuPolicy() == Qt::ActionsContextMenu);
    csv->trigger();
    xlsx->trigger();
    QFile file(csvPath);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QStringList rows = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(rows.size() == f.entries + 1);
    CHECK(rows[1].startsWith(QStringLiteral("02/05/2026,Council payment,,500.00,,500.00")));
    // A cell holding commas is quoted, whole.
    CHECK(rows.last().contains(
        QStringLiteral("\"Swimming lessons at the leisure centre, the autumn block")));
    QFile book(xlsxPath);
    REQUIRE(book.open(QIODevice::ReadOnly));
    CHECK(book.read(2) == QByteArray("PK")); // a zip: the workbook

    // The people list and the small tables have the same actions.
    auto *people = desk.window->people()->view();
    CHECK(people->findChild<QAction *>(QStringLiteral("peopleViewCopy")));
    CHECK(people->findChild<QAction *>(QStringLiteral("peopleViewExportXlsx")));
    for (const char *name : { "statementsIssued", "personAlerts", "hoursWeeks" }) {
        auto *table = desk.window->findChild<QTableWidget *>(QString::fromLatin1(name));
        INFO(name);
        REQUIRE(table);
        CHECK(table->findChild<QAction *>(QString::fromLatin1(name) + QStringLiteral("ExportCsv")));
    }
}

TEST_CASE("Problems 10 and 12: plural wording, no fixed colours, empty ledgers say what to do")
{
    TestFile tf;
    const Id council = tf.addCouncil();
    const Id pid = tf.addPerson(QStringLiteral("P0001"), council);
    const Id empty = tf.addPerson(QStringLiteral("P0002"), council, QStringLiteral("Sam"));
    tf.addAgreement(pid, QDate(2026, 11, 2), gbp(u"100.00"));
    NewEntry e;
    e.kind = TxnKind::Expense;
    e.date = QDate(2026, 11, 20);
    e.personId = pid;
    e.amount = gbp(u"150.00");
    e.categoryId = listCategories(*tf).front().id;
    Ledger(*tf).post(e);
    DeskFixture desk(tf.dir.root(), kClock);
    REQUIRE(desk.window->openFile(tf.path));
    LedgerTab *tab = openLedger(*desk.window, pid);
    CHECK(tab->findChild<QLabel *>(QStringLiteral("ledgerSummary"))
              ->text()
              .startsWith(QStringLiteral("1 entry shown.")));
    // An overdrawn balance is marked in bold and in words, in the palette's own colours.
    const QModelIndex balance = tab->model()->index(0, LedgerModel::Balance);
    CHECK(balance.data().toString() == QStringLiteral("-£150.00"));
    CHECK_FALSE(balance.data(Qt::ForegroundRole).isValid());
    CHECK(balance.data(Qt::FontRole).value<QFont>().bold());
    CHECK(balance.data(Qt::AccessibleTextRole).toString()
        == QStringLiteral("Balance: -£150.00 (overdrawn)"));
    // Money typed wrongly is explained in plain words.
    try {
        Money::parse(QStringLiteral("12a"));
        FAIL("no refusal");
    } catch (const isf::Error &err) {
        CHECK(err.message().contains(QStringLiteral("use only digits")));
        CHECK_FALSE(err.message().contains(QStringLiteral("is not a digit")));
    }
    LedgerTab *none = openLedger(*desk.window, empty);
    CHECK(none->findChild<QLabel *>(QStringLiteral("ledgerEmpty"))->isVisible());
    CHECK(none->findChild<QLabel *>(QStringLiteral("ledgerSummary"))
              ->text()
              .startsWith(QStringLiteral("0 entries shown.")));
}
