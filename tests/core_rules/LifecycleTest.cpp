// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
// Draft, active, notice, ended; budget changes and uplifts as new versions.
#include "core/rules/Lifecycle.h"

#include "core/ledger/LedgerQueries.h"
#include "core/ledger/TxnReader.h"
#include "core/rules/AgreementTimeline.h"
#include "core/rules/PaymentSchedule.h"
#include "core/util/Errors.h"
#include "tests/core_rules/RulesSupport.h"

using namespace isf;

namespace {

struct Live {
    TestFile t;
    Id council = 0, person = 0;
    explicit Live(const char *preset = "lancashire")
    {
        council = t.addCouncil(QStringLiteral("Council"), QLatin1String(preset));
        person = t.addPerson(QStringLiteral("P001"), council);
        t.addAgreement(person, day(2026, 4, 6), gbp(u"944.00"));
    }
    Agreement current() { return *currentAgreement(*t, person); }
};

} // namespace

TEST_CASE("notice runs notice_weeks from the day it is given; at once on safeguarding")
{
    SECTION("4 weeks by default, by either party")
    {
        Live l;
        const Agreement a = giveNotice(*l.t, l.person, day(2026, 10, 1), NoticeParty::Provider,
            QStringLiteral("We can no longer meet the person's needs"));
        CHECK(a.status == AgreementStatus::Notice);
        CHECK(a.noticeEndsOn == day(2026, 10, 28));
        CHECK(l.current().noticeGivenBy == u"provider");
        CHECK(timelineFor(*l.t, l.person).lastDay() == day(2026, 10, 28));
        CHECK_THROWS_AS(giveNotice(*l.t, l.person, day(2026, 10, 2), NoticeParty::Council,
                            QStringLiteral("again")),
            InputError);
    }
    SECTION("an agreement's own notice period")
    {
        TestFile t;
        const Id council = t.addCouncil();
        const Id p = t.addPerson(QStringLiteral("P002"), council);
        Agreement a;
        a.personId = p;
        a.status = AgreementStatus::Active;
        a.startDate = day(2026, 4, 6);
        a.budgets.push_back({ a.startDate, gbp(u"500.00") });
        a.policyOverrides.emplace_back(QStringLiteral("notice_weeks"), QStringLiteral("2"));
        addAgreementVersion(*t, a);
        CHECK(giveNotice(*t, p, day(2026, 10, 1), NoticeParty::Council, QStringLiteral("Moving"))
                  .noticeEndsOn
            == day(2026, 10, 14));
    }
    SECTION("safeguarding: the day notice is given is the last")
    {
        Live l("dorset");
        const Agreement a = giveNotice(*l.t, l.person, day(2026, 10, 1), NoticeParty::Council,
            QStringLiteral("Concerns for the person's safety"), true);
        CHECK(a.noticeEndsOn == day(2026, 10, 1));
        CHECK(a.noticeReason.startsWith(QStringLiteral("Safeguarding: ")));
    }
    SECTION("the reason is required, and a party must be named")
    {
        Live l;
        CHECK_THROWS_AS(
            giveNotice(*l.t, l.person, day(2026, 10, 1), NoticeParty::Council, QString()),
            InputError);
        CHECK_THROWS_AS(parseNoticeParty(QStringLiteral("landlord")), InputError);
        CHECK(parseNoticeParty(QStringLiteral(" Council ")) == NoticeParty::Council);
    }
}

TEST_CASE("ending posts the final return of the unspent balance and closes the agreement")
{
    Live l;
    postEntry(l.t, TxnKind::CouncilPayment, l.person, day(2026, 10, 5), gbp(u"3776.00"));
    postExpense(l.t, l.person, day(2026, 10, 20), gbp(u"1200.00"));
    giveNotice(*l.t, l.person, day(2026, 10, 1), NoticeParty::Council, QStringLiteral("Moving"));

    SECTION("entries after the return date are refused")
    {
        postExpense(l.t, l.person, day(2026, 11, 5), gbp(u"100.00"));
        CHECK_THROWS_AS(endAgreement(*l.t, l.person, QDate(), day(2026, 11, 1)), InputError);
    }
    SECTION("the return takes the balance to zero")
    {
        const AgreementEnding e = endAgreement(
            *l.t, l.person, QDate(), day(2026, 11, 2), QStringLiteral("Notice ended"));
        CHECK(e.agreement.status == AgreementStatus::Ended);
        CHECK(e.agreement.endedOn == day(2026, 10, 28));
        CHECK(e.balance == gbp(u"2576.00"));
        CHECK(e.returned == gbp(u"2576.00"));
        REQUIRE(e.returnTxnId > 0);
        const auto txn = readTransaction(*l.t, e.returnTxnId);
        CHECK(txn->kind == TxnKind::ReturnToCouncil);
        CHECK(txn->date == day(2026, 11, 2));
        CHECK(balanceAt(*l.t, l.person, day(2026, 11, 2)) == Money());
        CHECK(l.current().status == AgreementStatus::Ended);
        CHECK_THROWS_AS(endAgreement(*l.t, l.person), InputError);
        CHECK_THROWS_AS(
            changeBudget(*l.t, l.person, day(2026, 10, 10), gbp(u"1.00"), QStringLiteral("late")),
            InputError);
        // The schedule stops at the last day: the last cycle (from 19 October) is paid for
        // 19 - 28 October.
        const AgreementTimeline tl = timelineFor(*l.t, l.person);
        const auto s = paymentSchedule(
            tl, Policy::fromPreset(QStringLiteral("lancashire")), day(2027, 1, 1));
        REQUIRE_FALSE(s.empty());
        CHECK(s.back().period.first == day(2026, 10, 19));
        CHECK(s.back().period.last == day(2026, 10, 28));
        CHECK(s.back().amount == gbp(u"1348.57")); // 10 days x 94,400p / 7 = 134,857.14p
    }
}

TEST_CASE("ending without notice needs the last day; an overdrawn fund returns nothing")
{
    Live l;
    CHECK_THROWS_AS(endAgreement(*l.t, l.person), InputError);
    postExpense(l.t, l.person, day(2026, 5, 1), gbp(u"50.00"));
    const AgreementEnding e = endAgreement(*l.t, l.person, day(2026, 5, 3), day(2026, 5, 3));
    CHECK(e.balance == gbp(u"-50.00"));
    CHECK(e.returned == Money());
    CHECK(e.returnTxnId == 0);
    CHECK(l.current().endedOn == day(2026, 5, 3));
}

TEST_CASE("budget changes, uplifts and contribution changes make new versions")
{
    Live l;
    const Id v2 = changeBudget(
        *l.t, l.person, day(2026, 6, 1), gbp(u"1000.00"), QStringLiteral("Annual review"));
    const Id v3 = addUplift(*l.t, l.person, day(2026, 7, 1), day(2026, 7, 14), gbp(u"150.00"),
        QStringLiteral("Respite"));
    const Id v4 = changeContribution(*l.t, l.person, day(2026, 8, 3), ContributionKind::Percent,
        Money(), 1000, QStringLiteral("Financial reassessment"));
    const auto versions = agreementVersions(*l.t, l.person);
    REQUIRE(versions.size() == 4);
    CHECK(versions[1].id == v2);
    CHECK(versions[2].id == v3);
    CHECK(versions[3].id == v4);
    CHECK(versions[1].effectiveFrom == day(2026, 6, 1));
    CHECK(versions[3].changeReason == u"Financial reassessment");
    const AgreementTimeline t = timelineFor(*l.t, l.person);
    CHECK(t.weeklyBudgetOn(day(2026, 5, 31)) == gbp(u"944.00"));
    CHECK(t.weeklyBudgetOn(day(2026, 7, 14)) == gbp(u"1150.00"));
    CHECK(t.weeklyBudgetOn(day(2026, 7, 15)) == gbp(u"1000.00"));
    CHECK(t.weeklyContributionOn(day(2026, 8, 2)) == Money());
    CHECK(t.weeklyContributionOn(day(2026, 8, 3)) == gbp(u"100.00"));
    CHECK_THROWS_AS(changeBudget(*l.t, l.person, day(2026, 1, 1), gbp(u"1.00"),
                        QStringLiteral("before the start")),
        InputError);
    CHECK_THROWS_AS(addUplift(*l.t, l.person, day(2026, 7, 1), day(2026, 6, 1), gbp(u"1.00"),
                        QStringLiteral("backwards")),
        InputError);
    CHECK_THROWS_AS(
        changeBudget(*l.t, l.person, day(2026, 9, 1), gbp(u"-1.00"), QStringLiteral("negative")),
        InputError);
}

TEST_CASE("a draft is put in force")
{
    TestFile t;
    const Id council = t.addCouncil();
    const Id p = t.addPerson(QStringLiteral("P001"), council);
    Agreement a;
    a.personId = p;
    a.status = AgreementStatus::Draft;
    a.startDate = day(2026, 4, 6);
    a.budgets.push_back({ a.startDate, gbp(u"944.00") });
    addAgreementVersion(*t, a);
    CHECK_THROWS_AS(
        giveNotice(*t, p, day(2026, 5, 1), NoticeParty::Council, QStringLiteral("x")), InputError);
    CHECK(activateAgreement(*t, p).status == AgreementStatus::Active);
    CHECK(timelineFor(*t, p).hasFunding());
    CHECK_THROWS_AS(activateAgreement(*t, p), InputError);
}
