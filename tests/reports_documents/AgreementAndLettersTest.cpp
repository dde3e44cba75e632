// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
// The ISF agreement (FIN3) and the notification letters, read back out of their PDFs.
#include "core/rules/Lifecycle.h"
#include "core/util/Errors.h"
#include "reports/documents/Statements.h"
#include "reports/layout/Renderer.h"
#include "tests/core_statements/StatementScenario.h"
#include "tests/reports_documents/PdfText.h"
#include "tests/support/catch.h"

#include <QRegularExpression>

using namespace isf;
using scenario::d;

namespace {

QString writeDoc(TempDir &dir, const reports::Document &doc, const QString &name)
{
    const QString path = dir.path(name);
    reports::writePdf(doc, path);
    pdftext::keepPdf(path, name);
    return path;
}

const QStringList kSections { QStringLiteral("1. The parties and contacts"),
    QStringLiteral("2. Capacity and best-interest decision"),
    QStringLiteral("3. The personal budget"),
    QStringLiteral("4. Outcomes and the costed delivery plan"),
    QStringLiteral("5. What may and may not be banked"), QStringLiteral("6. Contingencies"),
    QStringLiteral("7. Contribution and how it is collected"),
    QStringLiteral("8. Statements and records"), QStringLiteral("9. Surplus"),
    QStringLiteral("10. Management fees and shared costs"),
    QStringLiteral("11. Notice and termination"), QStringLiteral("12. Disputes"),
    QStringLiteral("13. Signatures") };

Id alertOf(TestFile &t, Id person, const QString &rule)
{
    for (const AlertRecord &r : alertRecords(*t, std::nullopt, person))
        if (r.alert.rule == rule)
            return r.id;
    return 0;
}

} // namespace

TEST_CASE("FIN3 for a person with capacity: every section, the figures, three signatures")
{
    TestFile t;
    const scenario::Ids ids = scenario::build(t);
    const QString pdf = writeDoc(t.dir, reports::agreementDocument(*t, ids.alexAgreement),
        QStringLiteral("fin3-capacity.pdf"));
    const QString text = pdftext::flat(pdf);
    const QString rows = pdftext::squeezed(pdf);
    INFO(text.toStdString());
    for (const QString &section : kSections)
        CHECK(text.contains(section));
    CHECK(text.contains(QStringLiteral("Individual Service Fund agreement (FIN3)")));
    CHECK(text.contains(QStringLiteral("FIN3 version 1 · in force from 06/04/2026")));
    CHECK(text.contains(QStringLiteral("Alex Taylor")));
    CHECK(text.contains(QStringLiteral("12 Elm Road, Preston PR2 3CD")));
    CHECK(text.contains(QStringLiteral("council's reference LCC-55501")));
    CHECK(text.contains(QStringLiteral("Priya Shah · priya.shah@lancashire.example")));
    CHECK(text.contains(QStringLiteral("Tom Reid · 01772 555000")));
    CHECK(text.contains(QStringLiteral("has the mental capacity to decide")));
    CHECK(text.contains(QStringLiteral("ISF budget a week £500.00")));
    CHECK(text.contains(QStringLiteral("ISF budget a year (52 weeks) £26,000.00")));
    CHECK(text.contains(QStringLiteral("Whole personal budget a week £620.00")));
    CHECK(text.contains(QStringLiteral("Shared night support (care managed)")));
    CHECK(text.contains(QStringLiteral("Stay well at home")));
    CHECK(pdftext::matches(rows, QStringLiteral("Bluebell Home .*20 £20\\.00 £400\\.00")));
    CHECK(rows.contains(QStringLiteral("Total 20 £500.00")));
    CHECK(text.contains(
        QStringLiteral("Hours of \u201cSupport at home\u201d not used in a week may be banked")));
    CHECK(text.contains(QStringLiteral("£150.00")));
    CHECK(text.contains(QStringLiteral("£40.00 a week")));
    CHECK(text.contains(QStringLiteral("By standing order every Monday.")));
    CHECK(text.contains(QStringLiteral("every four weeks from 6 April 2026")));
    CHECK(text.contains(QStringLiteral("No management or business costs are charged to the ISF")));
    CHECK(text.contains(QStringLiteral("never used for shared costs")));
    CHECK(text.contains(QStringLiteral("four weeks' notice")));
    CHECK(text.contains(QStringLiteral("reviewed by 5 April 2027")));
    CHECK(text.contains(QStringLiteral("Signed by the person")));
    CHECK(text.contains(QStringLiteral("Signed for the provider, Bluebell Support Ltd")));
    CHECK(text.contains(QStringLiteral("Signed for the council, Lancashire County Council")));
    CHECK(text.count(QRegularExpression(QStringLiteral("\\bSignature\\b"))) == 3);
    const int pages = pdftext::pageCount(pdf);
    for (int p = 2; p <= pages; ++p)
        CHECK(pdftext::flat(pdf, p).contains(QStringLiteral("Alex Taylor · Ref P0001")));
}

TEST_CASE("FIN3 for a person without capacity or a representative: council and provider sign")
{
    TestFile t;
    const scenario::Ids ids = scenario::build(t);
    const QString pdf = writeDoc(t.dir, reports::agreementDocument(*t, ids.samAgreement),
        QStringLiteral("fin3-no-capacity.pdf"));
    const QString text = pdftext::flat(pdf);
    INFO(text.toStdString());
    for (const QString &section : kSections)
        CHECK(text.contains(section));
    CHECK(text.contains(QStringLiteral("does not have the mental capacity")));
    CHECK(text.contains(QStringLiteral("Mental Capacity Act 2005")));
    CHECK(text.contains(QStringLiteral("it keeps the staff Sam knows")));
    CHECK(text.contains(QStringLiteral("Made by Helen Moore, care manager")));
    CHECK(text.contains(QStringLiteral("Date 20 March 2026")));
    CHECK(text.contains(QStringLiteral("No representative can be identified")));
    CHECK(text.contains(QStringLiteral("is signed by the council and the provider after the "
                                       "best-interest decision")));
    CHECK_FALSE(text.contains(QStringLiteral("Signed by the person")));
    CHECK_FALSE(text.contains(QStringLiteral("representative (")));
    CHECK(text.contains(QStringLiteral("Signed for the provider")));
    CHECK(text.contains(QStringLiteral("Signed for the council, Dorset Council")));
    CHECK(text.count(QRegularExpression(QStringLiteral("\\bSignature\\b"))) == 2);
    // Dorset: an administration fee is allowed if shown separately.
    CHECK(text.contains(QStringLiteral("shown separately from the charges for care")));
}

TEST_CASE("FIN3 with a representative, and from an earlier version")
{
    TestFile t;
    const scenario::Ids ids = scenario::build(t);
    Person sam = *personById(*t, ids.sam);
    sam.representativeName = QStringLiteral("Mary Jones");
    sam.representativeRelationship = QStringLiteral("mother, deputy");
    savePerson(*t, sam);
    const Id v2 = changeBudget(
        *t, ids.sam, d(2026, 6, 1), gbp(u"260.00"), QStringLiteral("More support at weekends"));
    const QString first = pdftext::flat(writeDoc(
        t.dir, reports::agreementDocument(*t, ids.samAgreement), QStringLiteral("fin3-v1.pdf")));
    const QString second = pdftext::flat(
        writeDoc(t.dir, reports::agreementDocument(*t, v2), QStringLiteral("fin3-v2.pdf")));
    CHECK(first.contains(QStringLiteral("ISF budget a week £200.00")));
    CHECK(first.contains(QStringLiteral("FIN3 version 1")));
    CHECK(second.contains(QStringLiteral("ISF budget a week £260.00")));
    CHECK(second.contains(QStringLiteral("FIN3 version 2 · in force from 01/06/2026")));
    CHECK(second.contains(QStringLiteral("More support at weekends")));
    CHECK(second.contains(QStringLiteral("Mary Jones acts for Sam Jones")));
    CHECK(second.contains(QStringLiteral("Signed for Sam Jones by their representative (mother, "
                                         "deputy)")));
    CHECK_THROWS_AS(reports::agreementDocument(*t, 9999), InputError);
}

TEST_CASE("Letters: excess balance to the case worker, arrears to the care manager, notice")
{
    TestFile t;
    const scenario::Ids ids = scenario::build(t);
    reviewAlerts(*t, d(2026, 5, 10));
    const Id excess = alertOf(t, ids.sam, QStringLiteral("excess_balance"));
    const Id arrears = alertOf(t, ids.sam, QStringLiteral("contribution_arrears"));
    REQUIRE(excess);
    REQUIRE(arrears);

    const QString balance = pdftext::flat(
        writeDoc(t.dir, reports::letterDocument(*t, excess), QStringLiteral("letter-excess.pdf")));
    INFO(balance.toStdString());
    CHECK(balance.contains(QStringLiteral("Olu Adeyemi")));
    CHECK(balance.contains(QStringLiteral("Case worker")));
    CHECK(balance.contains(QStringLiteral("Dorset Council")));
    CHECK(balance.contains(QStringLiteral("Dear Olu Adeyemi,")));
    CHECK(balance.contains(QStringLiteral("your reference DC-778")));
    CHECK(balance.contains(QStringLiteral("Balance at the end of 10 May 2026 £3,570.00")));
    CHECK(balance.contains(QStringLiteral("Weekly ISF budget £200.00 a week")));
    CHECK(balance.contains(QStringLiteral("Limit: 4 weeks' budget £800.00")));
    CHECK(balance.contains(QStringLiteral("Over the limit by £2,770.00")));
    CHECK(balance.contains(QStringLiteral("we propose to return £2,770.00")));
    CHECK(balance.contains(QStringLiteral("Yours sincerely,")));

    const QString owed = pdftext::flat(writeDoc(
        t.dir, reports::letterDocument(*t, arrears), QStringLiteral("letter-arrears.pdf")));
    INFO(owed.toStdString());
    CHECK(owed.contains(QStringLiteral("Helen Moore")));
    CHECK(owed.contains(QStringLiteral("Care manager")));
    CHECK(owed.contains(QStringLiteral("£20.00 a week")));
    CHECK(owed.contains(QStringLiteral("Contributions due to 10 May 2026 £100.00")));
    CHECK(owed.contains(QStringLiteral("Contributions received £0.00")));
    CHECK(owed.contains(QStringLiteral("Owed £100.00")));
    CHECK(owed.contains(QStringLiteral("Limit: 4 weeks' contribution £80.00")));
    CHECK(owed.contains(QStringLiteral("Over the limit by £20.00")));
    CHECK(owed.contains(QStringLiteral("since 4 May 2026")));
    CHECK(owed.contains(QStringLiteral("4 May 2026 £20.00 £0.00")));

    // An alert with no letter, and one that does not exist.
    Id other = 0;
    for (const AlertRecord &r : alertRecords(*t))
        if (!reports::letterRules().contains(r.alert.rule))
            other = r.id;
    if (other)
        CHECK_THROWS_AS(reports::letterDocument(*t, other), InputError);
    CHECK_THROWS_AS(reports::letterDocument(*t, 99999), InputError);

    // Notice of termination.
    CHECK_THROWS_AS(reports::noticeLetterDocument(*t, ids.alexAgreement), InputError);
    giveNotice(*t, ids.alex, d(2026, 5, 12), NoticeParty::Provider,
        QStringLiteral("Alex is moving to a care home"));
    const QString notice = pdftext::flat(writeDoc(t.dir,
        reports::noticeLetterDocument(*t, ids.alexAgreement), QStringLiteral("letter-notice.pdf")));
    INFO(notice.toStdString());
    CHECK(notice.contains(QStringLiteral("Priya Shah")));
    CHECK(notice.contains(QStringLiteral("Lancashire County Council")));
    CHECK(notice.contains(QStringLiteral("Notice given by The provider (us)")));
    CHECK(notice.contains(QStringLiteral("Notice given on 12 May 2026")));
    CHECK(notice.contains(QStringLiteral("Alex is moving to a care home")));
    CHECK(notice.contains(QStringLiteral("Notice period 4 weeks")));
    CHECK(notice.contains(QStringLiteral("Last day of the agreement 8 June 2026")));
    CHECK(notice.contains(QStringLiteral("return the unspent balance")));
}
