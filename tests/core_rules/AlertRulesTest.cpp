// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
// Each alert rule at its boundaries, with worked figures, for both presets.
#include "core/rules/Lifecycle.h"
#include "tests/core_rules/RulesSupport.h"

using namespace isf;

namespace {

struct Preset {
    const char *council;
    const char *preset;
    const char16_t *weekly;
};
// Lancashire: 4-weekly payments, cap 4 weeks, floor 4 weeks (= the interval).
// Dorset: 2-weekly payments, cap 4 weeks, floor 2 weeks.
const Preset kLancashire { "Lancashire County Council", "lancashire", u"944.00" };
const Preset kDorset { "Dorset Council", "dorset", u"500.00" };

struct Case {
    TestFile t;
    Id council = 0, person = 0;
    explicit Case(const Preset &p, Money contribution = Money())
    {
        council = t.addCouncil(QLatin1String(p.council), QLatin1String(p.preset));
        person = t.addPerson(QStringLiteral("P001"), council);
        t.addAgreement(person, day(2026, 4, 6), gbp(p.weekly), contribution);
    }
    std::vector<Alert> alerts(const char *rule, const QDate &asOf)
    {
        return alertsOf(t, QLatin1String(rule), asOf);
    }
};

} // namespace

TEST_CASE("excess_balance: exactly cap_weeks x the weekly budget raises none; a penny more does")
{
    for (const Preset &preset : { kLancashire, kDorset }) {
        Case c(preset);
        const Money cap = gbp(preset.weekly) * 4; // £3,776.00 or £2,000.00
        postEntry(c.t, TxnKind::OpeningBalance, c.person, day(2026, 4, 6), cap);
        CHECK(c.alerts("excess_balance", day(2026, 4, 10)).empty());
        postEntry(c.t, TxnKind::Adjustment, c.person, day(2026, 4, 8), gbp(u"0.01"));
        auto a = c.alerts("excess_balance", day(2026, 4, 10));
        REQUIRE(a.size() == 1);
        CHECK(a[0].since == day(2026, 4, 8));
        CHECK(a[0].money() == gbp(u"0.01"));
        CHECK(a[0].unit == AlertUnit::Money);
        CHECK(a[0].personRef == u"P001");
        CHECK(a[0].detail.contains(QStringLiteral("over 4 weeks' budget (%1").arg(cap.display())));
        // Before the penny arrived, nothing.
        CHECK(c.alerts("excess_balance", day(2026, 4, 7)).empty());
        // Spending the penny ends it.
        postExpense(c.t, c.person, day(2026, 4, 9), gbp(u"0.01"));
        CHECK(c.alerts("excess_balance", day(2026, 4, 10)).empty());
    }
}

TEST_CASE("excess_balance follows a budget change: the limit is the budget in force that day")
{
    Case c(kLancashire);
    postEntry(c.t, TxnKind::OpeningBalance, c.person, day(2026, 4, 6), gbp(u"4000.00"));
    // 4000.00 - 4 x 944.00 = 224.00 over; from 20 April the budget is 1,000.00 (cap 4,000.00).
    changeBudget(*c.t, c.person, day(2026, 4, 20), gbp(u"1000.00"), QStringLiteral("Review"));
    auto a = c.alerts("excess_balance", day(2026, 4, 19));
    REQUIRE(a.size() == 1);
    CHECK(a[0].money() == gbp(u"224.00"));
    CHECK(a[0].since == day(2026, 4, 6));
    CHECK(c.alerts("excess_balance", day(2026, 4, 20)).empty());
}

TEST_CASE("excess_balance after the agreement ends: everything left is over the limit")
{
    Case c(kDorset);
    postEntry(c.t, TxnKind::OpeningBalance, c.person, day(2026, 4, 6), gbp(u"300.00"));
    giveNotice(*c.t, c.person, day(2026, 4, 6), NoticeParty::Council,
        QStringLiteral("Moving out of area"), true);
    auto a = c.alerts("excess_balance", day(2026, 4, 10));
    REQUIRE(a.size() == 1);
    CHECK(a[0].since == day(2026, 4, 7));
    CHECK(a[0].money() == gbp(u"300.00"));
    CHECK(a[0].detail.contains(QStringLiteral("returned to the council")));
}

TEST_CASE("surplus_held: above floor_weeks x budget every day for more than hold_weeks")
{
    SECTION("Dorset: floor 2 weeks (£1,000.00), 12 weeks")
    {
        Case c(kDorset);
        postEntry(c.t, TxnKind::OpeningBalance, c.person, day(2026, 4, 6), gbp(u"1000.01"));
        // 6 April + 84 days = 29 June: on 28 June the run is exactly 12 weeks.
        CHECK(c.alerts("surplus_held", day(2026, 6, 28)).empty());
        auto a = c.alerts("surplus_held", day(2026, 6, 29));
        REQUIRE(a.size() == 1);
        CHECK(a[0].since == day(2026, 6, 29));
        CHECK(a[0].money() == gbp(u"0.01"));
        CHECK(c.alerts("excess_balance", day(2026, 6, 29)).empty());
        // One day at or below the floor restarts the count.
        postExpense(c.t, c.person, day(2026, 5, 1), gbp(u"0.01"));
        postEntry(c.t, TxnKind::Adjustment, c.person, day(2026, 5, 2), gbp(u"0.01"));
        CHECK(c.alerts("surplus_held", day(2026, 6, 29)).empty());
        auto later = c.alerts("surplus_held", day(2026, 7, 25));
        REQUIRE(later.size() == 1);
        CHECK(later[0].since == day(2026, 7, 25)); // 2 May + 84 days
    }
    SECTION("exactly at the floor never counts")
    {
        Case c(kDorset);
        postEntry(c.t, TxnKind::OpeningBalance, c.person, day(2026, 4, 6), gbp(u"1000.00"));
        CHECK(c.alerts("surplus_held", day(2026, 10, 1)).empty());
    }
    SECTION("Lancashire: the floor is the payment interval, 4 weeks")
    {
        Case c(kLancashire);
        postEntry(c.t, TxnKind::OpeningBalance, c.person, day(2026, 4, 6), gbp(u"3776.01"));
        auto a = c.alerts("surplus_held", day(2026, 6, 29));
        REQUIRE(a.size() == 1);
        CHECK(a[0].money() == gbp(u"0.01"));
        CHECK(c.alerts("excess_balance", day(2026, 6, 29)).size() == 1);
    }
}

TEST_CASE("overspend: below zero at the end of a day")
{
    Case c(kLancashire);
    postEntry(c.t, TxnKind::OpeningBalance, c.person, day(2026, 4, 6), gbp(u"10.00"));
    postExpense(c.t, c.person, day(2026, 4, 7), gbp(u"10.00"));
    CHECK(c.alerts("overspend", day(2026, 4, 7)).empty()); // exactly zero
    postExpense(c.t, c.person, day(2026, 4, 8), gbp(u"25.50"));
    auto a = c.alerts("overspend", day(2026, 4, 9));
    REQUIRE(a.size() == 1);
    CHECK(a[0].since == day(2026, 4, 8));
    CHECK(a[0].money() == gbp(u"25.50"));
    // Money in on the same day as money out: the day ends in credit.
    postEntry(c.t, TxnKind::Adjustment, c.person, day(2026, 4, 8), gbp(u"25.50"));
    CHECK(c.alerts("overspend", day(2026, 4, 9)).empty());
}

TEST_CASE("contribution_arrears: more than arrears_weeks of the weekly contribution owed")
{
    for (const Preset &preset : { kLancashire, kDorset }) {
        Case c(preset, gbp(u"20.00"));
        // Due 6, 13, 20, 27 April: £80.00 on 3 May = 4 weeks, no alert.
        CHECK(c.alerts("contribution_arrears", day(2026, 5, 3)).empty());
        auto a = c.alerts("contribution_arrears", day(2026, 5, 4));
        REQUIRE(a.size() == 1);
        CHECK(a[0].since == day(2026, 5, 4));
        CHECK(a[0].money() == gbp(u"20.00")); // £100.00 owed - £80.00
        CHECK(a[0].detail.contains(QStringLiteral("owed £100.00")));
        postEntry(c.t, TxnKind::Contribution, c.person, day(2026, 5, 4), gbp(u"20.00"));
        CHECK(c.alerts("contribution_arrears", day(2026, 5, 4)).empty());
        auto b = c.alerts("contribution_arrears", day(2026, 5, 11));
        REQUIRE(b.size() == 1);
        CHECK(b[0].since == day(2026, 5, 11));
    }
}

TEST_CASE("contribution_arrears on a percentage contribution")
{
    TestFile t;
    const Id council = t.addCouncil(QStringLiteral("East Renfrewshire"), QStringLiteral("custom"));
    const Id p = t.addPerson(QStringLiteral("E001"), council);
    Agreement a;
    a.personId = p;
    a.status = AgreementStatus::Active;
    a.startDate = day(2026, 4, 6);
    a.budgets.push_back({ a.startDate, gbp(u"944.00") });
    a.contributionKind = ContributionKind::Percent;
    a.contributionPercentBp = 1250; // £118.00 a week
    addAgreementVersion(*t, a);
    postEntry(t, TxnKind::Contribution, p, day(2026, 4, 6), gbp(u"118.00"));
    // By 11 May: 6 weeks due (£708.00), £118.00 paid: £590.00 owed, limit £472.00.
    CHECK(alertsOf(t, QStringLiteral("contribution_arrears"), day(2026, 5, 10)).empty());
    auto alerts = alertsOf(t, QStringLiteral("contribution_arrears"), day(2026, 5, 11));
    REQUIRE(alerts.size() == 1);
    CHECK(alerts[0].money() == gbp(u"118.00"));
}

TEST_CASE("missing_payment and short_payment, both presets")
{
    SECTION("Lancashire: £3,776.00 due 6 April, grace to the 13th")
    {
        Case c(kLancashire);
        CHECK(c.alerts("missing_payment", day(2026, 4, 13)).empty());
        auto a = c.alerts("missing_payment", day(2026, 4, 14));
        REQUIRE(a.size() == 1);
        CHECK(a[0].since == day(2026, 4, 14));
        CHECK(a[0].money() == gbp(u"3776.00"));
        CHECK(a[0].subject == u"payment:2026-04-06");
        postEntry(c.t, TxnKind::CouncilPayment, c.person, day(2026, 4, 10), gbp(u"3700.00"));
        CHECK(c.alerts("missing_payment", day(2026, 4, 14)).empty());
        auto s = c.alerts("short_payment", day(2026, 4, 14));
        REQUIRE(s.size() == 1);
        CHECK(s[0].money() == gbp(u"76.00"));
        CHECK(s[0].since == day(2026, 4, 14));
    }
    SECTION("Dorset: £1,000.00 every 2 weeks")
    {
        Case c(kDorset);
        postEntry(c.t, TxnKind::CouncilPayment, c.person, day(2026, 4, 6), gbp(u"1000.00"));
        auto a = c.alerts("missing_payment", day(2026, 5, 1));
        REQUIRE(a.size() == 1);
        CHECK(a[0].since == day(2026, 4, 28));
        CHECK(a[0].subject == u"payment:2026-04-20");
    }
}

TEST_CASE("review_due: within review_notice_days of the review date, or passed")
{
    TestFile t;
    const Id council = t.addCouncil();
    const Id p = t.addPerson(QStringLiteral("P001"), council);
    Agreement a;
    a.personId = p;
    a.status = AgreementStatus::Active;
    a.startDate = day(2026, 4, 6);
    a.reviewDate = day(2026, 12, 1);
    a.budgets.push_back({ a.startDate, gbp(u"944.00") });
    addAgreementVersion(*t, a);
    CHECK(alertsOf(t, QStringLiteral("review_due"), day(2026, 11, 2)).empty());
    auto soon = alertsOf(t, QStringLiteral("review_due"), day(2026, 11, 3));
    REQUIRE(soon.size() == 1);
    CHECK(soon[0].since == day(2026, 11, 3));
    CHECK(soon[0].unit == AlertUnit::None);
    CHECK(soon[0].detail.contains(QStringLiteral("in 28 days")));
    auto late = alertsOf(t, QStringLiteral("review_due"), day(2026, 12, 5));
    REQUIRE(late.size() == 1);
    CHECK(late[0].since == day(2026, 11, 3));
    CHECK(late[0].detail.contains(QStringLiteral("4 days ago")));
}

TEST_CASE("notice_ending: from notice (or review_notice_days before its end) until ended")
{
    Case c(kLancashire);
    giveNotice(*c.t, c.person, day(2026, 10, 1), NoticeParty::Council,
        QStringLiteral("Moving to residential care"));
    CHECK(c.alerts("notice_ending", day(2026, 9, 30)).empty());
    auto a = c.alerts("notice_ending", day(2026, 10, 1));
    REQUIRE(a.size() == 1);
    CHECK(a[0].since == day(2026, 10, 1)); // notice runs 28 days: 1 - 28 October
    CHECK(a[0].detail.contains(QStringLiteral("last day is 2026-10-28 (in 27 days)")));
    auto after = c.alerts("notice_ending", day(2026, 11, 2));
    REQUIRE(after.size() == 1);
    CHECK(after[0].detail.contains(QStringLiteral("end the agreement")));
    endAgreement(*c.t, c.person, QDate(), day(2026, 11, 2));
    CHECK(c.alerts("notice_ending", day(2026, 11, 2)).empty());
}

TEST_CASE("possible_duplicate: same supplier and invoice twice, or same amount within 3 days")
{
    TestFile t;
    const Id council = t.addCouncil();
    const Id p1 = t.addPerson(QStringLiteral("P001"), council);
    const Id p2 = t.addPerson(QStringLiteral("P002"), council);
    t.addAgreement(p1, day(2026, 4, 6), gbp(u"944.00"));
    t.addAgreement(p2, day(2026, 4, 6), gbp(u"944.00"));
    postEntry(t, TxnKind::OpeningBalance, p1, day(2026, 4, 6), gbp(u"1000.00"));
    postEntry(t, TxnKind::OpeningBalance, p2, day(2026, 4, 6), gbp(u"1000.00"));
    const QString taxi = QStringLiteral("Ace Taxis");

    SECTION("the same invoice on two people")
    {
        postExpense(t, p1, day(2026, 4, 7), gbp(u"30.00"), taxi, QStringLiteral("INV-100"));
        const Id second
            = postExpense(t, p2, day(2026, 4, 20), gbp(u"31.00"), taxi, QStringLiteral("inv-100"));
        auto a = alertsOf(t, QStringLiteral("possible_duplicate"), day(2026, 4, 30));
        REQUIRE(a.size() == 1);
        CHECK(a[0].personRef == u"P002");
        CHECK(a[0].subject == QStringLiteral("txn:%1").arg(second));
        CHECK(a[0].since == day(2026, 4, 20));
        CHECK(a[0].money() == gbp(u"31.00"));
        CHECK(a[0].detail.contains(QStringLiteral("P001")));
        // Reversing the second entry clears it.
        Ledger ledger(*t);
        ledger.reverse(second, QStringLiteral("Duplicate"), day(2026, 4, 21));
        CHECK(alertsOf(t, QStringLiteral("possible_duplicate"), day(2026, 4, 30)).empty());
    }
    SECTION("same amount within 3 days, and not 4")
    {
        postExpense(t, p1, day(2026, 4, 7), gbp(u"45.00"), taxi);
        postExpense(t, p1, day(2026, 4, 10), gbp(u"45.00"), taxi);
        postExpense(t, p1, day(2026, 4, 20), gbp(u"45.00"), taxi);
        postExpense(t, p1, day(2026, 4, 24), gbp(u"45.00"), taxi);
        postExpense(t, p2, day(2026, 4, 24), gbp(u"45.00"), taxi); // another person: fine
        auto a = alertsOf(t, QStringLiteral("possible_duplicate"), day(2026, 4, 30));
        REQUIRE(a.size() == 1);
        CHECK(a[0].since == day(2026, 4, 10));
        CHECK(a[0].detail.contains(QStringLiteral("within 3 days")));
    }
    SECTION("two invoices with their own references are two invoices")
    {
        postExpense(t, p1, day(2026, 4, 7), gbp(u"45.00"), taxi, QStringLiteral("A1"));
        postExpense(t, p1, day(2026, 4, 8), gbp(u"45.00"), taxi, QStringLiteral("A2"));
        CHECK(alertsOf(t, QStringLiteral("possible_duplicate"), day(2026, 4, 30)).empty());
    }
}

TEST_CASE("supplier_check: DBS checks and insurance out of date for suppliers in use")
{
    TestFile t;
    const Id council = t.addCouncil();
    const Id p = t.addPerson(QStringLiteral("P001"), council);
    t.addAgreement(p, day(2026, 4, 6), gbp(u"944.00"));
    postEntry(t, TxnKind::OpeningBalance, p, day(2026, 4, 6), gbp(u"1000.00"));
    Supplier pa;
    pa.name = QStringLiteral("Sam Patel");
    pa.kind = SupplierKind::PersonalAssistant;
    pa.dbsCheckedOn = day(2023, 5, 1);
    saveSupplier(*t, pa);
    Supplier cab;
    cab.name = QStringLiteral("Ace Taxis");
    cab.kind = SupplierKind::Transport;
    cab.insuranceExpiresOn = day(2026, 6, 30);
    saveSupplier(*t, cab);
    Supplier idle;
    idle.name = QStringLiteral("Unused PA");
    idle.kind = SupplierKind::PersonalAssistant;
    saveSupplier(*t, idle);
    postExpense(t, p, day(2026, 4, 10), gbp(u"80.00"), pa.name);
    postExpense(t, p, day(2026, 4, 11), gbp(u"12.00"), cab.name);

    auto at = [&](const QDate &d) { return alertsOf(t, QStringLiteral("supplier_check"), d); };
    CHECK(at(day(2026, 5, 1)).empty()); // DBS good to 1 May 2026 (3 years)
    auto a = at(day(2026, 5, 2));
    REQUIRE(a.size() == 1);
    CHECK(a[0].supplierName == u"Sam Patel");
    CHECK(a[0].subject == u"dbs");
    CHECK(a[0].since == day(2026, 5, 2));
    CHECK(a[0].personRef.isEmpty());
    auto b = at(day(2026, 7, 1));
    REQUIRE(b.size() == 2);
    CHECK(b[0].supplierName == u"Ace Taxis");
    CHECK(b[0].subject == u"insurance");
    CHECK(b[0].since == day(2026, 7, 1));
    // A year after the last payment the supplier is no longer in use.
    CHECK(at(day(2027, 4, 12)).empty());
}
