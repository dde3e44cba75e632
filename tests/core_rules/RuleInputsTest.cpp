// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
// The rules' one stream of the ledger: balance changes worked out from each entry's kind
// must equal the ledger's own postings (balanceAt), whatever the kinds and reversals.
#include "core/rules/RuleInputs.h"

#include "core/ledger/LedgerQueries.h"
#include "core/storage/Sql.h"
#include "tests/core_rules/RulesSupport.h"

using namespace isf;

TEST_CASE("balance changes from the ledger stream match balanceAt every day")
{
    TestFile t;
    const Id council = t.addCouncil();
    const Id p = t.addPerson(QStringLiteral("P001"), council);
    const Id q = t.addPerson(QStringLiteral("P002"), council);
    t.addAgreement(p, day(2026, 4, 6), gbp(u"944.00"), gbp(u"20.00"));
    execSql((*t).database(),
        QStringLiteral("INSERT INTO accounts (code, name, kind) VALUES ('bank:second', 'Second "
                       "client account', 'bank')"),
        "test");
    const Id second = scalar((*t).database(),
        QStringLiteral("SELECT id FROM accounts WHERE code = 'bank:second'"), {}, "test")
                          .toLongLong();

    Ledger ledger(*t);
    std::vector<Id> ids;
    auto post = [&](TxnKind kind, const QDate &d, const char16_t *amount, Id person) {
        NewEntry e;
        e.kind = kind;
        e.personId = person;
        e.date = d;
        e.amount = gbp(amount);
        if (kind == TxnKind::Expense)
            e.categoryId = findCategory(*t, QStringLiteral("Activities"))->id;
        if (kind == TxnKind::Transfer)
            e.toBankAccountId = second;
        ids.push_back(ledger.post(e));
        return ids.back();
    };
    post(TxnKind::OpeningBalance, day(2026, 4, 1), u"500.00", p);
    const Id pay = post(TxnKind::CouncilPayment, day(2026, 4, 6), u"3696.00", p);
    const Id contribution = post(TxnKind::Contribution, day(2026, 4, 6), u"20.00", p);
    post(TxnKind::Expense, day(2026, 4, 7), u"45.10", p);
    const Id adjust = post(TxnKind::Adjustment, day(2026, 4, 8), u"-12.34", p);
    post(TxnKind::Transfer, day(2026, 4, 8), u"1000.00", p);
    const Id ret = post(TxnKind::ReturnToCouncil, day(2026, 4, 9), u"100.00", p);
    post(TxnKind::Expense, day(2026, 4, 9), u"7.00", q);
    ledger.reverse(pay, QStringLiteral("Wrong amount"), day(2026, 4, 10));
    ledger.reverse(contribution, QStringLiteral("Bounced"), day(2026, 4, 10));
    ledger.reverse(adjust, QStringLiteral("Not needed"), day(2026, 4, 11));
    ledger.reverse(ret, QStringLiteral("Council refused it"), day(2026, 4, 12));
    post(TxnKind::CouncilPayment, day(2026, 4, 12), u"3696.00", p);

    const QDate asOf = day(2026, 4, 30);
    const RuleInputs in = loadRuleInputs(*t, asOf);
    REQUIRE(in.people.size() == 2);
    for (const PersonFacts &f : in.people) {
        qint64 running = 0;
        std::size_t next = 0;
        for (QDate d = day(2026, 3, 30); d <= asOf; d = d.addDays(1)) {
            while (next < f.balanceChanges.size() && f.balanceChanges[next].date <= d)
                running += f.balanceChanges[next++].pence;
            INFO(f.ref.toStdString() << " on " << d);
            CHECK(Money::fromPence(running) == balanceAt(*t, f.personId, d));
        }
        // The one-person read gives the same.
        const PersonFacts one = loadPersonFacts(*t, f.personId, asOf);
        REQUIRE(one.balanceChanges.size() == f.balanceChanges.size());
    }
    const PersonFacts &f = in.people[0];
    // The reversed payment is gone; the reversed contribution is a receipt and its undoing.
    REQUIRE(f.councilPayments.size() == 1);
    CHECK(f.councilPayments[0].date == day(2026, 4, 12));
    REQUIRE(f.contributions.size() == 2);
    CHECK(f.contributions[1].amount == gbp(u"-20.00"));
    CHECK(f.returns.empty());
    CHECK(f.recordsFrom == day(2026, 4, 1));
    // P002 has no opening balance: their records begin with the file's first.
    CHECK(in.people[1].recordsFrom == day(2026, 4, 1));
}
