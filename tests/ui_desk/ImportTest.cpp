// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
// The import wizard: choose a kind and file, preview, import all or nothing, with
// every bad row shown with its message.
#include "core/storage/PersonStore.h"
#include "tests/support/Fixtures.h"
#include "tests/support/catch.h"
#include "tests/ui_desk/UiHelpers.h"
#include "ui/importwizard/ImportWizard.h"
#include "ui/people/PeoplePage.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTimeZone>

using namespace isf;
using namespace isf::ui;

namespace {
const FixedClock kClock(QDateTime(QDate(2026, 11, 28), QTime(12, 0), QTimeZone::utc()));

bool runWizard(MainWindow &w, const QString &kind, const QString &csv, ImportWizard *&wizard)
{
    w.action(QStringLiteral("actionImport"))->trigger();
    wizard = findDialog<ImportWizard>(&w);
    if (!wizard) {
        WARN("no wizard");
        return false;
    }
    auto *kinds = wizard->findChild<QComboBox *>(QStringLiteral("importKind"));
    kinds->setCurrentIndex(kinds->findData(kind));
    INFO("kinds: " << kinds->count());
    if (kinds->currentData().toString() != kind) {
        WARN("kind not offered: " << kind.toStdString());
        return false;
    }
    QTest::keyClicks(wizard->findChild<QLineEdit *>(QStringLiteral("importPath")), csv);
    wizard->next();
    if (wizard->currentId() != ImportWizard::PreviewPage) {
        WARN("still on page " << wizard->currentId());
        return false;
    }
    QSignalSpy finished(wizard, &ImportWizard::importFinished);
    wizard->next();
    const bool ok = waitFor([&] { return finished.count() == 1; }, 30000);
    if (!ok)
        WARN("import did not finish; page " << wizard->currentId());
    return ok;
}
} // namespace

TEST_CASE("Import with bad rows shows each problem and imports nothing; a good file imports")
{
    TestFile tf;
    tf.addCouncil();
    DeskFixture desk(tf.dir.root(), kClock);
    MainWindow &w = *desk.window;
    REQUIRE(w.openFile(tf.path));

    const QString bad = writeTextFile(tf.dir.path(QStringLiteral("bad.csv")),
        "person_ref,given_name,family_name,council,council_ref\n"
        "P0001,Alex,Taylor,Lancashire County Council,C1\n"
        "P0002,Sam,,Nowhere Council,C2\n");
    ImportWizard *wizard = nullptr;
    REQUIRE(runWizard(w, QStringLiteral("people"), bad, wizard));
    CHECK(wizard->findChild<QTableWidget *>(QStringLiteral("importPreview"))->rowCount() == 2);
    CHECK_FALSE(wizard->imported());
    auto *problems = wizard->findChild<QListWidget *>(QStringLiteral("importProblems"));
    REQUIRE(problems->count() >= 1);
    CHECK(problems->item(0)->text().contains(QStringLiteral("bad.csv:3")));
    CHECK(wizard->findChild<QLabel *>(QStringLiteral("importResult"))
              ->text()
              .startsWith(QStringLiteral("Nothing was imported")));
    CHECK(listPeople(*tf).empty());
    wizard->close();

    const QString good = writeTextFile(tf.dir.path(QStringLiteral("good.csv")),
        "person_ref,given_name,family_name,council,council_ref\n"
        "P0001,Alex,Taylor,Lancashire County Council,C1\n"
        "P0002,Sam,Patel,Lancashire County Council,C2\n");
    REQUIRE(runWizard(w, QStringLiteral("people"), good, wizard));
    CHECK(wizard->imported());
    CHECK(listPeople(*tf).size() == 2);
    REQUIRE(waitFor([&] { return w.people()->view()->model()->rowCount() == 2; }));
}
