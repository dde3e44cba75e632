// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
// Council payments received against the schedule: matched, missing, short, over.
#include "core/rules/AgreementTimeline.h"
#include "core/rules/PaymentReconciliation.h"
#include "core/rules/RuleInputs.h"
#include "tests/core_rules/RulesSupport.h"

using namespace isf;

namespace {

// Dorset, every 2 weeks in advance, grace 7 days: £1,000.00 due 6 and 20 April, 4 and 18
// May, 1 June ... The early allowance is min(7, 13 / 2) = 6 days.
struct Dorset {
    TestFile t;
    Id council = 0, person = 0;
    Dorset()
    {
        council = t.addCouncil(QStringLiteral("Dorset Council"), QStringLiteral("dorset"));
        person = t.addPerson(QStringLiteral("D001"), council);
        t.addAgreement(person, day(2026, 4, 6), gbp(u"500.00"));
    }
    Id pay(const QDate &date, const char16_t *amount)
    {
        return postEntry(t, TxnKind::CouncilPayment, person, date, gbp(amount));
    }
    PaymentReconciliation at(const QDate &asOf)
    {
        const PersonFacts f = loadPersonFacts(*t, person, asOf);
        return reconcilePayments(scheduleForReconciliation(f.timeline, f.policy, asOf),
            f.councilPayments, f.policy, asOf);
    }
    // By value: callers pass a temporary reconciliation.
    PaymentMatch match(const PaymentReconciliation &r, const QDate &due)
    {
        for (const PaymentMatch &m : r.matches)
            if (m.expected.due == due)
                return m;
        FAIL("no expected payment due " << due);
        return r.matches.front();
    }
};

} // namespace

TEST_CASE("the early allowance is the grace days, at most half a payment period")
{
    Policy p = Policy::fromPreset(QStringLiteral("dorset"));
    CHECK(earlyAllowanceDays(p) == 6);
    p = Policy::fromPreset(QStringLiteral("lancashire"));
    CHECK(earlyAllowanceDays(p) == 7);
    p.graceDays = 3;
    CHECK(earlyAllowanceDays(p) == 3);
}

TEST_CASE("payments a few days early or on time are matched")
{
    Dorset d;
    d.pay(day(2026, 4, 3), u"1000.00"); // 3 days early
    d.pay(day(2026, 4, 14), u"1000.00"); // 6 days early: the window of 20 April opens
    const auto r = d.at(day(2026, 4, 30));
    CHECK(d.match(r, day(2026, 4, 6)).status == PaymentStatus::Matched);
    CHECK(d.match(r, day(2026, 4, 20)).status == PaymentStatus::Matched);
    CHECK_FALSE(d.match(r, day(2026, 4, 20)).late);
    CHECK(d.match(r, day(2026, 5, 4)).status == PaymentStatus::NotDue);
}

TEST_CASE("a payment is missing from the day after grace_days without it")
{
    Dorset d;
    d.pay(day(2026, 4, 6), u"1000.00");
    CHECK(d.match(d.at(day(2026, 4, 27)), day(2026, 4, 20)).status == PaymentStatus::Awaiting);
    CHECK(d.match(d.at(day(2026, 4, 28)), day(2026, 4, 20)).status == PaymentStatus::Missing);
    CHECK(d.match(d.at(day(2026, 4, 28)), day(2026, 4, 20)).graceEnds == day(2026, 4, 27));

    SECTION("received on the last day of grace: matched, on time")
    {
        d.pay(day(2026, 4, 27), u"1000.00");
        const auto &m = d.match(d.at(day(2026, 4, 28)), day(2026, 4, 20));
        CHECK(m.status == PaymentStatus::Matched);
        CHECK_FALSE(m.late);
    }
    SECTION("the next payment arriving does not hide the missing one")
    {
        d.pay(day(2026, 5, 4), u"1000.00");
        const auto r = d.at(day(2026, 5, 20));
        CHECK(d.match(r, day(2026, 4, 20)).status == PaymentStatus::Missing);
        CHECK(d.match(r, day(2026, 5, 4)).status == PaymentStatus::Matched);
        CHECK(d.match(r, day(2026, 5, 18)).status == PaymentStatus::Awaiting);
    }
    SECTION("a catch-up payment of two periods settles the missing one, late")
    {
        d.pay(day(2026, 5, 4), u"2000.00");
        const auto r = d.at(day(2026, 5, 20));
        const auto &missed = d.match(r, day(2026, 4, 20));
        CHECK(missed.status == PaymentStatus::Matched);
        CHECK(missed.late);
        CHECK(missed.settledOn == day(2026, 5, 4));
        CHECK(d.match(r, day(2026, 5, 4)).status == PaymentStatus::Matched);
    }
}

TEST_CASE("short and over payments, with the amounts")
{
    Dorset d;
    d.pay(day(2026, 4, 6), u"999.99");
    d.pay(day(2026, 4, 20), u"1000.01");
    const auto early = d.at(day(2026, 4, 13));
    CHECK(d.match(early, day(2026, 4, 6)).status == PaymentStatus::Awaiting);
    const auto r = d.at(day(2026, 4, 21));
    // The penny over on the 20th settles the penny short on the 6th (oldest first).
    CHECK(d.match(r, day(2026, 4, 6)).status == PaymentStatus::Matched);
    CHECK(d.match(r, day(2026, 4, 20)).status == PaymentStatus::Matched);

    SECTION("short")
    {
        d.pay(day(2026, 5, 4), u"900.00");
        const auto &m = d.match(d.at(day(2026, 5, 12)), day(2026, 5, 4));
        CHECK(m.status == PaymentStatus::Short);
        CHECK(m.difference() == gbp(u"-100.00"));
        SECTION("a top-up within its window makes it whole")
        {
            d.pay(day(2026, 5, 11), u"100.00");
            CHECK(
                d.match(d.at(day(2026, 5, 12)), day(2026, 5, 4)).status == PaymentStatus::Matched);
        }
        SECTION("a top-up after its window counts for the next payment until that is paid")
        {
            d.pay(day(2026, 5, 13), u"100.00"); // the window of 18 May opens on the 12th
            CHECK(d.match(d.at(day(2026, 5, 13)), day(2026, 5, 4)).status == PaymentStatus::Short);
            d.pay(day(2026, 5, 18), u"1000.00");
            const auto later = d.at(day(2026, 5, 18));
            CHECK(d.match(later, day(2026, 5, 4)).status == PaymentStatus::Matched);
            CHECK(d.match(later, day(2026, 5, 4)).late);
            CHECK(d.match(later, day(2026, 5, 18)).status == PaymentStatus::Matched);
        }
    }
    SECTION("over")
    {
        d.pay(day(2026, 5, 4), u"1250.00");
        const auto &m = d.match(d.at(day(2026, 5, 5)), day(2026, 5, 4));
        CHECK(m.status == PaymentStatus::Over);
        CHECK(m.difference() == gbp(u"250.00"));
    }
}

TEST_CASE("a reversed council payment no longer counts")
{
    Dorset d;
    const Id paid = d.pay(day(2026, 4, 6), u"1000.00");
    Ledger ledger(*d.t);
    ledger.reverse(paid, QStringLiteral("Paid to the wrong person"), day(2026, 4, 8));
    CHECK(d.match(d.at(day(2026, 4, 7)), day(2026, 4, 6)).status == PaymentStatus::Matched);
    CHECK(d.match(d.at(day(2026, 4, 14)), day(2026, 4, 6)).status == PaymentStatus::Missing);
}

TEST_CASE("a payment for someone with no agreement in force is unexpected")
{
    TestFile t;
    const Id council = t.addCouncil();
    const Id p = t.addPerson(QStringLiteral("P009"), council);
    postEntry(t, TxnKind::CouncilPayment, p, day(2026, 4, 6), gbp(u"100.00"));
    const PersonFacts f = loadPersonFacts(*t, p, day(2026, 5, 1));
    const auto r
        = reconcilePayments(scheduleForReconciliation(f.timeline, f.policy, day(2026, 5, 1)),
            f.councilPayments, f.policy, day(2026, 5, 1));
    CHECK(r.matches.empty());
    REQUIRE(r.unexpected.size() == 1);
    CHECK(r.unexpected[0].amount == gbp(u"100.00"));
}
