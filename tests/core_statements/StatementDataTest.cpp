// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "core/statements/StatementData.h"

#include "core/generator/Generator.h"
#include "core/ledger/PeriodSummary.h"
#include "core/rules/AgreementTimeline.h"
#include "core/rules/RuleInputs.h"
#include "core/statements/StatementFacts.h"
#include "core/statements/StatementPeriods.h"
#include "core/util/Errors.h"
#include "tests/core_statements/StatementScenario.h"
#include "tests/support/catch.h"

#include <ostream>

using namespace isf;
using scenario::d;

namespace isf {
inline std::ostream &operator<<(std::ostream &os, const Money &m)
{
    return os << m.plain().toStdString();
}
inline std::ostream &operator<<(std::ostream &os, const Hours &h)
{
    return os << h.toString().toStdString() << "h";
}
} // namespace isf

TEST_CASE("A statement's figures, worked by hand")
{
    TestFile t;
    const scenario::Ids ids = scenario::build(t);
    const StatementData s = buildStatement(*t, ids.alex, scenario::firstPeriod());

    CHECK(s.person.ref == u"P0001");
    CHECK(s.council.name == u"Lancashire County Council");
    REQUIRE(s.agreement);
    CHECK(s.weeklyBudget == gbp(u"500.00"));
    CHECK(s.cycle == StatementCycle::FourWeekly);
    CHECK(s.generatedOn == QDate(2026, 11, 28));

    CHECK(s.opening == gbp(u"250.00"));
    CHECK(s.totalIn == gbp(u"1960.00"));
    CHECK(s.totalOut == gbp(u"1405.50"));
    CHECK(s.closing == gbp(u"804.50"));
    CHECK(s.entries == 13);
    CHECK(s.reversals == 1);

    REQUIRE(s.moneyIn.size() == 2);
    CHECK(s.moneyIn[0].name == u"Council payments");
    CHECK(s.moneyIn[0].total == gbp(u"1840.00"));
    CHECK(s.moneyIn[1].name == u"Contributions received");
    CHECK(s.moneyIn[1].total == gbp(u"120.00"));
    CHECK(s.moneyIn[1].items.size() == 3);

    REQUIRE(s.moneyOut.size() == 3); // alphabetical
    CHECK(s.moneyOut[0].name == u"Activities");
    CHECK(s.moneyOut[0].total == gbp(u"35.50"));
    CHECK(s.moneyOut[1].name == u"Commissioned care");
    CHECK(s.moneyOut[1].total == gbp(u"300.00"));
    CHECK(s.moneyOut[2].name == u"Personal care");
    CHECK(s.moneyOut[2].total == gbp(u"1070.00"));

    // The reversal sits in the category of what it undoes, against its total, and both
    // ends say so.
    const StatementSection &care = s.moneyOut[1];
    REQUIRE(care.items.size() == 5);
    const StatementItem &reversed = care.items[2];
    CHECK(reversed.txnId == ids.reversedDayCentre);
    CHECK(reversed.reversedById == ids.reversal);
    CHECK(reversed.reversedOn == d(2026, 4, 23));
    const StatementItem &reversal = care.items[3];
    CHECK(reversal.isReversal);
    CHECK(reversal.section == TxnKind::Expense);
    CHECK(reversal.amount == gbp(u"-100.00"));
    CHECK(reversal.reversesId == ids.reversedDayCentre);
    CHECK(reversal.reversesDate == d(2026, 4, 22));
    CHECK(reversal.reason == u"Duplicate invoice");
    CHECK(reversal.supplier == u"Sunrise Day Centre");

    const StatementSection &personal = s.moneyOut[2];
    REQUIRE(personal.items.size() == 3);
    CHECK(personal.items[2].hours == Hours::parse(u"15.5"));
    CHECK(personal.items[2].rate == gbp(u"20.00"));
    CHECK(personal.items[2].amount == gbp(u"310.00"));

    CHECK(s.contingency == gbp(u"150.00"));
    CHECK(s.allowedToKeep == gbp(u"2000.00"));

    CHECK(s.hours.planInHours);
    CHECK(s.hours.hasBank);
    CHECK(s.hours.weeks == 4);
    CHECK(s.hours.planned == Hours::whole(80));
    CHECK(s.hours.delivered == Hours::parse(u"53.5"));
    CHECK(s.hours.banked == Hours::parse(u"26.5"));
    CHECK(s.hours.bankAtStart == Hours());
    CHECK(s.hours.bankAtEnd == Hours::parse(u"26.5"));

    CHECK(s.contributions.applies);
    CHECK(s.contributions.weeklyInForce == gbp(u"40.00"));
    CHECK(s.contributions.dueInPeriod == gbp(u"160.00"));
    CHECK(s.contributions.paidInPeriod == gbp(u"120.00"));
    CHECK(s.contributions.owed() == gbp(u"40.00"));

    CHECK(s.allItems().size() == 13);
    CHECK_NOTHROW(s.check());
}

TEST_CASE("The next period starts from the last one's closing balance")
{
    TestFile t;
    const scenario::Ids ids = scenario::build(t);
    scenario::post(t, TxnKind::ReturnToCouncil, ids.alex, d(2026, 5, 10), u"200.00",
        QStringLiteral("Surplus returned"));
    const StatementData s = buildStatement(*t, ids.alex, { d(2026, 5, 4), d(2026, 5, 31) });
    CHECK(s.opening == gbp(u"804.50"));
    CHECK(s.totalOut == gbp(u"200.00"));
    REQUIRE(s.moneyOut.size() == 1);
    CHECK(s.moneyOut.back().name == u"Returned to the council");
    CHECK(s.closing == gbp(u"604.50"));
    // No hours were delivered: the four weeks' 80 hours go to the bank.
    CHECK(s.hours.bankAtStart == Hours::parse(u"26.5"));
    CHECK(s.hours.banked == Hours::whole(80));
    CHECK(s.contributions.dueInPeriod == gbp(u"160.00"));
    CHECK(s.contributions.paidInPeriod == Money());
    CHECK(s.contributions.owed() == gbp(u"200.00"));
}

TEST_CASE("Alerts that held at the period's end are on the statement, with their status")
{
    TestFile t;
    const scenario::Ids ids = scenario::build(t);
    reviewAlerts(*t, d(2026, 5, 3));
    const auto records = alertRecords(*t, std::nullopt, ids.sam);
    for (const AlertRecord &r : records)
        if (r.alert.rule == u"excess_balance")
            acknowledgeAlert(*t, r.id, QStringLiteral("Saving for a holiday, agreed with Olu."));
    const StatementData s = buildStatement(*t, ids.sam, scenario::firstPeriod());
    const StatementAlert *excess = nullptr;
    for (const StatementAlert &a : s.alerts)
        if (a.rule == u"excess_balance")
            excess = &a;
    REQUIRE(excess);
    CHECK(excess->title == u"Balance over the limit");
    CHECK(excess->status == AlertStatus::Acknowledged);
    CHECK(excess->note == u"Saving for a holiday, agreed with Olu.");
    // £3,000 + £720 - £150 = £3,570 against 4 x £200.
    CHECK(s.closing == gbp(u"3570.00"));
    CHECK(excess->amount == gbp(u"2770.00"));
}

TEST_CASE("A statement that does not add up is refused")
{
    TestFile t;
    const scenario::Ids ids = scenario::build(t);
    StatementData s = buildStatement(*t, ids.alex, scenario::firstPeriod());
    s.closing += Money::fromPence(1);
    CHECK_THROWS_AS(s.check(), LedgerError);
    s.closing -= Money::fromPence(1);
    s.moneyOut[0].items[0].amount += Money::fromPence(1);
    CHECK_THROWS_AS(s.check(), LedgerError);
}

TEST_CASE("Unknown people and empty periods are refused in plain words")
{
    TestFile t;
    scenario::build(t);
    CHECK_THROWS_AS(buildStatement(*t, 999, scenario::firstPeriod()), InputError);
    CHECK_THROWS_AS(buildStatement(*t, 1, Period { d(2026, 5, 3), d(2026, 4, 6) }), InputError);
}

TEST_CASE("Statement periods follow the agreement's cycle")
{
    TestFile t;
    const scenario::Ids ids = scenario::build(t);
    const Period year { d(2026, 4, 1), d(2027, 3, 31) };
    // Today is 28 November 2026 but periods are a calendar matter.
    const std::vector<Period> four = statementPeriodsEndingWithin(*t, ids.alex, year);
    REQUIRE(four.size() == 12);
    CHECK(four.front() == scenario::firstPeriod());
    CHECK(four.back().last == d(2027, 3, 7));
    CHECK(statementPeriodEndingOn(*t, ids.alex, d(2026, 5, 31))
        == Period { d(2026, 5, 4), d(2026, 5, 31) });
    CHECK_FALSE(statementPeriodEndingOn(*t, ids.alex, d(2026, 5, 30)).isValid());
    CHECK(latestStatementPeriodEndedBy(*t, ids.alex, d(2026, 6, 1))
        == Period { d(2026, 5, 4), d(2026, 5, 31) });
    CHECK_FALSE(latestStatementPeriodEndedBy(*t, ids.alex, d(2026, 5, 2)).isValid());

    // A monthly agreement: calendar months, the first one part-covered.
    Agreement monthly = *currentAgreement(*t, ids.sam);
    monthly.statementCycle = StatementCycle::Monthly;
    addAgreementVersion(*t, monthly);
    const std::vector<Period> months = statementPeriodsEndingWithin(*t, ids.sam, year);
    REQUIRE(months.size() == 12);
    CHECK(months.front() == Period { d(2026, 4, 1), d(2026, 4, 30) });

    const std::vector<StatementDue> due
        = statementsDueWithin(*t, Period { d(2026, 4, 30), d(2026, 5, 3) });
    REQUIRE(due.size() == 2);
    CHECK(due[0].ref == u"P0001");
    CHECK(due[0].period == scenario::firstPeriod());
    CHECK(due[1].ref == u"P0002");
    CHECK(due[1].period.last == d(2026, 4, 30));
}

TEST_CASE("An ended agreement's final period is its last statement")
{
    TestFile t;
    const scenario::Ids ids = scenario::build(t);
    Agreement a = *currentAgreement(*t, ids.alex);
    a.status = AgreementStatus::Ended;
    a.endedOn = d(2026, 5, 20);
    updateAgreementLifecycle(*t, a);
    const std::vector<Period> periods
        = statementPeriodsEndingWithin(*t, ids.alex, Period { d(2026, 4, 1), d(2027, 3, 31) });
    REQUIRE(periods.size() == 2);
    CHECK(periods.back() == Period { d(2026, 5, 4), d(2026, 5, 31) });
    CHECK(latestStatementPeriodEndedBy(*t, ids.alex, d(2026, 11, 1)) == periods.back());
}

TEST_CASE("People with no agreement in force have no statement periods")
{
    TestFile t;
    const Id council = t.addCouncil();
    const Id person = t.addPerson(QStringLiteral("P0009"), council);
    CHECK(statementPeriodsEndingWithin(*t, person, Period { d(2026, 1, 1), d(2026, 12, 31) })
              .empty());
    CHECK_FALSE(latestStatementPeriodEndedBy(*t, person, d(2026, 11, 1)).isValid());
}

TEST_CASE("Generated data: every statement of a year balances and agrees with the period "
          "summary, and the facts match the rules' own loader")
{
    TestFile t(QDate(2026, 11, 28));
    GeneratorOptions options;
    options.people = 24;
    options.years = 2;
    options.seed = 7;
    generateProvider(*t, options);
    const Period range { d(2025, 4, 1), d(2026, 3, 31) };
    const std::vector<StatementDue> due = statementsDueWithin(*t, range);
    REQUIRE(due.size() > 200);
    StatementBuilder builder(*t);
    StatementBuilder preloaded(*t);
    preloaded.preloadAgreements();
    int reversals = 0, withHours = 0, withContribution = 0, withAlerts = 0;
    std::size_t i = 0;
    while (i < due.size()) {
        std::vector<Period> periods;
        const Id person = due[i].personId;
        for (; i < due.size() && due[i].personId == person; ++i)
            periods.push_back(due[i].period);
        const std::vector<StatementData> statements = builder.build(person, periods);
        REQUIRE(statements.size() == periods.size());
        // Reading every agreement up front gives the same statements.
        const std::vector<StatementData> same = preloaded.build(person, periods);
        REQUIRE(same.size() == statements.size());
        for (std::size_t k = 0; k < same.size(); ++k) {
            CHECK(same[k].closing == statements[k].closing);
            CHECK(same[k].weeklyBudget == statements[k].weeklyBudget);
            CHECK(same[k].hours.banked == statements[k].hours.banked);
            CHECK(same[k].contributions.owed() == statements[k].contributions.owed());
            CHECK(same[k].alerts.size() == statements[k].alerts.size());
        }
        for (const StatementData &s : statements) {
            INFO(s.person.ref.toStdString() << " " << s.period.describe().toStdString());
            CHECK_NOTHROW(s.check());
            const std::vector<FundSummary> summary = summarisePeriod(*t, s.period, 0, person);
            REQUIRE(summary.size() == 1);
            CHECK(summary[0].opening == s.opening);
            CHECK(summary[0].closing == s.closing);
            CHECK(summary[0].moneyIn() == s.totalIn);
            CHECK(summary[0].moneyOut() == s.totalOut);
            reversals += s.reversals;
            withHours += s.hours.weeks > 0 ? 1 : 0;
            withContribution += s.contributions.applies ? 1 : 0;
            withAlerts += s.alerts.empty() ? 0 : 1;
        }
        // The statements' facts are the rules' facts at each period's end.
        const auto personRow = personById(*t, person);
        const FactsReader reader(*t);
        const PersonHistory history
            = reader.read(*personRow, *councilById(*t, personRow->councilId), range.last);
        for (const Period &p : { periods.front(), periods.back() }) {
            const PersonFacts mine = history.factsAt(p.last);
            const PersonFacts theirs = loadPersonFacts(*t, person, p.last);
            CHECK(mine.recordsFrom == theirs.recordsFrom);
            REQUIRE(mine.balanceChanges.size() == theirs.balanceChanges.size());
            for (std::size_t k = 0; k < mine.balanceChanges.size(); ++k) {
                CHECK(mine.balanceChanges[k].date == theirs.balanceChanges[k].date);
                CHECK(mine.balanceChanges[k].pence == theirs.balanceChanges[k].pence);
            }
            REQUIRE(mine.councilPayments.size() == theirs.councilPayments.size());
            for (std::size_t k = 0; k < mine.councilPayments.size(); ++k)
                CHECK(mine.councilPayments[k].txnId == theirs.councilPayments[k].txnId);
            REQUIRE(mine.contributions.size() == theirs.contributions.size());
            for (std::size_t k = 0; k < mine.contributions.size(); ++k)
                CHECK(mine.contributions[k].amount == theirs.contributions[k].amount);
            REQUIRE(mine.returns.size() == theirs.returns.size());
            REQUIRE(mine.hours.size() == theirs.hours.size());
            for (std::size_t k = 0; k < mine.hours.size(); ++k) {
                CHECK(mine.hours[k].date == theirs.hours[k].date);
                CHECK(mine.hours[k].hours == theirs.hours[k].hours);
                CHECK(mine.hours[k].service == theirs.hours[k].service);
            }
        }
    }
    // The generated data exercises every part of the statement.
    CHECK(reversals > 0);
    CHECK(withHours > 0);
    CHECK(withContribution > 0);
    CHECK(withAlerts > 0);
}
