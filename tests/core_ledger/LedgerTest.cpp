// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "core/ledger/Ledger.h"

#include "core/ledger/LedgerQueries.h"
#include "core/ledger/TxnReader.h"
#include "core/ledger/Verify.h"
#include "core/storage/ReferenceStore.h"
#include "core/storage/Sql.h"
#include "core/util/Errors.h"
#include "tests/support/Fixtures.h"
#include "tests/support/catch.h"

using namespace isf;

namespace {

NewEntry entry(TxnKind kind, Id person, const QDate &date, Money amount)
{
    NewEntry e;
    e.kind = kind;
    e.personId = person;
    e.date = date;
    e.amount = amount;
    return e;
}

NewEntry expense(Id person, const QDate &date, Money amount, const ProviderFile &file,
    const QString &category = QStringLiteral("Personal care"))
{
    NewEntry e = entry(TxnKind::Expense, person, date, amount);
    e.categoryId = findCategory(file, category)->id;
    return e;
}

} // namespace

TEST_CASE("posting moves the fund and the bank together, to the penny")
{
    TestFile t;
    const Id council = t.addCouncil();
    const Id p = t.addPerson(QStringLiteral("P001"), council);
    Ledger ledger(*t);
    ledger.post(entry(TxnKind::OpeningBalance, p, QDate(2026, 4, 1), gbp(u"100.00")));
    ledger.post(entry(TxnKind::CouncilPayment, p, QDate(2026, 4, 6), gbp(u"3,776.00")));
    ledger.post(entry(TxnKind::Contribution, p, QDate(2026, 4, 7), gbp(u"20.50")));
    ledger.post(expense(p, QDate(2026, 4, 8), gbp(u"92.48"), *t));
    ledger.post(entry(TxnKind::ReturnToCouncil, p, QDate(2026, 5, 2), gbp(u"500.00")));

    CHECK(balanceAt(*t, p, QDate(2026, 3, 31)) == Money());
    CHECK(balanceAt(*t, p, QDate(2026, 4, 1)) == gbp(u"100.00"));
    CHECK(balanceAt(*t, p, QDate(2026, 4, 8)) == gbp(u"3804.02"));
    CHECK(balanceAt(*t, p, QDate(2026, 5, 2)) == gbp(u"3304.02"));
    CHECK(balanceAt(*t, p, QDate(2027, 1, 1)) == gbp(u"3304.02"));

    const BankReconciliation rec = bankAgainstFunds(*t, QDate(2026, 5, 31));
    CHECK(rec.bankBalance == gbp(u"3304.02"));
    CHECK(rec.difference() == Money());
    CHECK(verifyFile(*t).ok());
}

TEST_CASE("an expense given as hours and rate costs hours x rate, rounded half away from zero")
{
    TestFile t;
    const Id p = t.addPerson(QStringLiteral("P001"), t.addCouncil());
    Ledger ledger(*t);
    NewEntry e = expense(p, QDate(2026, 4, 8), Money(), *t);
    e.hours = Hours::parse(u"7.5");
    e.rate = gbp(u"12.33");
    const Id id = ledger.post(e);
    CHECK(readTransaction(*t, id)->amount == gbp(u"92.48"));
    CHECK(balanceAt(*t, p, QDate(2026, 4, 8)) == gbp(u"-92.48"));

    e.amount = gbp(u"92.47");
    try {
        ledger.post(e);
        FAIL("a wrong amount was accepted");
    } catch (const InputError &err) {
        CHECK(err.message()
            == u"The amount £92.47 is not hours x rate (7.5 x £12.33 = £92.48); leave the amount "
               "blank to use hours x rate.");
    }
}

TEST_CASE("a reversal mirrors the original and the original stays")
{
    TestFile t;
    const Id p = t.addPerson(QStringLiteral("P001"), t.addCouncil());
    Ledger ledger(*t);
    ledger.post(entry(TxnKind::CouncilPayment, p, QDate(2026, 4, 6), gbp(u"1000.00")));
    const Id wrong = ledger.post(expense(p, QDate(2026, 4, 8), gbp(u"250.00"), *t));
    const Id rev = ledger.reverse(
        wrong, QStringLiteral("entered against the wrong person"), QDate(2026, 4, 9));

    CHECK(balanceAt(*t, p, QDate(2026, 4, 8)) == gbp(u"750.00"));
    CHECK(balanceAt(*t, p, QDate(2026, 4, 9)) == gbp(u"1000.00"));
    const auto r = readTransaction(*t, rev);
    CHECK(r->kind == TxnKind::Reversal);
    CHECK(r->reversesId == wrong);
    CHECK(readTransaction(*t, wrong)->amount == gbp(u"250.00"));

    const PersonLedger l = personLedger(*t, p, QDate(2026, 4, 1), QDate(2026, 4, 30));
    REQUIRE(l.lines.size() == 3);
    CHECK(l.lines[1].reversedById == rev);
    CHECK(l.lines[2].change == gbp(u"250.00"));
    CHECK(l.lines[2].reversedKind == TxnKind::Expense);
    CHECK(l.closing == gbp(u"1000.00"));

    CHECK_THROWS_WITH(ledger.reverse(wrong, QStringLiteral("again"), QDate(2026, 4, 10)),
        "Transaction 2 was already reversed by transaction 3.");
    CHECK_THROWS_AS(ledger.reverse(rev, QStringLiteral("undo"), QDate(2026, 4, 10)), LedgerError);
    CHECK_THROWS_WITH(ledger.reverse(wrong, QString()), "A reversal needs a reason.");
    CHECK(verifyFile(*t).ok());
}

TEST_CASE("entries a policy forbids are refused with the reason")
{
    TestFile t;
    const Id lancs = t.addCouncil();
    const Id dorset = t.addCouncil(QStringLiteral("Dorset Council"), QStringLiteral("dorset"));
    const Id p = t.addPerson(QStringLiteral("P001"), lancs);
    const Id q = t.addPerson(QStringLiteral("P002"), dorset);
    Ledger ledger(*t);
    CHECK_THROWS_WITH(ledger.post(expense(p, QDate(2026, 4, 8), gbp(u"10.00"), *t,
                          QStringLiteral("Management fee"))),
        "Lancashire County Council does not allow a management fee (\"Management fee\") to be paid "
        "from an ISF; management costs are in the hourly rate.");
    CHECK_NOTHROW(ledger.post(
        expense(q, QDate(2026, 4, 8), gbp(u"10.00"), *t, QStringLiteral("Management fee"))));
    CHECK_THROWS_WITH(ledger.post(expense(q, QDate(2026, 4, 8), gbp(u"10.00"), *t,
                          QStringLiteral("Shared support"))),
        "\"Shared support\" is a shared cost; Dorset Council does not allow shared costs to be "
        "paid "
        "from an ISF.");
    CHECK(balanceAt(*t, p, QDate(2026, 4, 30)) == Money());
    CHECK(balanceAt(*t, q, QDate(2026, 4, 30)) == gbp(u"-10.00"));
}

TEST_CASE("bad entries are refused and nothing is written")
{
    TestFile t;
    const Id p = t.addPerson(QStringLiteral("P001"), t.addCouncil());
    Ledger ledger(*t);
    CHECK_THROWS_WITH(
        ledger.post(entry(TxnKind::CouncilPayment, p, QDate(2026, 4, 6), gbp(u"-5.00"))),
        "The amount must be more than zero; the type says which way it goes.");
    CHECK_THROWS_WITH(ledger.post(entry(TxnKind::Expense, p, QDate(2026, 4, 6), gbp(u"5.00"))),
        "An expense needs a category.");
    CHECK_THROWS_WITH(ledger.post(entry(TxnKind::Adjustment, p, QDate(2026, 4, 6), Money())),
        "An adjustment cannot be zero.");
    CHECK(ledger.post(entry(TxnKind::Adjustment, p, QDate(2026, 4, 6), gbp(u"-3.00"))) == 1);
    CHECK(balanceAt(*t, p, QDate(2026, 4, 6)) == gbp(u"-3.00"));
}

TEST_CASE("a closed period takes no new entries; corrections go after it")
{
    TestFile t;
    const Id p = t.addPerson(QStringLiteral("P001"), t.addCouncil());
    Ledger ledger(*t);
    const Id id = ledger.post(entry(TxnKind::CouncilPayment, p, QDate(2026, 4, 6), gbp(u"100.00")));
    SqlQuery((*t).database(),
        QStringLiteral("INSERT INTO statements_issued (person_id, period_first, period_last, "
                       "closing_balance, issued_at, issued_by) VALUES (?, '2026-04-06', "
                       "'2026-05-03', 10000, 'x', 'y')"))
        .bind({ p })
        .exec("test");
    CHECK_THROWS_WITH(ledger.post(entry(TxnKind::Contribution, p, QDate(2026, 5, 3), gbp(u"1.00"))),
        "The period to 3 May 2026 is closed for P001: a statement has been issued. Enter the "
        "correction "
        "dated after 3 May 2026.");
    CHECK_THROWS_AS(ledger.reverse(id, QStringLiteral("wrong"), QDate(2026, 5, 1)), LedgerError);
    CHECK_NOTHROW(ledger.reverse(id, QStringLiteral("wrong"), QDate(2026, 5, 4)));
}

TEST_CASE("balances for everyone at a date, and the paged ledger carries the running balance")
{
    TestFile t;
    const Id c = t.addCouncil();
    const Id a = t.addPerson(QStringLiteral("A1"), c);
    const Id b = t.addPerson(QStringLiteral("B2"), c);
    Ledger ledger(*t);
    for (int i = 0; i < 40; ++i)
        ledger.post(entry(TxnKind::CouncilPayment, a, QDate(2026, 1, 1).addDays(i * 7),
            Money::fromPence(1000 + i)));
    ledger.post(entry(TxnKind::CouncilPayment, b, QDate(2026, 3, 15), gbp(u"5.00")));
    const auto all = balancesAt(*t, QDate(2026, 3, 15));
    REQUIRE(all.size() == 2);
    CHECK(all[0].ref == u"A1");
    // Weeks from 1 Jan to 12 Mar: 11 payments of 10.00 + 0.00..0.10
    CHECK(all[0].balance == Money::fromPence(11 * 1000 + 55));
    CHECK(all[1].balance == gbp(u"5.00"));

    const auto whole = personLedger(*t, a, QDate(2026, 1, 1), QDate(2026, 12, 31));
    const auto page = personLedgerPage(*t, a, QDate(2026, 1, 1), QDate(2026, 12, 31), 30, 5);
    REQUIRE(page.size() == 5);
    CHECK(page[0].running == whole.lines[30].running);
    CHECK(page[4].running == whole.lines[34].running);
    CHECK(personLedgerCount(*t, a, QDate(2026, 1, 1), QDate(2026, 12, 31)) == 40);
}

TEST_CASE("verify names the first altered or missing transaction")
{
    TestFile t;
    const Id p = t.addPerson(QStringLiteral("P001"), t.addCouncil());
    Ledger ledger(*t);
    for (int i = 0; i < 5; ++i)
        ledger.post(entry(TxnKind::CouncilPayment, p, QDate(2026, 4, 6 + i), gbp(u"10.00")));
    REQUIRE(verifyFile(*t).ok());

    SECTION("a changed description")
    {
        execSql((*t).database(),
            QStringLiteral("UPDATE transactions SET description = 'edited' WHERE id = 3"), "test");
        const VerifyReport r = verifyFile(*t);
        CHECK_FALSE(r.ok());
        CHECK(r.firstBadTxn == 3);
        CHECK(r.problems.join(u'\n').contains(
            QStringLiteral("Transaction 3 (2026-04-08, council_payment, 10.00) was altered")));
    }
    SECTION("a changed posting amount breaks the balance and the chain")
    {
        execSql((*t).database(),
            QStringLiteral("UPDATE postings SET amount = 999 WHERE txn_id = 4 AND amount > 0"),
            "test");
        const VerifyReport r = verifyFile(*t);
        CHECK(r.firstBadTxn == 4);
        CHECK(r.problems.join(u'\n').contains(QStringLiteral("Transaction 4 does not balance")));
    }
    SECTION("a deleted transaction")
    {
        execSql((*t).database(), QStringLiteral("DELETE FROM postings WHERE txn_id = 2"), "test");
        execSql((*t).database(), QStringLiteral("DELETE FROM transactions WHERE id = 2"), "test");
        const VerifyReport r = verifyFile(*t);
        CHECK(r.firstBadTxn == 3);
        CHECK(r.problems.join(u'\n').contains(
            QStringLiteral("The hash chain is broken before transaction 3")));
    }
}

#include "core/ledger/PeriodSummary.h"

TEST_CASE("a period summary adds up: opening + in - out = closing, with reversals netted")
{
    TestFile t;
    const Id p = t.addPerson(QStringLiteral("P001"), t.addCouncil());
    Ledger ledger(*t);
    ledger.post(entry(TxnKind::OpeningBalance, p, QDate(2026, 3, 1), gbp(u"50.00")));
    ledger.post(entry(TxnKind::CouncilPayment, p, QDate(2026, 4, 6), gbp(u"1000.00")));
    ledger.post(entry(TxnKind::Contribution, p, QDate(2026, 4, 7), gbp(u"25.00")));
    ledger.post(expense(p, QDate(2026, 4, 8), gbp(u"100.00"), *t));
    const Id wrong = ledger.post(
        expense(p, QDate(2026, 4, 9), gbp(u"40.00"), *t, QStringLiteral("Equipment")));
    ledger.reverse(wrong, QStringLiteral("duplicate"), QDate(2026, 4, 10));
    ledger.post(expense(p, QDate(2026, 4, 11), gbp(u"12.34"), *t, QStringLiteral("Equipment")));
    ledger.post(entry(TxnKind::ReturnToCouncil, p, QDate(2026, 4, 20), gbp(u"200.00")));
    ledger.post(entry(TxnKind::Adjustment, p, QDate(2026, 4, 21), gbp(u"-0.66")));
    ledger.post(entry(TxnKind::CouncilPayment, p, QDate(2026, 5, 1), gbp(u"999.00"))); // outside

    const auto all = summarisePeriod(*t, { QDate(2026, 4, 1), QDate(2026, 4, 30) });
    REQUIRE(all.size() == 1);
    const FundSummary &s = all[0];
    CHECK(s.opening == gbp(u"50.00"));
    CHECK(s.councilPayments == gbp(u"1000.00"));
    CHECK(s.contributions == gbp(u"25.00"));
    CHECK(s.spendingByCategory.value(findCategory(*t, QStringLiteral("Equipment"))->id)
        == gbp(u"12.34"));
    CHECK(s.spendingByCategory.value(findCategory(*t, QStringLiteral("Personal care"))->id)
        == gbp(u"100.00"));
    CHECK(s.returnsToCouncil == gbp(u"200.00"));
    CHECK(s.adjustments == gbp(u"-0.66"));
    CHECK(s.closing == gbp(u"762.00"));
    CHECK(s.balances());
}
