// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
// A person's charts (issue 16): the balance against the cap line, money in and out by
// month, spending by category, saved as a PNG.
#include "core/ledger/Ledger.h"
#include "core/storage/ReferenceStore.h"
#include "tests/support/Fixtures.h"
#include "tests/support/catch.h"
#include "tests/ui_desk/UiHelpers.h"
#include "ui/charts/PersonChartsTab.h"
#include "ui/person/PersonView.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QImage>
#include <QLineSeries>
#include <QPushButton>
#include <QTabWidget>
#include <QTimeZone>

using namespace isf;
using namespace isf::ui;

namespace {
const FixedClock kClock(QDateTime(QDate(2026, 11, 28), QTime(12, 0), QTimeZone::utc()));
}

TEST_CASE("Charts: balance with its cap, in and out by month, saved as PNG")
{
    TestFile tf;
    const Id council = tf.addCouncil(); // Lancashire: cap of 4 weeks
    const Id pid = tf.addPerson(QStringLiteral("P0001"), council);
    tf.addAgreement(pid, QDate(2026, 9, 7), gbp(u"200.00"));
    Ledger ledger(*tf);
    NewEntry pay;
    pay.kind = TxnKind::CouncilPayment;
    pay.date = QDate(2026, 9, 7);
    pay.personId = pid;
    pay.amount = gbp(u"1000.00");
    ledger.post(pay);
    NewEntry spend;
    spend.kind = TxnKind::Expense;
    spend.date = QDate(2026, 10, 5);
    spend.personId = pid;
    spend.amount = gbp(u"120.00");
    spend.categoryId = listCategories(*tf).front().id;
    ledger.post(spend);

    DeskFixture desk(tf.dir.root(), kClock);
    REQUIRE(desk.window->openFile(tf.path));
    PersonView *view = desk.window->openPerson(pid);
    auto *tab = view->findChild<PersonChartsTab *>(QStringLiteral("chartsTab"));
    REQUIRE(tab);
    view->tabs()->setCurrentWidget(tab);
    auto *balance = tab->findChild<QChartView *>(QStringLiteral("chartBalance"));
    const QList<QAbstractSeries *> series = balance->chart()->series();
    REQUIRE(series.size() == 2);
    auto *line = qobject_cast<QLineSeries *>(series[0]);
    auto *cap = qobject_cast<QLineSeries *>(series[1]);
    REQUIRE(line->count() == 2);
    CHECK(line->at(0).y() == 1000.0);
    CHECK(line->at(1).y() == 880.0);
    CHECK(cap->at(1).y() == 800.0); // 4 weeks x £200
    CHECK(cap->name() == QStringLiteral("Cap (4 weeks' budget)"));

    auto *months = tab->findChild<QChartView *>(QStringLiteral("chartMonths"));
    auto *bars = qobject_cast<QBarSeries *>(months->chart()->series().value(0));
    REQUIRE(bars);
    REQUIRE(bars->barSets().size() == 2);
    // The last 12 months end with November 2026: September is the tenth.
    CHECK(bars->barSets()[0]->at(9) == 1000.0);
    CHECK(bars->barSets()[1]->at(10) == 120.0);

    const QString png = tf.dir.path(QStringLiteral("balance.png"));
    desk.dialogs.answers << png;
    tab->findChild<QPushButton *>(QStringLiteral("chartSavePng"))->click();
    QImage image(png);
    CHECK_FALSE(image.isNull());
    CHECK(image.width() >= balance->width());
}
