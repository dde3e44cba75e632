// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
// Hours delivered are recorded from the person's Hours tab and counted by the hours bank.
#include "core/rules/HoursBank.h"
#include "core/rules/RuleInputs.h"
#include "core/storage/AgreementStore.h"
#include "tests/support/Fixtures.h"
#include "tests/support/catch.h"
#include "tests/ui_desk/UiHelpers.h"
#include "ui/entry/HoursDialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QPushButton>
#include <QTimeZone>

using namespace isf;
using namespace isf::ui;

TEST_CASE("Hours delivered recorded in the app count in the hours bank")
{
    const FixedClock clock(QDateTime(QDate(2026, 11, 28), QTime(12, 0), QTimeZone::utc()));
    TestFile tf;
    const Id council = tf.addCouncil();
    const Id pid = tf.addPerson(QStringLiteral("P0001"), council);
    Agreement a;
    a.personId = pid;
    a.status = AgreementStatus::Active;
    a.startDate = QDate(2026, 11, 2);
    a.budgets.push_back({ a.startDate, gbp(u"300.00") });
    PlanLine line;
    line.service = QStringLiteral("Support at home");
    line.hoursPerWeek = Hours::whole(10);
    line.hourlyRate = gbp(u"20.00");
    line.weeklyCost = gbp(u"200.00");
    line.bankable = true;
    a.plan.push_back(line);
    addAgreementVersion(*tf, a);

    DeskFixture desk(tf.dir.root(), clock);
    MainWindow &w = *desk.window;
    REQUIRE(w.openFile(tf.path));
    w.recordHours(pid);
    auto *dialog = findDialog<HoursDialog>(&w);
    REQUIRE(dialog);
    dialog->findChild<QDateEdit *>(QStringLiteral("hoursWeek"))->setDate(QDate(2026, 11, 2));
    auto *service = dialog->findChild<QComboBox *>(QStringLiteral("hoursService"));
    REQUIRE(service->findText(QStringLiteral("Support at home")) >= 0);
    service->setCurrentIndex(service->findText(QStringLiteral("Support at home")));
    QTest::keyClicks(
        dialog->findChild<QLineEdit *>(QStringLiteral("hoursValue")), QStringLiteral("8"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("hoursOk")), Qt::LeftButton);
    REQUIRE_FALSE(dialog->isVisible());
    const PersonFacts facts = loadPersonFacts(*tf, pid, clock.today());
    const HoursBank bank = runHoursBank(facts.timeline, facts.policy, facts.hours, clock.today());
    CHECK(bank.delivered == Hours::whole(8));
    CHECK(bank.balance > Hours());
}
