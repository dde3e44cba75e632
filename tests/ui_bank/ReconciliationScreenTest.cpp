// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
// The reconciliation screen driven as a person would: the October statement imported,
// a fare line selected, its best suggestion picked with Ctrl+Right, M to match; the
// figures and the running difference follow. ISF_SHOTS=DIR saves what it looks like.
#include "core/bank/StatementImport.h"
#include "tests/support/bank/BankScenario.h"
#include "tests/support/catch.h"
#include "ui/bank/BankModels.h"
#include "ui/bank/ReconciliationWindow.h"
#include "ui/common/FileDialogs.h"
#include "ui/common/Session.h"

#include <QApplication>
#include <QDir>
#include <QItemSelectionModel>
#include <QLabel>
#include <QTableView>
#include <QTest>

using namespace isf;

namespace {

class NoDialogs : public ui::FileDialogs {
public:
    QString answer;
    QString openFileName(QWidget *, const QString &, const QString &) override { return answer; }
    QString saveFileName(QWidget *, const QString &, const QString &, const QString &) override
    {
        return answer;
    }
};

void shot(QWidget &w, const char *name)
{
    const QString dir = qEnvironmentVariable("ISF_SHOTS");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    w.grab().save(QDir(dir).filePath(QLatin1String(name)));
}

QString labelText(QWidget &w, const char *name)
{
    auto *l = w.findChild<QLabel *>(QLatin1String(name));
    REQUIRE(l);
    return l->text();
}

} // namespace

TEST_CASE("select a fare, take its best suggestion, press M")
{
    BankScenario s;
    importStatement(s.file(), s.lancs, BankScenario::data("october.csv"));
    auto session = ui::Session::open(s.t.path, QStringLiteral("clerk"), s.t.clock);
    NoDialogs dialogs;
    ui::ReconciliationWindow w(*session, dialogs);
    w.setAccount(s.lancs);
    w.setAsOf(QDate(2026, 10, 31));
    w.show();
    QApplication::processEvents();
    CHECK(labelText(w, "reconciliationDifference").contains(u"-£57.50"));
    CHECK(labelText(w, "reconciliationFigures").contains(u"£3,612.50"));
    QTableView *lines = w.linesView();
    QTableView *items = w.itemsView();
    REQUIRE(lines->model()->rowCount() == 3); // unmatched only: two fares and the charge
    CHECK(items->model()->rowCount() == 4); // two fares, the cheque, the unbanked receipt
    lines->setFocus();
    lines->selectionModel()->select(lines->model()->index(0, 0),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    // Its two suggestions are highlighted in the ledger.
    int highlighted = 0;
    for (int r = 0; r < items->model()->rowCount(); ++r)
        if (items->model()->index(r, 0).data(Qt::BackgroundRole).isValid())
            ++highlighted;
    CHECK(highlighted == 2);
    shot(w, "reconciliation-suggestions.png");
    QTest::keyClick(&w, Qt::Key_Right, Qt::ControlModifier);
    REQUIRE(items->selectionModel()->selectedRows().size() == 1);
    CHECK(labelText(w, "reconciliationSelection").contains(u"press M to match"));
    QTest::keyClick(lines, Qt::Key_M);
    QApplication::processEvents();
    CHECK(lines->model()->rowCount() == 2);
    CHECK(items->model()->rowCount() == 3);
    CHECK(labelText(w, "reconciliationDifference").contains(u"-£32.50"));
    // Everything, matched or not, with the filter narrowing both lists.
    w.findChild<QWidget *>(QStringLiteral("reconciliationUnmatchedOnly"))
        ->setProperty("checked", false);
    CHECK(lines->model()->rowCount() == 6);
    shot(w, "reconciliation-screen.png");
}
