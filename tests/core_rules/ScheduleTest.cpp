// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
// Council payment schedules and contributions due, with worked figures.
#include "core/rules/AgreementTimeline.h"
#include "core/rules/Contributions.h"
#include "core/rules/Lifecycle.h"
#include "core/rules/PaymentSchedule.h"
#include "tests/core_rules/RulesSupport.h"

using namespace isf;

namespace {

struct Scheduled {
    AgreementTimeline timeline;
    Policy policy;
    std::vector<ExpectedPayment> payments;
};

Scheduled scheduleOf(TestFile &t, Id council, Id person, const QDate &through)
{
    Scheduled s;
    s.timeline = timelineFor(*t, person);
    s.policy = s.timeline.policy(councilById(*t, council)->policy);
    s.payments = paymentSchedule(s.timeline, s.policy, through);
    return s;
}

Agreement agreement(Id person, const QDate &start, Money weekly)
{
    Agreement a;
    a.personId = person;
    a.status = AgreementStatus::Active;
    a.startDate = start;
    a.budgets.push_back({ start, weekly });
    return a;
}

} // namespace

TEST_CASE("Lancashire: every 4 weeks in advance, net of the contribution")
{
    TestFile t;
    const Id council = t.addCouncil();
    const Id p = t.addPerson(QStringLiteral("P001"), council);
    t.addAgreement(p, day(2026, 4, 6), gbp(u"944.00"), gbp(u"20.50"));
    const Scheduled s = scheduleOf(t, council, p, day(2026, 6, 1));
    REQUIRE(s.payments.size() == 3);
    // 28 days x (94,400 - 2,050)p / 7 = 4 x 92,350p.
    CHECK(s.payments[0].amount == gbp(u"3694.00"));
    CHECK(s.payments[0].due == day(2026, 4, 6));
    CHECK(s.payments[0].period.first == day(2026, 4, 6));
    CHECK(s.payments[0].period.last == day(2026, 5, 3));
    CHECK_FALSE(s.payments[0].isPart());
    CHECK(s.payments[1].due == day(2026, 5, 4));
    CHECK(s.payments[2].due == day(2026, 6, 1));
    CHECK(s.payments[2].amount == gbp(u"3694.00"));
    // Due through the day before the third: only two.
    CHECK(paymentSchedule(s.timeline, s.policy, day(2026, 5, 31)).size() == 2);
}

TEST_CASE("Dorset: every 2 weeks in advance")
{
    TestFile t;
    const Id council = t.addCouncil(QStringLiteral("Dorset Council"), QStringLiteral("dorset"));
    const Id p = t.addPerson(QStringLiteral("D001"), council);
    t.addAgreement(p, day(2026, 4, 6), gbp(u"500.00"), gbp(u"35.00"));
    const Scheduled s = scheduleOf(t, council, p, day(2026, 5, 4));
    REQUIRE(s.payments.size() == 3);
    for (const ExpectedPayment &e : s.payments)
        CHECK(e.amount == gbp(u"930.00")); // 2 x (500.00 - 35.00)
    CHECK(s.payments[1].due == day(2026, 4, 20));
    CHECK(s.payments[1].period.last == day(2026, 5, 3));
}

TEST_CASE("part periods at the end are paid pro rata by day, rounded once per payment")
{
    TestFile t;
    const Id council = t.addCouncil();
    const Id p = t.addPerson(QStringLiteral("P001"), council);
    Agreement a = agreement(p, day(2026, 4, 6), gbp(u"944.00"));
    a.contributionKind = ContributionKind::Fixed;
    a.weeklyContribution = gbp(u"20.50");
    a.endDate = day(2026, 5, 8); // a Friday: the second payment covers 4 - 8 May
    addAgreementVersion(*t, a);
    const Scheduled s = scheduleOf(t, council, p, day(2027, 1, 1));
    REQUIRE(s.payments.size() == 2);
    CHECK(s.payments[1].period.first == day(2026, 5, 4));
    CHECK(s.payments[1].period.last == day(2026, 5, 8));
    CHECK(s.payments[1].isPart());
    // 5 x 92,350p / 7 = 65,964.29p -> 65,964p.
    CHECK(s.payments[1].amount == gbp(u"659.64"));
}

TEST_CASE("part periods at the start: an agreement starting between two payment runs")
{
    TestFile t;
    // Dorset pays every other Monday from 6 April; the agreement starts on Wednesday 8th.
    const Id council = addCouncilWith(t, QStringLiteral("Dorset Council"), QStringLiteral("dorset"),
        { { "payment_anchor", "2026-04-06" } });
    const Id p = t.addPerson(QStringLiteral("D001"), council);
    t.addAgreement(p, day(2026, 4, 8), gbp(u"500.00"));
    const Scheduled s = scheduleOf(t, council, p, day(2026, 5, 4));
    REQUIRE(s.payments.size() == 3);
    // 12 days (8 - 19 April) x 50,000p / 7 = 85,714.29p, due the day it starts.
    CHECK(s.payments[0].period.first == day(2026, 4, 8));
    CHECK(s.payments[0].period.last == day(2026, 4, 19));
    CHECK(s.payments[0].due == day(2026, 4, 8));
    CHECK(s.payments[0].amount == gbp(u"857.14"));
    CHECK(s.payments[1].due == day(2026, 4, 20));
    CHECK(s.payments[1].amount == gbp(u"1000.00"));
    CHECK(s.payments[2].due == day(2026, 5, 4));

    SECTION("without a payment run the periods start on the start date")
    {
        Council c = *councilById(*t, council);
        c.policy.paymentAnchor.reset();
        saveCouncil(*t, c);
        const Scheduled plain = scheduleOf(t, council, p, day(2026, 4, 22));
        REQUIRE(plain.payments.size() == 2);
        CHECK(plain.payments[0].amount == gbp(u"1000.00"));
        CHECK(plain.payments[1].due == day(2026, 4, 22));
    }
}

TEST_CASE("a budget change mid-period counts day by day, through a new agreement version")
{
    TestFile t;
    const Id council = t.addCouncil();
    const Id p = t.addPerson(QStringLiteral("P001"), council);
    t.addAgreement(p, day(2026, 4, 6), gbp(u"700.00"));
    changeBudget(*t, p, day(2026, 4, 16), gbp(u"771.00"), QStringLiteral("Reviewed need"));
    REQUIRE(agreementVersions(*t, p).size() == 2);
    const Scheduled s = scheduleOf(t, council, p, day(2026, 5, 4));
    REQUIRE(s.payments.size() == 2);
    // 10 days at 70,000p + 18 days at 77,100p = 2,087,800 / 7 = 298,257.14p.
    CHECK(s.payments[0].amount == gbp(u"2982.57"));
    CHECK(s.payments[1].amount == gbp(u"3084.00"));
    // The earlier version is unchanged and readable.
    CHECK(agreementVersions(*t, p)[0].budgets.size() == 1);
    CHECK(agreementVersions(*t, p)[1].budgets.size() == 2);
    CHECK(s.timeline.weeklyBudgetOn(day(2026, 4, 15)) == gbp(u"700.00"));
    CHECK(s.timeline.weeklyBudgetOn(day(2026, 4, 16)) == gbp(u"771.00"));
}

TEST_CASE("uplifts that start and end mid-period are split between the payments")
{
    TestFile t;
    const Id council = t.addCouncil();
    const Id p = t.addPerson(QStringLiteral("P001"), council);
    t.addAgreement(p, day(2026, 4, 6), gbp(u"944.00"), gbp(u"20.50"));

    SECTION("a week's uplift inside one payment")
    {
        addUplift(*t, p, day(2026, 4, 15), day(2026, 4, 21), gbp(u"70.00"),
            QStringLiteral("Holiday support"));
        const Scheduled s = scheduleOf(t, council, p, day(2026, 5, 4));
        CHECK(s.payments[0].amount == gbp(u"3764.00")); // + 7 x 7,000p / 7
        CHECK(s.payments[1].amount == gbp(u"3694.00"));
    }
    SECTION("ten days across two payments: 5 days in each, each rounded")
    {
        addUplift(*t, p, day(2026, 4, 29), day(2026, 5, 8), gbp(u"100.00"),
            QStringLiteral("Hospital discharge"));
        const Scheduled s = scheduleOf(t, council, p, day(2026, 6, 1));
        // (28 x 92,350 + 5 x 10,000) / 7 = 376,542.86p
        CHECK(s.payments[0].amount == gbp(u"3765.43"));
        CHECK(s.payments[1].amount == gbp(u"3765.43"));
        CHECK(s.payments[2].amount == gbp(u"3694.00"));
    }
}

TEST_CASE("percentage contributions follow the budget in force, day by day")
{
    TestFile t;
    const Id council = t.addCouncil(QStringLiteral("East Renfrewshire"), QStringLiteral("custom"));
    const Id p = t.addPerson(QStringLiteral("E001"), council);
    Agreement a = agreement(p, day(2026, 4, 6), gbp(u"944.00"));
    a.contributionKind = ContributionKind::Percent;
    a.contributionPercentBp = 1250; // 12.5%: 118.00 a week
    a.uplifts.push_back(
        { day(2026, 4, 15), day(2026, 4, 17), gbp(u"70.00"), QStringLiteral("Inflator") });
    addAgreementVersion(*t, a);
    const Scheduled s = scheduleOf(t, council, p, day(2026, 4, 6));
    REQUIRE(s.payments.size() == 1);
    // 25 days at (944.00 - 118.00) and 3 days at (1,014.00 - 126.75):
    // (25 x 82,600 + 3 x 88,725) / 7 = 2,331,175 / 7 = 333,025p.
    CHECK(s.payments[0].amount == gbp(u"3330.25"));

    const auto due = contributionSchedule(s.timeline, day(2026, 4, 30));
    REQUIRE(due.size() == 4);
    CHECK(due[0].due == day(2026, 4, 6));
    CHECK(due[0].amount == gbp(u"118.00"));
    // Week 2 (13 - 19 April): (4 x 11,800 + 3 x 12,675) / 7 = 12,175p.
    CHECK(due[1].due == day(2026, 4, 13));
    CHECK(due[1].amount == gbp(u"121.75"));
    CHECK(due[2].amount == gbp(u"118.00"));
    CHECK(due[3].due == day(2026, 4, 27));
}

TEST_CASE("in arrears, a payment falls due the day after the period it covers")
{
    TestFile t;
    const Id council = addCouncilWith(t, QStringLiteral("Lancashire County Council"),
        QStringLiteral("lancashire"), { { "payment_in_advance", "no" } });
    const Id p = t.addPerson(QStringLiteral("P001"), council);
    t.addAgreement(p, day(2026, 4, 6), gbp(u"944.00"));
    const Scheduled s = scheduleOf(t, council, p, day(2026, 5, 31));
    REQUIRE(s.payments.size() == 1);
    CHECK(s.payments[0].due == day(2026, 5, 4));
    CHECK(s.payments[0].amount == gbp(u"3776.00"));
}

TEST_CASE("an agreement's override of the payment interval wins over the council's")
{
    TestFile t;
    const Id council = t.addCouncil();
    const Id p = t.addPerson(QStringLiteral("P001"), council);
    Agreement a = agreement(p, day(2026, 4, 6), gbp(u"944.00"));
    a.policyOverrides.emplace_back(QStringLiteral("payment_interval_weeks"), QStringLiteral("1"));
    addAgreementVersion(*t, a);
    const Scheduled s = scheduleOf(t, council, p, day(2026, 4, 20));
    REQUIRE(s.payments.size() == 3);
    CHECK(s.payments[2].amount == gbp(u"944.00"));
}

TEST_CASE("contributions: a part last week is due pro rata; a draft agreement has nothing due")
{
    TestFile t;
    const Id council = t.addCouncil();
    const Id p = t.addPerson(QStringLiteral("P001"), council);
    Agreement a = agreement(p, day(2026, 4, 6), gbp(u"944.00"));
    a.contributionKind = ContributionKind::Fixed;
    a.weeklyContribution = gbp(u"20.50");
    a.endDate = day(2026, 4, 15); // week 2 has 3 days: 3 x 2,050 / 7 = 878.57p
    addAgreementVersion(*t, a);
    const auto due = contributionSchedule(timelineFor(*t, p), day(2026, 12, 31));
    REQUIRE(due.size() == 2);
    CHECK(due[1].amount == gbp(u"8.79"));

    const Id q = t.addPerson(QStringLiteral("P002"), council);
    Agreement draft = agreement(q, day(2026, 4, 6), gbp(u"944.00"));
    draft.status = AgreementStatus::Draft;
    draft.contributionKind = ContributionKind::Fixed;
    draft.weeklyContribution = gbp(u"20.50");
    addAgreementVersion(*t, draft);
    const AgreementTimeline dt = timelineFor(*t, q);
    CHECK_FALSE(dt.hasFunding());
    CHECK(contributionSchedule(dt, day(2026, 12, 31)).empty());
    CHECK(paymentSchedule(dt, Policy(), day(2026, 12, 31)).empty());
}
