// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
// Statements and easy-read statements, read back out of their PDFs: the figures worked by
// hand in StatementScenario.h, the page count, the running header on later pages, and a
// 300-entry statement whose rows are never split or lost.
#include "core/statements/StatementData.h"
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

// The text with rows squeezed, for "label ... amount" checks on one line.
bool hasLine(const QString &text, const QString &line)
{
    return text.contains(line);
}

} // namespace

TEST_CASE("A statement's PDF shows the figures worked by hand")
{
    TestFile t;
    const scenario::Ids ids = scenario::build(t);
    const QString pdf
        = writeDoc(t.dir, reports::statementDocument(*t, ids.alex, scenario::firstPeriod()),
            QStringLiteral("statement.pdf"));
    const QString text = pdftext::squeezed(pdf);
    const QString flat = pdftext::flat(pdf);
    INFO(text.toStdString());
    const int pages = pdftext::pageCount(pdf);
    REQUIRE(pages >= 2);

    CHECK(flat.contains(
        QStringLiteral("Individual Service Fund statement: 6 April 2026 to 3 May 2026")));
    CHECK(hasLine(text, QStringLiteral("Alex Taylor · Ref P0001")));
    CHECK(hasLine(text, QStringLiteral("Lancashire County Council, reference LCC-55501")));
    CHECK(hasLine(text, QStringLiteral("Opening balance on 5 April 2026 £250.00")));
    CHECK(hasLine(text, QStringLiteral("Money in £1,960.00")));
    CHECK(hasLine(text, QStringLiteral("Money out £1,405.50")));
    CHECK(hasLine(text, QStringLiteral("Closing balance on 3 May 2026 £804.50")));

    CHECK(hasLine(text, QStringLiteral("Total council payments £1,840.00")));
    CHECK(hasLine(text, QStringLiteral("Total contributions received £120.00")));
    CHECK(hasLine(text, QStringLiteral("Total money in £1,960.00")));
    CHECK(hasLine(text, QStringLiteral("Total Personal care 53.5 £1,070.00")));
    CHECK(pdftext::matches(text, QStringLiteral("Total Commissioned (care )?£300\\.00")));
    CHECK(hasLine(text, QStringLiteral("Total Activities £35.50")));
    CHECK(hasLine(text, QStringLiteral("Total money out £1,405.50")));
    // Every item: date, supplier, description, hours, amount.
    CHECK(pdftext::matches(text, QStringLiteral("24/04/2026 Bluebell Home .* 15\\.5 £310\\.00")));
    CHECK(flat.contains(QStringLiteral("£20.00 an hour")));
    CHECK(hasLine(text, QStringLiteral("18/04/2026 Odeon Preston Cinema with a friend £35.50")));
    // The reversal, and the entry it undoes.
    CHECK(pdftext::matches(text,
        QStringLiteral("%1 23/04/2026 Sunrise Day .*Reversal of entry %2 .*-£100\\.00")
            .arg(ids.reversal)
            .arg(ids.reversedDayCentre)));
    CHECK(pdftext::matches(flat, QStringLiteral("22/04/2026: .*Duplicate")));
    CHECK(pdftext::matches(text, QStringLiteral("Day centre \\(reversed .*£100\\.00")));
    CHECK(pdftext::matches(flat, QStringLiteral("by entry %1\\)").arg(ids.reversal)));
    CHECK(hasLine(text, QStringLiteral("1 of them a reversal")));

    CHECK(hasLine(text, QStringLiteral("For contingencies and planned extra need £150.00")));
    CHECK(pdftext::matches(
        flat, QStringLiteral("Limit set by the council \\(4 weeks' budget\\) £2,000\\.00")));
    CHECK(hasLine(text, QStringLiteral("Hours planned 80")));
    CHECK(hasLine(text, QStringLiteral("Hours delivered against the plan 53.5")));
    CHECK(hasLine(text, QStringLiteral("Unused hours banked 26.5")));
    CHECK(hasLine(text, QStringLiteral("Banked hours at the end 26.5")));
    CHECK(hasLine(text, QStringLiteral("Weekly contribution £40.00")));
    CHECK(hasLine(text, QStringLiteral("Due in the period £160.00")));
    CHECK(hasLine(text, QStringLiteral("Paid in the period £120.00")));
    CHECK(hasLine(text, QStringLiteral("Owed at 3 May 2026 £40.00")));

    // Every page: "Page N of M" and the date generated; later pages: the running header.
    for (int p = 1; p <= pages; ++p) {
        const QString page = pdftext::squeezed(pdf, p);
        CHECK(page.contains(QStringLiteral("Page %1 of %2").arg(p).arg(pages)));
        CHECK(page.contains(QStringLiteral("Generated 28 November 2026")));
        CHECK(page.contains(QStringLiteral("Alex Taylor · Ref P0001")));
        CHECK(page.contains(QStringLiteral("Bluebell Support Ltd")));
    }
}

TEST_CASE("Alerts that held at the period's end are on the statement")
{
    TestFile t;
    const scenario::Ids ids = scenario::build(t);
    reviewAlerts(*t, d(2026, 5, 3));
    for (const AlertRecord &r : alertRecords(*t, std::nullopt, ids.sam))
        if (r.alert.rule == u"excess_balance")
            acknowledgeAlert(*t, r.id, QStringLiteral("Saving for a holiday."));
    const QString pdf
        = writeDoc(t.dir, reports::statementDocument(*t, ids.sam, scenario::firstPeriod()),
            QStringLiteral("statement-alerts.pdf"));
    const QString text = pdftext::squeezed(pdf);
    INFO(text.toStdString());
    CHECK(pdftext::matches(text, QStringLiteral("\\n ?Balance over")));
    CHECK(pdftext::matches(text, QStringLiteral("Explained: Saving")));
    CHECK(text.contains(QStringLiteral("Closing balance on 3 May 2026 £3,570.00")));
    CHECK(text.contains(QStringLiteral("Held above that at the end of the period £2,770.00")));
    // The rules' ISO dates are shown the UK way on paper.
    CHECK_FALSE(text.contains(QRegularExpression(QStringLiteral("\\d{4}-\\d{2}-\\d{2}"))));
}

TEST_CASE("A statement with 300 entries paginates: headers repeat, no row is split or lost")
{
    TestFile t;
    const scenario::Ids ids = scenario::build(t);
    const Period may { d(2026, 5, 4), d(2026, 5, 31) };
    const QString categories[] = { QStringLiteral("Personal care"), QStringLiteral("Transport"),
        QStringLiteral("Activities"), QStringLiteral("Equipment"), QStringLiteral("Household") };
    const Id supplier = scenario::supplier(t,
        QStringLiteral("Northern Community Transport and Day Opportunities Co-operative Ltd"),
        SupplierKind::Transport);
    scenario::post(t, TxnKind::CouncilPayment, ids.alex, may.first, u"20000.00");
    Money out;
    {
        for (int i = 1; i <= 300; ++i) {
            QString description = QStringLiteral("ROW%1 ").arg(i, 4, 10, QLatin1Char('0'));
            if (i % 7 == 0)
                description += QStringLiteral("a long description of the support given that day, "
                                              "with the journey there and back, waiting time and "
                                              "a note of who went ");
            description += QStringLiteral("END%1").arg(i, 4, 10, QLatin1Char('0'));
            const Money amount = Money::fromPence(1000 + (i * 7919) % 5000);
            NewEntry e;
            e.kind = TxnKind::Expense;
            e.personId = ids.alex;
            e.date = may.first.addDays(i % 28);
            e.categoryId = findCategory(*t, categories[i % 5])->id;
            e.supplierId = i % 3 == 0 ? supplier : ids.bluebell;
            e.description = description;
            e.amount = amount;
            Ledger(*t).post(e);
            out += amount;
        }
    }
    const StatementData data = buildStatement(*t, ids.alex, may);
    REQUIRE(data.entries == 301);
    REQUIRE(data.totalOut == out);
    const QString pdf
        = writeDoc(t.dir, reports::statementDocument(data), QStringLiteral("statement-300.pdf"));
    const int pages = pdftext::pageCount(pdf);
    INFO(pages << " pages");
    REQUIRE(pages >= 8);
    REQUIRE(pages <= 30);

    std::vector<QString> pageText;
    for (int p = 1; p <= pages; ++p)
        pageText.push_back(pdftext::squeezed(pdf, p));
    for (int p = 1; p <= pages; ++p) {
        const QString &page = pageText[std::size_t(p - 1)];
        CHECK(page.contains(QStringLiteral("Page %1 of %2").arg(p).arg(pages)));
        CHECK(page.contains(QStringLiteral("Alex Taylor · Ref P0001")));
        const bool entriesHere = page.contains(QStringLiteral("ROW"));
        if (p > 1 && entriesHere) {
            // The table's caption and column titles repeat on every page it runs onto.
            CHECK(page.contains(QStringLiteral("Payments, by category (continued)")));
            CHECK(page.contains(QStringLiteral("Entry Date Supplier Description Hours Amount")));
        }
    }
    // Each row appears once, start and end on the same page.
    for (int i = 1; i <= 300; ++i) {
        const QString row = QStringLiteral("ROW%1").arg(i, 4, 10, QLatin1Char('0'));
        const QString end = QStringLiteral("END%1").arg(i, 4, 10, QLatin1Char('0'));
        int rowPage = 0, endPage = 0, seen = 0;
        for (int p = 1; p <= pages; ++p) {
            const int n = int(pageText[std::size_t(p - 1)].count(row));
            seen += n;
            if (n)
                rowPage = p;
            if (pageText[std::size_t(p - 1)].contains(end))
                endPage = p;
        }
        INFO(row.toStdString());
        CHECK(seen == 1);
        CHECK(rowPage == endPage);
    }
    const QString all = pdftext::squeezed(pdf);
    CHECK(all.contains(QStringLiteral("Total money out ") + out.display()));
    CHECK(all.contains(QStringLiteral("Closing balance on 31 May 2026 ") + data.closing.display()));
    CHECK(data.opening + data.totalIn - data.totalOut == data.closing);
}

TEST_CASE("The easy-read statement: large type, plain words, a picture, at most two pages")
{
    TestFile t;
    const scenario::Ids ids = scenario::build(t);
    const QString pdf
        = writeDoc(t.dir, reports::easyReadStatementDocument(*t, ids.alex, scenario::firstPeriod()),
            QStringLiteral("easy-read.pdf"));
    const QString text = pdftext::flat(pdf);
    INFO(text.toStdString());
    CHECK(pdftext::pageCount(pdf) <= 2);
    CHECK(text.contains(QStringLiteral("Your money: 6 April 2026 to 3 May 2026")));
    CHECK(text.contains(QStringLiteral("Hello Alex.")));
    CHECK(text.contains(QStringLiteral("Money at the start £250.00")));
    CHECK(text.contains(QStringLiteral("Money in £1,960.00")));
    CHECK(text.contains(QStringLiteral("Money out £1,405.50")));
    CHECK(text.contains(QStringLiteral("Money left £804.50")));
    CHECK(text.contains(QStringLiteral("The council paid £1,840.00.")));
    CHECK(text.contains(QStringLiteral("You paid £120.00 towards your support.")));
    CHECK(text.contains(QStringLiteral("Personal care £1,070.00")));
    CHECK(text.contains(QStringLiteral("Hours of support")));
    CHECK(text.contains(QStringLiteral("You were meant to have 80 hours of support.")));
    CHECK(text.contains(QStringLiteral("You had 53.5 hours.")));
    CHECK(text.contains(QStringLiteral("We saved 26.5 hours for you to use later.")));
    CHECK(text.contains(QStringLiteral("You still owe £40.00.")));
    CHECK(text.contains(QStringLiteral("We keep £150.00 for times when you need extra support.")));
    CHECK(text.contains(QStringLiteral("ring us on 01772 000111")));

    // Body text is at least 14 pt; only the letterhead's address, the running header and
    // the footer are small print.
    const QStringList smallPrint { QStringLiteral("Unit 4, Mill Yard"),
        QStringLiteral("Preston PR1 2AB"), QStringLiteral("Telephone"),
        QStringLiteral("Generated 28 November 2026"), QStringLiteral("Page "),
        QStringLiteral("Confidential"), QStringLiteral("Bluebell Support Ltd"),
        QStringLiteral("Alex Taylor · Ref P0001") };
    int body = 0;
    for (const pdftext::Span &s : pdftext::spans(pdf)) {
        const bool small = std::any_of(smallPrint.begin(), smallPrint.end(),
            [&](const QString &p) { return s.text.contains(p) || p.contains(s.text.trimmed()); });
        if (small)
            continue;
        INFO("'" << s.text.toStdString() << "' at " << s.size);
        CHECK(s.size >= 14);
        ++body;
    }
    CHECK(body >= 20);
}

TEST_CASE("The easy-read statement stays within two pages at its fullest")
{
    TestFile t;
    const scenario::Ids ids = scenario::build(t);
    // Every category, a return, an overspend and unpaid contributions: the most an
    // easy-read statement can have to say.
    Person alex = *personById(*t, ids.alex);
    alex.givenName = QStringLiteral("Alexandra-Louise Bartholomew");
    alex.familyName = QStringLiteral("Fitzgerald-Montgomery");
    savePerson(*t, alex);
    const Period may { d(2026, 5, 4), d(2026, 5, 31) };
    for (const Category &c : listCategories(*t)) {
        if (c.isManagementFee || c.isSharedCost)
            continue;
        scenario::expense(t, ids.alex, d(2026, 5, 5), c.name, ids.sunrise, u"150.00",
            QStringLiteral("Something"));
    }
    scenario::post(t, TxnKind::ReturnToCouncil, ids.alex, d(2026, 5, 6), u"500.00");
    reviewAlerts(*t, may.last);
    const StatementData data = buildStatement(*t, ids.alex, may);
    REQUIRE(data.moneyOut.size() >= 8);
    REQUIRE(data.closing.isNegative());
    const QString pdf = writeDoc(
        t.dir, reports::easyReadStatementDocument(data), QStringLiteral("easy-read-full.pdf"));
    const QString text = pdftext::flat(pdf);
    INFO(text.toStdString());
    CHECK(pdftext::pageCount(pdf) <= 2);
    CHECK(text.contains(QStringLiteral("Everything else")));
    CHECK(text.contains(QStringLiteral("Given back to the council £500.00")));
    CHECK(text.contains(QStringLiteral("More money was spent than you had.")));
    CHECK(text.contains(QStringLiteral("Money left -£")));
}

TEST_CASE("Statements refuse unknown people with a plain message")
{
    TestFile t;
    scenario::build(t);
    CHECK_THROWS_AS(reports::statementDocument(*t, 12345, scenario::firstPeriod()), InputError);
    CHECK_THROWS_AS(
        reports::easyReadStatementDocument(*t, 12345, scenario::firstPeriod()), InputError);
}
