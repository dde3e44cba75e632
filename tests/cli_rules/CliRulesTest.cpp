// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
// The rules through the `isf` tool: alerts and their acknowledgement, balances with
// arrears and banked hours, the remittances and hours imports, notice and ending.
#include "core/ledger/Ledger.h"
#include "core/storage/AgreementStore.h"
#include "core/storage/ReferenceStore.h"
#include "tests/support/Fixtures.h"
#include "tests/support/catch.h"

#include <QProcess>
#include <QProcessEnvironment>

using namespace isf;

namespace {

struct Run {
    int exit = -1;
    QString out, err;
};

Run runIsf(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ISF_NOW"), QStringLiteral("2026-11-28T12:00:00Z"));
    env.insert(QStringLiteral("ISF_USER"), QStringLiteral("clerk"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(ISF_CLI_PATH), args);
    REQUIRE(p.waitForFinished(60000));
    return { p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
        QString::fromUtf8(p.readAllStandardError()) };
}

// Lancashire, P001 at £944.00 a week from 6 April 2026 with a bankable plan line, paid
// £4,000.00 on 6 April: £224.00 over 4 weeks' budget.
struct Setup {
    TestFile t;
    Id person = 0;
    Setup()
    {
        const Id council = t.addCouncil();
        person = t.addPerson(QStringLiteral("P001"), council);
        Agreement a;
        a.personId = person;
        a.status = AgreementStatus::Active;
        a.startDate = QDate(2026, 4, 6);
        a.budgets.push_back({ a.startDate, gbp(u"944.00") });
        a.contributionKind = ContributionKind::Fixed;
        a.weeklyContribution = gbp(u"10.00");
        PlanLine l;
        l.service = QStringLiteral("Community support");
        l.hoursPerWeek = Hours::parse(u"10");
        l.weeklyCost = gbp(u"220.00");
        l.bankable = true;
        a.plan.push_back(l);
        addAgreementVersion(*t, a);
        NewEntry e;
        e.kind = TxnKind::OpeningBalance;
        e.personId = person;
        e.date = QDate(2026, 4, 6);
        e.amount = gbp(u"4000.00");
        Ledger(*t).post(e);
    }
    QString path() const { return t.path; }
};

} // namespace

TEST_CASE("isf alerts lists open alerts with an id; ack takes one off the list")
{
    Setup s;
    Run r = runIsf({ QStringLiteral("alerts"), s.path(), QStringLiteral("--as-of"),
        QStringLiteral("2026-04-10"), QStringLiteral("--format"), QStringLiteral("csv") });
    REQUIRE(r.exit == 0);
    const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(lines.size() >= 2);
    CHECK(lines[0] == u"id,person_ref,rule,since,amount,detail");
    QString excessId;
    for (const QString &line : lines)
        if (line.contains(QStringLiteral(",excess_balance,"))) {
            CHECK(line.contains(QStringLiteral(",P001,excess_balance,2026-04-06,224.00,")));
            excessId = line.section(u',', 0, 0);
        }
    REQUIRE_FALSE(excessId.isEmpty());

    Run usage = runIsf({ QStringLiteral("alerts"), QStringLiteral("ack"), s.path(), excessId });
    CHECK(usage.exit == 2);
    Run ack = runIsf({ QStringLiteral("alerts"), QStringLiteral("ack"), s.path(), excessId,
        QStringLiteral("--note"),
        QStringLiteral("Saving for a holiday, agreed with the case worker") });
    CHECK(ack.exit == 0);
    CHECK(ack.out.contains(QStringLiteral("Acknowledged alert %1").arg(excessId)));

    r = runIsf({ QStringLiteral("alerts"), s.path(), QStringLiteral("--as-of"),
        QStringLiteral("2026-04-12"), QStringLiteral("--format"), QStringLiteral("csv") });
    CHECK_FALSE(r.out.contains(QStringLiteral(",excess_balance,")));
    r = runIsf({ QStringLiteral("alerts"), s.path(), QStringLiteral("--as-of"),
        QStringLiteral("2026-04-12"), QStringLiteral("--all"), QStringLiteral("--format"),
        QStringLiteral("csv") });
    CHECK(r.out.contains(QStringLiteral(",excess_balance,")));
    CHECK(r.out.contains(QStringLiteral("acknowledged,clerk,")));

    // A past date is a read-only view, and says so.
    r = runIsf({ QStringLiteral("alerts"), s.path(), QStringLiteral("--as-of"),
        QStringLiteral("2026-04-08") });
    CHECK(r.exit == 0);
    CHECK(r.err.contains(QStringLiteral("nothing was recorded")));
}

TEST_CASE("isf balances has contribution_arrears and banked_hours")
{
    Setup s;
    const Run r = runIsf({ QStringLiteral("balances"), s.path(), QStringLiteral("--as-of"),
        QStringLiteral("2026-04-19"), QStringLiteral("--format"), QStringLiteral("csv") });
    REQUIRE(r.exit == 0);
    // Two weeks of £10.00 due, nothing paid; two weeks of 10 hours unused.
    CHECK(
        r.out == u"person_ref,balance,contribution_arrears,banked_hours\nP001,4000.00,20.00,20\n");
}

TEST_CASE("remittances and hours import through isf import")
{
    Setup s;
    TempDir dir;
    const QString remit = writeTextFile(dir.path(QStringLiteral("remit.csv")),
        "remittance_ref,date,person_ref,amount\nLCC-0406,06/04/2026,P001,3736.00\n");
    Run r = runIsf({ QStringLiteral("import"), s.path(), QStringLiteral("remittances"), remit });
    CHECK(r.exit == 0);
    CHECK(r.out.contains(QStringLiteral("1 of the payments match")));
    r = runIsf({ QStringLiteral("import"), s.path(), QStringLiteral("remittances"), remit });
    CHECK(r.exit == 1);
    CHECK(r.err.contains(QStringLiteral("already posted")));

    const QString hours = writeTextFile(dir.path(QStringLiteral("hours.csv")),
        "person_ref,week_start,service,hours\nP001,2026-04-06,community support,7.5\n"
        "P001,2026-04-13,Gardening,2\n");
    r = runIsf({ QStringLiteral("import"), s.path(), QStringLiteral("hours"), hours });
    CHECK(r.exit == 1);
    CHECK(r.err.contains(QStringLiteral("hours.csv:3: service: \"Gardening\" is not in P001's "
                                        "delivery plan: use Community support")));
    const QString good = writeTextFile(dir.path(QStringLiteral("good.csv")),
        "person_ref,week_start,service,hours\nP001,2026-04-06,community support,7.5\n");
    r = runIsf({ QStringLiteral("import"), s.path(), QStringLiteral("hours"), good });
    CHECK(r.exit == 0);
    r = runIsf({ QStringLiteral("balances"), s.path(), QStringLiteral("--as-of"),
        QStringLiteral("2026-04-12"), QStringLiteral("--format"), QStringLiteral("csv") });
    CHECK(r.out.contains(QStringLiteral("P001,7736.00,10.00,2.5")));

    r = runIsf({ QStringLiteral("payments"), s.path(), QStringLiteral("--as-of"),
        QStringLiteral("2026-04-12"), QStringLiteral("--format"), QStringLiteral("csv") });
    CHECK(r.out.contains(
        QStringLiteral("P001,2026-04-06,2026-04-06,2026-05-03,3736.00,3736.00,matched")));
}

TEST_CASE("notice, then the end with the final return, from the command line")
{
    Setup s;
    Run r = runIsf({ QStringLiteral("agreement-notice"), s.path(), QStringLiteral("P001"),
        QStringLiteral("--by"), QStringLiteral("council"), QStringLiteral("--date"),
        QStringLiteral("2026-10-01"), QStringLiteral("--reason"), QStringLiteral("Moving away") });
    CHECK(r.exit == 0);
    CHECK(r.out.contains(QStringLiteral("last day is 2026-10-28")));
    r = runIsf({ QStringLiteral("agreement-end"), s.path(), QStringLiteral("P001"),
        QStringLiteral("--return-date"), QStringLiteral("2026-11-02") });
    CHECK(r.exit == 0);
    CHECK(r.out.contains(QStringLiteral("Returned £4,000.00 to the council")));
    r = runIsf({ QStringLiteral("budget-change"), s.path(), QStringLiteral("P001"),
        QStringLiteral("--from"), QStringLiteral("2026-10-05"), QStringLiteral("--weekly"),
        QStringLiteral("1000"), QStringLiteral("--reason"), QStringLiteral("Too late") });
    CHECK(r.exit == 1);
    CHECK(r.err.contains(QStringLiteral("cannot be changed")));
}
