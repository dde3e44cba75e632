// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
// The import wizard cannot be misread (issue 16, problem 7): the kind comes from the
// file's header, the step that writes is an explicit "Import N rows", and the rows a
// refusal names can be saved with their problems to fix and import again.
#include "tests/support/Fixtures.h"
#include "tests/support/catch.h"
#include "tests/ui_desk/UiHelpers.h"
#include "ui/importwizard/ImportWizard.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTimeZone>

using namespace isf;
using namespace isf::ui;

namespace {
const FixedClock kClock(QDateTime(QDate(2026, 11, 28), QTime(12, 0), QTimeZone::utc()));
}

TEST_CASE("Problem 7: the kind is read from the header; Import N rows; problem rows saved")
{
    TestFile tf;
    tf.addCouncil();
    DeskFixture desk(tf.dir.root(), kClock);
    MainWindow &w = *desk.window;
    REQUIRE(w.openFile(tf.path));
    const QString bad = writeTextFile(tf.dir.path(QStringLiteral("people.csv")),
        "person_ref,given_name,family_name,council,council_ref\n"
        "P0001,Alex,Taylor,Lancashire County Council,C1\n"
        "P0002,Sam,,Nowhere Council,C2\n"
        "P0003,Kim,Lee,Lancashire County Council,C3\n");
    w.action(QStringLiteral("actionImport"))->trigger();
    auto *wizard = findDialog<ImportWizard>(&w);
    REQUIRE(wizard);
    auto *kinds = wizard->findChild<QComboBox *>(QStringLiteral("importKind"));
    kinds->setCurrentIndex(0); // whatever is first: the header decides
    wizard->findChild<QLineEdit *>(QStringLiteral("importPath"))->setText(bad);
    CHECK(kinds->currentData().toString() == QStringLiteral("people"));
    CHECK(wizard->findChild<QLabel *>(QStringLiteral("importKindHelp"))
              ->text()
              .startsWith(QStringLiteral("The header says this is a file of people.")));
    wizard->next();
    REQUIRE(wizard->currentId() == ImportWizard::PreviewPage);
    CHECK(wizard->button(QWizard::NextButton)->text() == QStringLiteral("&Import 3 rows"));

    QSignalSpy finished(wizard, &ImportWizard::importFinished);
    wizard->next();
    REQUIRE(waitFor([&] { return finished.count() == 1; }, 30000));
    CHECK_FALSE(wizard->imported());
    auto *save = wizard->findChild<QPushButton *>(QStringLiteral("importSaveProblems"));
    REQUIRE(save);
    CHECK(save->isVisible());
    const QString fix = tf.dir.path(QStringLiteral("people-problems.csv"));
    desk.dialogs.answers << fix;
    save->click();
    QFile f(fix);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(f.readAll()).split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 2); // the header and the one refused row
    CHECK(lines[0]
        == QStringLiteral("person_ref,given_name,family_name,council,council_ref,problem"));
    CHECK(lines[1].startsWith(QStringLiteral("P0002,Sam,,Nowhere Council,C2,")));
    wizard->close();

    // A header that fits no kind says so.
    const QString odd
        = writeTextFile(tf.dir.path(QStringLiteral("odd.csv")), "colour,size\nred,2\n");
    w.action(QStringLiteral("actionImport"))->trigger();
    wizard = findDialog<ImportWizard>(&w);
    wizard->findChild<QLineEdit *>(QStringLiteral("importPath"))->setText(odd);
    CHECK(wizard->findChild<QLabel *>(QStringLiteral("importKindHelp"))
              ->text()
              .startsWith(QStringLiteral("The header (colour, size) is not that of any kind")));
}
