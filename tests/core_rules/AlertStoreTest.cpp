// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
// Alerts on record: acknowledgement that survives re-evaluation, resolution by a return
// to the council, who and when, the audit log.
#include "core/rules/alerts/AlertStore.h"

#include "core/storage/AuditLog.h"
#include "core/util/Errors.h"
#include "tests/core_rules/RulesSupport.h"

using namespace isf;

namespace {

// Lancashire, £944.00 a week from 6 April 2026 (cap £3,776.00), with £4,000.00 held.
struct Held {
    TestFile t;
    Id person = 0;
    Held()
    {
        const Id council = t.addCouncil();
        person = t.addPerson(QStringLiteral("P001"), council);
        t.addAgreement(person, day(2026, 4, 6), gbp(u"944.00"));
        postEntry(t, TxnKind::CouncilPayment, person, day(2026, 4, 6), gbp(u"3776.00"));
        postEntry(t, TxnKind::Adjustment, person, day(2026, 4, 7), gbp(u"224.00"));
    }
    std::optional<AlertRecord> excess(const AlertReview &r)
    {
        for (const AlertRecord &a : r.holding)
            if (a.alert.rule == u"excess_balance")
                return a;
        return std::nullopt;
    }
};

} // namespace

TEST_CASE("a review records new alerts once, and keeps their ids")
{
    Held h;
    const AlertReview first = reviewAlerts(*h.t, day(2026, 4, 10));
    CHECK(first.recorded);
    const auto a = h.excess(first);
    REQUIRE(a.has_value());
    CHECK(a->id > 0);
    CHECK(a->status == AlertStatus::Open);
    CHECK(a->alert.money() == gbp(u"224.00"));
    CHECK(first.added == int(first.holding.size()));

    const AlertReview again = reviewAlerts(*h.t, day(2026, 4, 12));
    CHECK(again.added == 0);
    const auto b = h.excess(again);
    REQUIRE(b.has_value());
    CHECK(b->id == a->id);
    CHECK(b->lastSeenOn == day(2026, 4, 12));
    CHECK(alertRecord(*h.t, a->id)->lastSeenOn == day(2026, 4, 12));
}

TEST_CASE("an acknowledgement survives re-evaluation and is kept with who, when and why")
{
    Held h;
    const Id id = h.excess(reviewAlerts(*h.t, day(2026, 4, 10)))->id;
    CHECK_THROWS_AS(acknowledgeAlert(*h.t, id, QStringLiteral("  ")), InputError);
    const AlertRecord acked = acknowledgeAlert(
        *h.t, id, QStringLiteral("Saving for a holiday, agreed with the case worker"));
    CHECK(acked.status == AlertStatus::Acknowledged);
    CHECK(acked.acknowledgedBy == u"tester");
    CHECK(acked.acknowledgedAt == u"2026-11-28T12:00:00Z");
    CHECK_THROWS_AS(acknowledgeAlert(*h.t, id, QStringLiteral("again")), InputError);
    CHECK_THROWS_AS(acknowledgeAlert(*h.t, 9999, QStringLiteral("none")), InputError);

    // More money arrives: the same condition (same since), still acknowledged, new figure.
    postEntry(h.t, TxnKind::Adjustment, h.person, day(2026, 4, 11), gbp(u"10.00"));
    const AlertReview later = reviewAlerts(*h.t, day(2026, 4, 12));
    const auto a = h.excess(later);
    REQUIRE(a.has_value());
    CHECK(a->id == id);
    CHECK(a->status == AlertStatus::Acknowledged);
    CHECK(a->alert.money() == gbp(u"234.00"));
    for (const AlertRecord &r : later.open())
        CHECK(r.alert.rule != u"excess_balance");

    bool audited = false;
    for (const AuditEntry &e : auditEntries(*h.t, QStringLiteral("alert"), id))
        audited = audited
            || (e.action == u"acknowledge" && e.detail.contains(QStringLiteral("holiday")));
    CHECK(audited);
}

TEST_CASE("a return to the council that clears the condition resolves the alert")
{
    Held h;
    const Id id = h.excess(reviewAlerts(*h.t, day(2026, 4, 10)))->id;
    acknowledgeAlert(*h.t, id, QStringLiteral("Waiting for the case worker"));
    // £224.00 returned: exactly at the cap.
    const Id ret
        = postEntry(h.t, TxnKind::ReturnToCouncil, h.person, day(2026, 4, 14), gbp(u"224.00"));
    const AlertReview r = reviewAlerts(*h.t, day(2026, 4, 15));
    CHECK_FALSE(h.excess(r).has_value());
    CHECK(r.resolved >= 1);
    const AlertRecord stored = *alertRecord(*h.t, id);
    CHECK(stored.status == AlertStatus::Resolved);
    CHECK(stored.resolvedTxnId == ret);
    CHECK(stored.resolvedBy == u"tester");
    CHECK(stored.resolution.contains(QStringLiteral("return of £224.00")));
    // The acknowledgement stays on record beside the resolution.
    CHECK(stored.ackNote == u"Waiting for the case worker");
    CHECK(alertRecords(*h.t, AlertStatus::Resolved, h.person).size() >= 1);
    bool audited = false;
    for (const AuditEntry &e : auditEntries(*h.t, QStringLiteral("alert"), id))
        audited = audited || e.action == u"resolve";
    CHECK(audited);
    CHECK_THROWS_AS(acknowledgeAlert(*h.t, id, QStringLiteral("late")), InputError);
}

TEST_CASE("a condition that clears by itself is resolved as no longer holding")
{
    Held h;
    const Id id = h.excess(reviewAlerts(*h.t, day(2026, 4, 10)))->id;
    postExpense(h.t, h.person, day(2026, 4, 12), gbp(u"500.00"));
    reviewAlerts(*h.t, day(2026, 4, 13));
    const AlertRecord stored = *alertRecord(*h.t, id);
    CHECK(stored.status == AlertStatus::Resolved);
    CHECK(stored.resolvedTxnId == 0);
    CHECK(stored.resolution == u"No longer holds as of 2026-04-13.");
}

TEST_CASE("reviews before the latest recorded one, or in the future, are read-only")
{
    Held h;
    reviewAlerts(*h.t, day(2026, 4, 20));
    CHECK(lastAlertReview(*h.t) == day(2026, 4, 20));
    const int before = int(alertRecords(*h.t).size());
    const AlertReview past = reviewAlerts(*h.t, day(2026, 4, 8));
    CHECK_FALSE(past.recorded);
    const AlertReview future = reviewAlerts(*h.t, day(2027, 1, 1));
    CHECK_FALSE(future.recorded);
    CHECK(int(alertRecords(*h.t).size()) == before);
    CHECK(lastAlertReview(*h.t) == day(2026, 4, 20));
    // A read-only view still names the recorded alert it shows.
    const auto a = h.excess(past);
    REQUIRE(a.has_value());
    CHECK(a->id > 0);
}

TEST_CASE("an alert whose condition returns (a back-dated entry) is reopened")
{
    Held h;
    const Id id = h.excess(reviewAlerts(*h.t, day(2026, 4, 10)))->id;
    const Id spend = postExpense(h.t, h.person, day(2026, 4, 12), gbp(u"500.00"));
    reviewAlerts(*h.t, day(2026, 4, 13));
    CHECK(alertRecord(*h.t, id)->status == AlertStatus::Resolved);
    Ledger ledger(*h.t);
    ledger.reverse(spend, QStringLiteral("Entered against the wrong person"), day(2026, 4, 12));
    const AlertReview r = reviewAlerts(*h.t, day(2026, 4, 14));
    CHECK(r.reopened == 1);
    CHECK(alertRecord(*h.t, id)->status == AlertStatus::Open);
}
