// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
// The FIN3 and the statement show East Renfrewshire's facts: the assessment's score,
// band and indicative budget, the costed plan against it, and the percentage
// contribution as "% deducted, net council contribution".
#include "core/assessment/Assessment.h"
#include "core/import/Importer.h"
#include "core/storage/AgreementStore.h"
#include "reports/documents/Statements.h"
#include "reports/layout/Renderer.h"
#include "tests/reports_documents/PdfText.h"
#include "tests/support/Fixtures.h"
#include "tests/support/catch.h"

using namespace isf;

namespace {

QString writeDoc(TempDir &dir, const reports::Document &doc, const QString &name)
{
    const QString path = dir.path(name);
    reports::writePdf(doc, path);
    pdftext::keepPdf(path, name);
    return path;
}

struct EastRenfrewshire {
    TestFile t;
    Id person = 0, agreement = 0;
    explicit EastRenfrewshire(bool assessed = true)
    {
        const Id council
            = t.addCouncil(QStringLiteral("East Renfrewshire HSCP"), QStringLiteral("custom"));
        person = t.addPerson(
            QStringLiteral("ER1"), council, QStringLiteral("Morag"), QStringLiteral("Wilson"));
        importCsv(*t, QStringLiteral("questionnaire"),
            "council,version,question_no,question,answer,need,wellbeing,current_support\n"
            "East Renfrewshire HSCP,1,1,Personal care,a,0,0,0\n"
            "East Renfrewshire HSCP,1,1,Personal care,b,30,0,0\n"
            "East Renfrewshire HSCP,1,2,Support from family,a,0,0,0\n"
            "East Renfrewshire HSCP,1,2,Support from family,b,0,0,6\n",
            QStringLiteral("q.csv"));
        importCsv(*t, QStringLiteral("budget-bands"),
            "council,version,min_score,max_score,weekly_from,weekly_to\n"
            "East Renfrewshire HSCP,1,0,19,0.00,600.00\n"
            "East Renfrewshire HSCP,1,20,40,900.00,1150.00\n",
            QStringLiteral("b.csv"));
        if (assessed)
            assessPerson(*t, person, parseAnswers(QStringLiteral("1=b,2=b")), QDate(2026, 3, 30));
        Agreement a;
        a.personId = person;
        a.status = AgreementStatus::Active;
        a.startDate = QDate(2026, 4, 6);
        a.budgets.push_back({ a.startDate, gbp(u"1200.00") });
        a.contributionKind = ContributionKind::Percent;
        a.contributionPercentBp = 1000;
        PlanLine l;
        l.service = QStringLiteral("Support at home");
        l.hoursPerWeek = Hours::parse(u"50");
        l.hourlyRate = gbp(u"24.00");
        l.weeklyCost = gbp(u"1200.00");
        a.plan.push_back(l);
        agreement = addAgreementVersion(*t, a);
    }
};

} // namespace

TEST_CASE("the FIN3 shows the assessment, the indicative budget and the plan against it")
{
    EastRenfrewshire er;
    const QString pdf
        = writeDoc(er.t.dir, reports::agreementDocument(*er.t, er.agreement), "er-fin3.pdf");
    const QString text = pdftext::flat(pdf);
    CHECK(text.contains(u"Individual budget assessment"));
    CHECK(text.contains(u"30 March 2026, questionnaire version 1"));
    CHECK(text.contains(u"24 (need 30 + wellbeing 0 - current support 6)"));
    CHECK(text.contains(u"£900.00 to £1,150.00 a week (band 20 to 40)"));
    CHECK(text.contains(u"£1,200.00 a week: above the indicative range by £50.00"));
    CHECK(text.contains(u"10% deducted, net council contribution £1,080.00 a week"));
}

TEST_CASE("a FIN3 without an assessment has no assessment section")
{
    EastRenfrewshire er(false);
    const QString pdf = writeDoc(
        er.t.dir, reports::agreementDocument(*er.t, er.agreement), "er-fin3-unassessed.pdf");
    CHECK_FALSE(pdftext::flat(pdf).contains(u"Individual budget assessment"));
}

TEST_CASE("the statement words a percentage contribution as East Renfrewshire does")
{
    EastRenfrewshire er;
    const QString pdf = writeDoc(er.t.dir,
        reports::statementDocument(
            *er.t, er.person, Period { QDate(2026, 4, 6), QDate(2026, 5, 3) }),
        "er-statement.pdf");
    CHECK(pdftext::flat(pdf).contains(u"10% deducted, net council contribution £1,080.00 a week."));
}
