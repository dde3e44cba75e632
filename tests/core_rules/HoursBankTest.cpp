// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
// Planned and delivered hours, the bank, its cap and expiry.
#include "core/rules/HoursBank.h"

#include "core/rules/HoursRecords.h"
#include "core/rules/Positions.h"
#include "core/rules/RuleInputs.h"
#include "tests/core_rules/RulesSupport.h"

using namespace isf;

namespace {

// Lancashire with an agreement that caps the bank at 5 hours and lets hours expire after
// 8 weeks. Plan: community support 10 h a week (bankable, in-house), personal care 5 h a
// week (not bankable, Home Care Ltd). Weeks start on Mondays from 6 April 2026.
struct Banked {
    TestFile t;
    Id council = 0, person = 0, homeCare = 0;
    explicit Banked(bool withPolicy = true)
    {
        council = t.addCouncil();
        person = t.addPerson(QStringLiteral("P001"), council);
        Supplier s;
        s.name = QStringLiteral("Home Care Ltd");
        s.kind = SupplierKind::CareProvider;
        s.cqcNumber = QStringLiteral("1-100");
        homeCare = saveSupplier(*t, s);
        Agreement a;
        a.personId = person;
        a.status = AgreementStatus::Active;
        a.startDate = day(2026, 4, 6);
        a.budgets.push_back({ a.startDate, gbp(u"944.00") });
        PlanLine community;
        community.service = QStringLiteral("Community support");
        community.hoursPerWeek = hrs(u"10");
        community.hourlyRate = gbp(u"22.00");
        community.weeklyCost = gbp(u"220.00");
        community.bankable = true;
        PlanLine care;
        care.service = QStringLiteral("Personal care");
        care.supplierId = homeCare;
        care.hoursPerWeek = hrs(u"5");
        care.hourlyRate = gbp(u"24.00");
        care.weeklyCost = gbp(u"120.00");
        a.plan = { community, care };
        if (withPolicy) {
            a.policyOverrides.emplace_back(QStringLiteral("bank_cap_hours"), QStringLiteral("5"));
            a.policyOverrides.emplace_back(
                QStringLiteral("bank_expiry_weeks"), QStringLiteral("8"));
        }
        addAgreementVersion(*t, a);
        postEntry(t, TxnKind::OpeningBalance, person, day(2026, 4, 6), gbp(u"5000.00"));
    }
    void community(const QDate &week, const char16_t *hours)
    {
        recordHours(*t, { { person, week, QStringLiteral("community support "), hrs(hours) } });
    }
    void care(const QDate &date, const char16_t *hours)
    {
        postHoursExpense(
            t, person, date, hrs(hours), gbp(u"24.00"), QStringLiteral("Home Care Ltd"));
    }
    HoursBank bank(const QDate &asOf)
    {
        const PersonFacts f = loadPersonFacts(*t, person, asOf);
        return runHoursBank(f.timeline, f.policy, f.hours, asOf);
    }
    // Weeks 1 - 3 as in the worked example; community support in full afterwards.
    void example()
    {
        community(day(2026, 4, 6), u"6"); // 4 unused: banked
        care(day(2026, 4, 8), u"5");
        community(day(2026, 4, 13), u"8"); // 2 more: 6 in the bank, over the cap of 5
        care(day(2026, 4, 15), u"5");
        community(day(2026, 4, 20), u"10");
        care(day(2026, 4, 22), u"7"); // 2 beyond plan: drawn from the oldest lot
        for (QDate w = day(2026, 4, 27); w <= day(2026, 7, 27); w = w.addDays(7)) {
            community(w, u"10");
            care(w, u"5");
        }
    }
};

} // namespace

TEST_CASE("unused bankable hours go to the bank; hours beyond plan draw on it, oldest first")
{
    Banked b;
    b.example();
    const HoursBank w1 = b.bank(day(2026, 4, 12));
    REQUIRE(w1.weeks.size() == 1);
    CHECK(w1.weeks[0].planned == hrs(u"15"));
    CHECK(w1.weeks[0].delivered == hrs(u"11"));
    CHECK(w1.weeks[0].banked == hrs(u"4"));
    CHECK(w1.balance == hrs(u"4"));
    // A week counts once its last day has passed.
    CHECK(b.bank(day(2026, 4, 18)).balance == hrs(u"4"));
    CHECK(b.bank(day(2026, 4, 19)).balance == hrs(u"6"));

    const HoursBank w3 = b.bank(day(2026, 4, 26));
    REQUIRE(w3.weeks.size() == 3);
    CHECK(w3.weeks[2].drawn == hrs(u"2"));
    CHECK(w3.weeks[2].unfunded == Hours());
    CHECK(w3.balance == hrs(u"4"));
    REQUIRE(w3.lots.size() == 2);
    CHECK(w3.lots[0].bankedOn == day(2026, 4, 12));
    CHECK(w3.lots[0].remaining == hrs(u"2"));
    CHECK(w3.lots[0].lastUsable == day(2026, 6, 7)); // 12 April + 8 weeks
    CHECK(w3.lots[1].remaining == hrs(u"2"));
}

TEST_CASE("banked_hours_cap: over bank_cap_hours, from the day the bank went over")
{
    Banked b;
    b.example();
    CHECK(alertsOf(b.t, QStringLiteral("banked_hours_cap"), day(2026, 4, 18)).empty());
    auto a = alertsOf(b.t, QStringLiteral("banked_hours_cap"), day(2026, 4, 19));
    REQUIRE(a.size() == 1);
    CHECK(a[0].since == day(2026, 4, 19));
    CHECK(a[0].unit == AlertUnit::Hours);
    CHECK(a[0].hours() == hrs(u"1"));
    CHECK(alertsOf(b.t, QStringLiteral("banked_hours_cap"), day(2026, 4, 25)).size() == 1);
    CHECK(alertsOf(b.t, QStringLiteral("banked_hours_cap"), day(2026, 4, 26)).empty());
}

TEST_CASE("banked hours expire after bank_expiry_weeks, oldest first, warned 28 days ahead")
{
    Banked b;
    b.example();
    // Lot 1 (2 h left) is usable to 7 June; lot 2 (2 h) to 14 June.
    CHECK(alertsOf(b.t, QStringLiteral("banked_hours_expiring"), day(2026, 5, 9)).empty());
    auto a = alertsOf(b.t, QStringLiteral("banked_hours_expiring"), day(2026, 5, 10));
    REQUIRE(a.size() == 1);
    CHECK(a[0].since == day(2026, 5, 10));
    CHECK(a[0].hours() == hrs(u"2"));
    auto both = alertsOf(b.t, QStringLiteral("banked_hours_expiring"), day(2026, 5, 17));
    REQUIRE(both.size() == 1);
    CHECK(both[0].since == day(2026, 5, 10)); // one unbroken run
    CHECK(both[0].hours() == hrs(u"4"));

    CHECK(b.bank(day(2026, 6, 7)).balance == hrs(u"4")); // still usable on its last day
    const HoursBank june8 = b.bank(day(2026, 6, 8));
    CHECK(june8.balance == hrs(u"2"));
    CHECK(june8.expired == hrs(u"2"));
    CHECK(b.bank(day(2026, 6, 15)).balance == Hours());
    CHECK(alertsOf(b.t, QStringLiteral("banked_hours_expiring"), day(2026, 6, 15)).empty());
}

TEST_CASE("without a cap or expiry, the bank keeps everything and raises nothing")
{
    Banked b(false);
    b.example();
    CHECK(b.bank(day(2026, 8, 2)).balance == hrs(u"4"));
    CHECK(alertsOf(b.t, QStringLiteral("banked_hours_cap"), day(2026, 8, 2)).empty());
    CHECK(alertsOf(b.t, QStringLiteral("banked_hours_expiring"), day(2026, 8, 2)).empty());
}

TEST_CASE("over-delivery in a week uses that week's unused bankable hours before the bank")
{
    Banked b;
    b.community(day(2026, 4, 6), u"7"); // 3 unused
    b.care(day(2026, 4, 7), u"6"); // 1 beyond plan: taken from the 3
    const HoursBank w = b.bank(day(2026, 4, 12));
    CHECK(w.weeks[0].banked == hrs(u"2"));
    CHECK(w.weeks[0].drawn == Hours());
    CHECK(w.weeks[0].unfunded == Hours());
}

TEST_CASE("hours beyond plan with nothing banked are unfunded; unknown services are unplanned")
{
    Banked b;
    b.community(day(2026, 4, 6), u"12");
    recordHours(*b.t, { { b.person, day(2026, 4, 6), QStringLiteral("Gardening"), hrs(u"3") } });
    b.care(day(2026, 4, 7), u"5");
    const HoursBank w = b.bank(day(2026, 4, 12));
    CHECK(w.weeks[0].unfunded == hrs(u"2"));
    CHECK(w.weeks[0].unplanned == hrs(u"3"));
    CHECK(w.balance == Hours());
}

TEST_CASE("an hours row that names an expense replaces the expense's own hours")
{
    Banked b;
    b.community(day(2026, 4, 6), u"10");
    const Id txn = postHoursExpense(
        b.t, b.person, day(2026, 4, 7), hrs(u"5"), gbp(u"24.00"), QStringLiteral("Home Care Ltd"));
    HoursRecord r { b.person, day(2026, 4, 6), QStringLiteral("Personal care"), hrs(u"4"), txn };
    recordHours(*b.t, { r });
    const HoursBank w = b.bank(day(2026, 4, 12));
    CHECK(w.weeks[0].delivered == hrs(u"14"));
}

TEST_CASE("the banked hours appear in the person's position")
{
    Banked b;
    b.example();
    postEntry(b.t, TxnKind::Contribution, b.person, day(2026, 4, 6), gbp(u"1.00"));
    const auto positions = personPositions(*b.t, day(2026, 4, 26));
    REQUIRE(positions.size() == 1);
    CHECK(positions[0].hasBank);
    CHECK(positions[0].bankedHours == hrs(u"4"));
    CHECK(positions[0].contributionsReceived == gbp(u"1.00"));
    CHECK(positions[0].contributionArrears() == gbp(u"-1.00"));
    const auto one = personPosition(*b.t, b.person, day(2026, 4, 26));
    REQUIRE(one.has_value());
    CHECK(one->bankedHours == hrs(u"4"));
    CHECK(one->balance == positions[0].balance);
}
