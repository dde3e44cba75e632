// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
// The rules' import kinds: remittances and hours, all or nothing, every problem named.
#include "core/import/RulesImports.h"

#include "core/import/Importer.h"
#include "core/rules/HoursBank.h"
#include "core/rules/RuleInputs.h"
#include "tests/core_rules/RulesSupport.h"

using namespace isf;

namespace {

struct Imports {
    TestFile t;
    Id person = 0;
    Imports()
    {
        addRulesImports();
        const Id council = t.addCouncil(QStringLiteral("Dorset Council"), QStringLiteral("dorset"));
        person = t.addPerson(QStringLiteral("D001"), council);
        Agreement a;
        a.personId = person;
        a.status = AgreementStatus::Active;
        a.startDate = day(2026, 4, 6);
        a.budgets.push_back({ a.startDate, gbp(u"500.00") });
        PlanLine l;
        l.service = QStringLiteral("Community support");
        l.hoursPerWeek = hrs(u"10");
        l.weeklyCost = gbp(u"220.00");
        l.bankable = true;
        a.plan.push_back(l);
        addAgreementVersion(*t, a);
    }
    ImportResult import(const char *kind, const QByteArray &csv, const QString &name)
    {
        return importCsv(*t, QLatin1String(kind), csv, name);
    }
    QStringList problems(const char *kind, const QByteArray &csv, const QString &name)
    {
        try {
            import(kind, csv, name);
        } catch (const ImportError &e) {
            return e.problems();
        }
        return {};
    }
};

} // namespace

TEST_CASE("remittances: each row a council payment with its reference; problems all named")
{
    Imports i;
    const ImportResult r = i.import("remittances",
        "remittance_ref,date,person_ref,amount\nDC-1,06/04/2026,D001,1000.00\n"
        "DC-2,20/04/2026,D001,900.00\n",
        QStringLiteral("remit.csv"));
    CHECK(r.added == 2);
    CHECK(r.notes.join(u' ').contains(QStringLiteral("1 of the payments match")));
    CHECK(r.notes.join(u' ').contains(QStringLiteral("D001: £900.00 received of £1,000.00")));
    const PersonFacts f = loadPersonFacts(*i.t, i.person, day(2026, 4, 30));
    REQUIRE(f.councilPayments.size() == 2);
    CHECK(f.councilPayments[0].reference == u"DC-1");

    const QStringList bad = i.problems("remittances",
        "remittance_ref,date,person_ref,amount\nDC-1,06/04/2026,D001,1000.00\n"
        "DC-3,31/02/2026,D009,0\nDC-4,2026-05-04,D001,1000.00\nDC-4,2026-05-04,D001,1000.00\n",
        QStringLiteral("again.csv"));
    REQUIRE(bad.size() == 5);
    CHECK(bad[0].startsWith(QStringLiteral("again.csv:2: remittance DC-1 for D001 was already "
                                           "posted on 2026-04-06")));
    CHECK(bad[1].startsWith(QStringLiteral("again.csv:3: date:")));
    CHECK(bad[2] == u"again.csv:3: person_ref: no person with reference \"D009\"");
    CHECK(bad[3].startsWith(QStringLiteral("again.csv:3: amount: a council payment must be more")));
    CHECK(bad[4] == u"again.csv:5: remittance DC-4 for D001 is already on line 4");
    // Nothing from the refused file was posted.
    CHECK(loadPersonFacts(*i.t, i.person, day(2026, 5, 30)).councilPayments.size() == 2);
}

TEST_CASE("hours: against plan services, corrections by negative hours, a file only once")
{
    Imports i;
    i.import("hours", "person_ref,week_start,service,hours\nD001,2026-04-06,COMMUNITY SUPPORT,6\n",
        QStringLiteral("week1.csv"));
    auto bank = [&](const QDate &d) { return hoursBankOf(loadPersonFacts(*i.t, i.person, d), d); };
    CHECK(bank(day(2026, 4, 12)).balance == hrs(u"4"));
    // The same rows again are refused, however they are spelt.
    CHECK_THROWS_AS(
        i.import("hours",
            "person_ref,week_start,service,hours\nD001,06/04/2026,community support,6\n",
            QStringLiteral("week1-again.csv")),
        InputError);
    // A correction: 1.5 hours were not delivered after all.
    i.import("hours",
        "person_ref,week_start,service,hours\nD001,2026-04-06,Community support,-1.5\n",
        QStringLiteral("fix.csv"));
    CHECK(bank(day(2026, 4, 12)).balance == hrs(u"5.5"));
    const QStringList bad = i.problems("hours",
        "person_ref,week_start,service,hours\nD001,2026-04-06,Community support,-5\n"
        "D001,2026-04-13,Gardening,2\n",
        QStringLiteral("bad.csv"));
    REQUIRE(bad.size() == 2);
    CHECK(bad[0].contains(QStringLiteral("below zero")));
    CHECK(bad[1]
        == u"bad.csv:3: service: \"Gardening\" is not in D001's delivery plan: use "
           "Community support");
}
