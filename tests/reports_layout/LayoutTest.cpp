// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "core/money/Money.h"
#include "core/util/Errors.h"
#include "reports/layout/Charts.h"
#include "reports/layout/Paginator.h"
#include "reports/layout/Renderer.h"
#include "tests/reports_layout/PdfProbe.h"
#include "tests/reports_layout/SampleDocuments.h"
#include "tests/support/TempDir.h"
#include "tests/support/catch.h"

#include <QBuffer>
#include <QPdfWriter>
#include <QPrinter>
#include <QRegularExpression>

#include <algorithm>
#include <set>
#include <thread>

using namespace isf::reports;
using isf::Money;

namespace {

constexpr qreal kPointsPerMm = 72.0 / 25.4;
constexpr qreal kPageWidthPt = 210.0 * kPointsPerMm;
constexpr qreal kPageHeightPt = 297.0 * kPointsPerMm;
constexpr qreal kSideMarginPt = 18.0 * kPointsPerMm; // as Paginator.h promises
constexpr qreal kTextWidthPt = kPageWidthPt - 2 * kSideMarginPt;

QString write(const TempDir &tmp, const Document &doc, const QString &name)
{
    const QString path = tmp.path(name);
    writePdf(doc, path);
    return path;
}

int layoutPageCount(const Document &doc)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    setUpPdfWriter(writer, doc);
    return PagedLayout(doc, writer).pageCount();
}

QString squeezed(const QString &text)
{
    return text.simplified();
}

int occurrences(const QString &text, const QString &what)
{
    return static_cast<int>(text.count(what));
}

// Words in reading order: by page, then line (top), then left to right.
std::vector<PdfWord> inReadingOrder(std::vector<PdfWord> words)
{
    std::sort(words.begin(), words.end(), [](const PdfWord &a, const PdfWord &b) {
        if (a.page != b.page)
            return a.page < b.page;
        if (std::abs(a.box.top() - b.box.top()) > 1.0)
            return a.box.top() < b.box.top();
        return a.box.left() < b.box.left();
    });
    return words;
}

const QRegularExpression kStatementHeader(
    QStringLiteral("Date\\s+Supplier\\s+Description\\s+Hours\\s+Amount"));

Document tableDocument(const QList<Column> &columns, const std::vector<TableRow> &rows)
{
    Document doc = samples::blank(QStringLiteral("Table test"));
    Table table;
    table.columns.assign(columns.begin(), columns.end());
    table.rows = rows;
    doc.add(std::move(table));
    return doc;
}

} // namespace

TEST_CASE("a 300-row table runs over pages, repeating its header and never splitting a row")
{
    TempDir tmp;
    const Document doc = samples::statement(300);
    const QString pdf = write(tmp, doc, QStringLiteral("statement300.pdf"));
    const int pages = pdfPageCount(pdf);
    CHECK(pages == 14);
    CHECK(layoutPageCount(doc) == pages);

    const std::vector<PdfWord> words = pdfWords(pdf);
    int previous = 1;
    for (int n = 1; n <= 300; ++n) {
        INFO("row " << n);
        const int first = pageOf(words, samples::rowTag(n));
        REQUIRE(first > 0); // there, and once
        CHECK(pageOf(words, samples::rowEnd(n)) == first); // the whole row on one page
        CHECK(first >= previous); // in order
        previous = first;
    }
    CHECK(previous == pages);
    CHECK(pdfPageText(pdf, pages).contains(QStringLiteral("Total money out")));

    const QString first = pdfPageText(pdf, 1);
    CHECK(first.count(kStatementHeader) == 1);
    CHECK(first.contains(QStringLiteral("Payments in April 2026")));
    CHECK_FALSE(first.contains(QStringLiteral("(continued)")));
    for (int p = 2; p <= pages; ++p) {
        INFO("page " << p);
        const QString text = pdfPageText(pdf, p);
        CHECK(text.count(kStatementHeader) == 1);
        CHECK(text.contains(QStringLiteral("Payments in April 2026 (continued)")));
    }
}

TEST_CASE("every page's footer reads Page N of M and the date generated")
{
    TempDir tmp;
    const QString pdf = write(tmp, samples::statement(120), QStringLiteral("statement.pdf"));
    const int pages = pdfPageCount(pdf);
    REQUIRE(pages == 6);
    for (int p = 1; p <= pages; ++p) {
        INFO("page " << p);
        const QString text = pdfPageText(pdf, p);
        CHECK(text.contains(QStringLiteral("Page %1 of %2").arg(p).arg(pages)));
        CHECK(occurrences(text, QStringLiteral("Page ")) == 1);
        CHECK(occurrences(text, QStringLiteral("Generated 1 May 2026")) == 1);
    }
}

TEST_CASE("the letterhead is in full on page 1, compact later, and the subject is on every page")
{
    TempDir tmp;
    const QString pdf = write(tmp, samples::statement(120), QStringLiteral("statement.pdf"));
    const int pages = pdfPageCount(pdf);
    REQUIRE(pages > 2);
    for (int p = 1; p <= pages; ++p) {
        INFO("page " << p);
        const QString text = pdfPageText(pdf, p);
        CHECK(occurrences(text, QStringLiteral("Jane Smith · Ref P-0042")) == 1);
        CHECK(occurrences(text, QStringLiteral("Brightwell Care Ltd")) == 1);
        CHECK(text.contains(QStringLiteral("12 Mill Lane, Leeds LS1 4AB")) == (p == 1));
        CHECK(text.contains(QStringLiteral("Statement for April 2026")) == (p == 1));
    }
    std::vector<int> logos(static_cast<std::size_t>(pages), 0);
    logos.front() = 1;
    CHECK(pdfImagesPerPage(pdf) == logos);
}

TEST_CASE("a long description wraps inside its cell, in order, without losing a word")
{
    QString description;
    for (int i = 1; i <= 80; ++i)
        description += QStringLiteral("w%1 ").arg(i, 2, 10, QLatin1Char('0'));
    const Document doc
        = tableDocument({ { QStringLiteral("Ref"), 1 }, { QStringLiteral("Description"), 3 },
                            { QStringLiteral("Amount"), 1, Align::Right } },
            { { { QStringLiteral("A1"), description, Money::fromPence(1234).display() } },
                { { QStringLiteral("A2"), QStringLiteral("short"),
                    Money::fromPence(99).display() } } });
    TempDir tmp;
    const QString pdf = write(tmp, doc, QStringLiteral("wrap.pdf"));
    REQUIRE(pdfPageCount(pdf) == 1);

    std::vector<PdfWord> found;
    for (const PdfWord &w : pdfWords(pdf)) {
        if (QRegularExpression(QStringLiteral("^w\\d\\d$")).match(w.text).hasMatch())
            found.push_back(w);
    }
    found = inReadingOrder(found);
    REQUIRE(found.size() == 80);
    std::set<int> lineTops;
    const qreal columnLeft = kSideMarginPt + kTextWidthPt / 5;
    const qreal columnRight = kSideMarginPt + kTextWidthPt * 4 / 5;
    for (int i = 0; i < 80; ++i) {
        const PdfWord &w = found[static_cast<std::size_t>(i)];
        INFO(w.text.toStdString() << " at " << w.box.left() << ".." << w.box.right());
        CHECK(w.text == QStringLiteral("w%1").arg(i + 1, 2, 10, QLatin1Char('0')));
        CHECK(w.box.left() >= columnLeft);
        CHECK(w.box.right() <= columnRight);
        lineTops.insert(qRound(w.box.top()));
    }
    CHECK(lineTops.size() >= 5);
    // The next row starts below the last line of the wrapped one.
    const std::vector<PdfWord> a2 = wordsNamed(pdfWords(pdf), QStringLiteral("A2"));
    REQUIRE(a2.size() == 1);
    CHECK(a2.front().box.top() > found.back().box.bottom());
}

TEST_CASE("a word wider than its column is broken across lines, not clipped")
{
    const QString longWord = QStringLiteral("https://example.org/") + QString(90, QLatin1Char('q'))
        + QStringLiteral("/end");
    const Document doc
        = tableDocument({ { QStringLiteral("Ref"), 1 }, { QStringLiteral("Link"), 1 },
                            { QStringLiteral("Note"), 3 } },
            { { { QStringLiteral("L1"), longWord, QStringLiteral("after") } } });
    TempDir tmp;
    const QString pdf = write(tmp, doc, QStringLiteral("longword.pdf"));
    const std::vector<PdfWord> words = inReadingOrder(pdfWords(pdf));
    const std::vector<PdfWord> header = wordsNamed(words, QStringLiteral("Link"));
    REQUIRE(header.size() == 1);
    QString joined;
    int pieces = 0;
    for (const PdfWord &w : words) {
        if (w.box.top() > header.front().box.bottom()
            && w.box.left() >= kSideMarginPt + kTextWidthPt / 5 - 0.5
            && w.box.right() <= kSideMarginPt + kTextWidthPt * 2 / 5 + 0.5) {
            joined += w.text;
            ++pieces;
        }
    }
    CHECK(joined == longWord);
    CHECK(pieces >= 3);
}

TEST_CASE("a row taller than a page continues in its cells on the next pages")
{
    QString huge;
    for (int i = 1; i <= 1500; ++i)
        huge += QStringLiteral("x%1 ").arg(i, 4, 10, QLatin1Char('0'));
    const Document doc
        = tableDocument({ { QStringLiteral("Ref"), 1 }, { QStringLiteral("Description"), 4 },
                            { QStringLiteral("Amount"), 1, Align::Right } },
            { { { QStringLiteral("B1"), QStringLiteral("before"), QStringLiteral("£1.00") } },
                { { QStringLiteral("B2"), huge, QStringLiteral("£2.00") } },
                { { QStringLiteral("B3"), QStringLiteral("after"), QStringLiteral("£3.00") } } });
    TempDir tmp;
    const QString pdf = write(tmp, doc, QStringLiteral("tall.pdf"));
    const int pages = pdfPageCount(pdf);
    REQUIRE(pages >= 3);

    const std::vector<PdfWord> ordered = inReadingOrder(pdfWords(pdf));
    int expected = 1;
    int lastPage = 0;
    for (const PdfWord &w : ordered) {
        if (!w.text.startsWith(u'x') || w.text.size() != 5)
            continue;
        INFO("expected x" << expected << " found " << w.text.toStdString());
        REQUIRE(w.text == QStringLiteral("x%1").arg(expected, 4, 10, QLatin1Char('0')));
        ++expected;
        lastPage = w.page;
    }
    CHECK(expected == 1501);
    CHECK(lastPage == pages);
    CHECK(pageOf(ordered, QStringLiteral("B1")) == 1);
    CHECK(pageOf(ordered, QStringLiteral("B2")) == 1);
    CHECK(pageOf(ordered, QStringLiteral("B3")) == pages);
    for (int p = 2; p <= pages; ++p) {
        INFO("page " << p);
        CHECK(pdfPageText(pdf, p).contains(
            QRegularExpression(QStringLiteral("Ref\\s+Description\\s+Amount"))));
    }
}

TEST_CASE("money columns are right-aligned, header included")
{
    const qint64 amounts[] = { 500, 123456, 1234567, -300, 7, 99999999 };
    std::vector<TableRow> rows;
    for (int i = 0; i < 60; ++i) {
        rows.push_back(
            { { QStringLiteral("Item %1").arg(i), Money::fromPence(amounts[i % 6]).display() },
                i == 59 ? RowStyle::Total : RowStyle::Normal });
    }
    const Document doc = tableDocument(
        { { QStringLiteral("Item"), 3 }, { QStringLiteral("Amount"), 1, Align::Right } }, rows);
    TempDir tmp;
    const QString pdf = write(tmp, doc, QStringLiteral("money.pdf"));
    REQUIRE(pdfPageCount(pdf) == 2);
    const std::vector<PdfWord> words = pdfWords(pdf);
    const QRegularExpression money(QStringLiteral("^-?£[\\d,]+\\.\\d\\d$"));
    int checked = 0;
    for (const PdfWord &w : words) {
        if (!money.match(w.text).hasMatch() && w.text != u"Amount")
            continue;
        INFO(w.text.toStdString() << " ends at " << w.box.right());
        // 1.6 mm of cell padding inside the right margin.
        CHECK(std::abs(w.box.right() - (kPageWidthPt - kSideMarginPt - 1.6 * kPointsPerMm)) < 0.35);
        ++checked;
    }
    CHECK(checked == 62);
}

TEST_CASE("no two words overlap and none leaves the margins")
{
    TempDir tmp;
    const Document docs[]
        = { samples::statement(300), samples::easyReadStatement(), samples::agreement() };
    int n = 0;
    for (const Document &doc : docs) {
        const QString pdf = write(tmp, doc, QStringLiteral("doc%1.pdf").arg(++n));
        std::vector<PdfWord> words = pdfWords(pdf);
        REQUIRE(words.size() > 50);
        for (std::size_t i = 0; i < words.size(); ++i) {
            const PdfWord &a = words[i];
            INFO(pdf.toStdString()
                << " page " << a.page << " '" << a.text.toStdString() << "' " << a.box.left() << ","
                << a.box.top() << " " << a.box.right() << "," << a.box.bottom());
            CHECK(a.box.left() >= kSideMarginPt - 0.5);
            CHECK(a.box.right() <= kPageWidthPt - kSideMarginPt + 0.5);
            CHECK(a.box.top() >= 14.0 * kPointsPerMm - 1.0);
            CHECK(a.box.bottom() <= kPageHeightPt - 12.0 * kPointsPerMm + 1.0);
            for (std::size_t j = i + 1; j < words.size() && words[j].page == a.page; ++j) {
                const QRectF overlap
                    = a.box.adjusted(0.4, 0.4, -0.4, -0.4)
                          .intersected(words[j].box.adjusted(0.4, 0.4, -0.4, -0.4));
                if (!overlap.isEmpty())
                    FAIL_CHECK("overlaps '" << words[j].text.toStdString() << "'");
            }
        }
    }
}

TEST_CASE("easy-read documents are in large type; others in 10 pt")
{
    TempDir tmp;
    const QString easy = write(tmp, samples::easyReadStatement(), QStringLiteral("easy.pdf"));
    const QString normal = write(tmp, samples::statement(10), QStringLiteral("normal.pdf"));
    REQUIRE(pdfPageCount(easy) == 1);

    // The letterhead's address and the footer are small print; everything else is body.
    const Document doc = samples::easyReadStatement();
    const QStringList smallPrint = doc.letterhead.addressLines
        + QStringList { QStringLiteral("Generated 1 May 2026"), QStringLiteral("Page 1 of 1") };
    int body = 0;
    for (const PdfSpan &span : pdfSpans(easy)) {
        const bool small = std::any_of(smallPrint.begin(), smallPrint.end(),
            [&](const QString &s) { return s.contains(span.text.trimmed()); });
        INFO("'" << span.text.toStdString() << "' at " << span.fontSize);
        if (small) {
            CHECK(span.fontSize >= 11);
        } else {
            CHECK(span.fontSize >= 14);
            ++body;
        }
    }
    CHECK(body >= 10);

    bool sawBody = false;
    for (const PdfSpan &span : pdfSpans(normal)) {
        if (span.text.startsWith(QStringLiteral("This statement shows"))) {
            CHECK(span.fontSize == 10);
            sawBody = true;
        }
    }
    CHECK(sawBody);
}

TEST_CASE("bold runs keep their place in a paragraph")
{
    TempDir tmp;
    const QString pdf = write(tmp, samples::easyReadStatement(), QStringLiteral("easy.pdf"));
    CHECK(squeezed(pdfText(pdf))
              .contains(
                  QStringLiteral("You had 42 hours of support. You saved 3 hours to use later.")));
    bool seen = false;
    for (const PdfSpan &span : pdfSpans(pdf)) {
        if (span.text.startsWith(QStringLiteral("You had"))) {
            CHECK(span.boldParts
                == QStringList { QStringLiteral("42 hours"), QStringLiteral("3 hours") });
            seen = true;
        }
    }
    CHECK(seen);
}

TEST_CASE("the easy-read picture labels its bars with the amounts, right-aligned")
{
    TempDir tmp;
    const QString pdf = write(tmp, samples::easyReadStatement(), QStringLiteral("easy.pdf"));
    const std::vector<PdfWord> words = pdfWords(pdf);
    // Each amount is drawn twice: in the picture and in the grid under it.
    const std::vector<PdfWord> in = wordsNamed(words, QStringLiteral("£1,200.00"));
    const std::vector<PdfWord> out = wordsNamed(words, QStringLiteral("£950.50"));
    REQUIRE(in.size() == 2);
    REQUIRE(out.size() == 2);
    CHECK(std::abs(in[0].box.right() - (kPageWidthPt - kSideMarginPt)) < 0.35);
    CHECK(std::abs(out[0].box.right() - (kPageWidthPt - kSideMarginPt)) < 0.35);
    CHECK(in[0].box.top() < out[0].box.top());
    CHECK(std::abs(in[1].box.right() - out[1].box.right()) < 0.35);
    CHECK(pdfText(pdf).contains(QRegularExpression(QStringLiteral("Money in\\s+£1,200.00"))));
}

TEST_CASE("signature blocks, keep-together groups and headings are never split from their content")
{
    Document doc = samples::blank(QStringLiteral("Keeping things together"));
    const QString filler = QStringLiteral(
        "Filler text that runs to a few lines so that the blocks after it land at many different "
        "heights on the page, some of them close enough to the foot of a page to be split. ");
    for (int i = 1; i <= 24; ++i) {
        const QString n = QStringLiteral("%1").arg(i, 2, 10, QLatin1Char('0'));
        doc.add(Paragraph { RichText(filler.repeated(1 + i % 4)) });
        doc.add(Heading { QStringLiteral("HEAD") + n, 2 });
        doc.add(Paragraph { RichText(QStringLiteral("BODY") + n + u' ' + filler) });
        doc.add(SignatureBlock { QStringLiteral("PARTY") + n, QStringLiteral("NAME") + n,
            QStringLiteral("SIGN") + n, QStringLiteral("DATE") + n });
        KeepTogether group;
        group.add(Paragraph { RichText(QStringLiteral("GROUP") + n + u' ' + filler) })
            .add(KeyValueGrid {}.add(QStringLiteral("GKEY") + n, QStringLiteral("value")))
            .add(Paragraph { RichText(filler + QStringLiteral("GEND") + n) });
        doc.add(std::move(group));
    }
    TempDir tmp;
    const QString pdf = write(tmp, doc, QStringLiteral("together.pdf"));
    REQUIRE(pdfPageCount(pdf) >= 8);
    const std::vector<PdfWord> words = pdfWords(pdf);
    for (int i = 1; i <= 24; ++i) {
        const QString n = QStringLiteral("%1").arg(i, 2, 10, QLatin1Char('0'));
        INFO("block " << i);
        const int head = pageOf(words, QStringLiteral("HEAD") + n);
        REQUIRE(head > 0);
        CHECK(pageOf(words, QStringLiteral("BODY") + n) == head);
        const int party = pageOf(words, QStringLiteral("PARTY") + n);
        REQUIRE(party > 0);
        CHECK(pageOf(words, QStringLiteral("NAME") + n) == party);
        CHECK(pageOf(words, QStringLiteral("SIGN") + n) == party);
        CHECK(pageOf(words, QStringLiteral("DATE") + n) == party);
        const int group = pageOf(words, QStringLiteral("GROUP") + n);
        REQUIRE(group > 0);
        CHECK(pageOf(words, QStringLiteral("GKEY") + n) == group);
        CHECK(pageOf(words, QStringLiteral("GEND") + n) == group);
    }
}

TEST_CASE("a page break starts a page but never leaves one empty")
{
    Document doc = samples::blank(QStringLiteral("Breaks"));
    doc.add(PageBreak {});
    doc.add(Paragraph { RichText(QStringLiteral("FIRST")) });
    doc.add(PageBreak {});
    doc.add(PageBreak {});
    doc.add(Spacer { 30 });
    doc.add(Paragraph { RichText(QStringLiteral("SECOND")) });
    doc.add(PageBreak {});
    TempDir tmp;
    const QString pdf = write(tmp, doc, QStringLiteral("breaks.pdf"));
    REQUIRE(pdfPageCount(pdf) == 2);
    const std::vector<PdfWord> words = pdfWords(pdf);
    CHECK(pageOf(words, QStringLiteral("FIRST")) == 1);
    CHECK(pageOf(words, QStringLiteral("SECOND")) == 2);
    // The spacer at the top of page 2 was dropped: SECOND is the first thing under the header.
    CHECK(wordsNamed(words, QStringLiteral("SECOND")).front().box.top() < 30 * kPointsPerMm);
}

TEST_CASE("fonts are embedded and the PDF names its title and creator")
{
    TempDir tmp;
    const QString pdf = write(tmp, samples::statement(300), QStringLiteral("statement.pdf"));
    std::set<QString> names;
    for (const PdfFont &font : pdfFonts(pdf)) {
        INFO(font.name.toStdString());
        CHECK(font.embedded);
        names.insert(font.name);
    }
    // Regular and bold only: reversal rows are marked without a third font.
    CHECK(names
        == std::set<QString> { QStringLiteral("DejaVuSans"), QStringLiteral("DejaVuSans-Bold") });
    CHECK(pdfInfoField(pdf, QStringLiteral("Title")) == u"Statement for April 2026");
    CHECK(pdfInfoField(pdf, QStringLiteral("Creator")) == u"ISF Desk");
    CHECK(pdfInfoField(pdf, QStringLiteral("Page size")) == u"595 x 842 pts (A4)");
    // Subsets: the whole of DejaVu Sans alone is over 700 kB.
    CHECK(QFileInfo(pdf).size() < 300 * 1024);
}

TEST_CASE("documents render on worker threads at once, as they do one at a time")
{
    TempDir tmp;
    const auto make = [](int k) { return k % 2 ? samples::statement(60) : samples::agreement(); };
    QString reference[2];
    for (int k = 0; k < 2; ++k)
        reference[k] = pdfText(write(tmp, make(k), QStringLiteral("serial%1.pdf").arg(k)));

    constexpr int kThreads = 4;
    constexpr int kPerThread = 3;
    std::vector<QByteArray> pdfs(kThreads * kPerThread);
    std::vector<std::string> errors(kThreads);
    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; ++t) {
        threads.emplace_back([&, t] {
            try {
                for (int k = 0; k < kPerThread; ++k)
                    pdfs[static_cast<std::size_t>(t * kPerThread + k)] = pdfBytes(make(t + k));
            } catch (const std::exception &e) {
                errors[static_cast<std::size_t>(t)] = e.what();
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    for (int t = 0; t < kThreads; ++t) {
        CHECK(errors[static_cast<std::size_t>(t)].empty());
        for (int k = 0; k < kPerThread; ++k) {
            const QString path = tmp.path(QStringLiteral("thread%1-%2.pdf").arg(t).arg(k));
            writeTextFile(path, pdfs[static_cast<std::size_t>(t * kPerThread + k)]);
            INFO("thread " << t << " document " << k);
            CHECK(pdfText(path) == reference[(t + k) % 2]);
        }
    }
}

TEST_CASE("a PDF that cannot be written is reported with its path")
{
    const QString path = QStringLiteral("/nonexistent-folder/statement.pdf");
    try {
        writePdf(samples::statement(3), path);
        FAIL("no error");
    } catch (const isf::Error &e) {
        CHECK(e.message().contains(path));
    }
}

TEST_CASE("a printer with margins of its own prints the same pages as the PDF writer")
{
    TempDir tmp;
    const Document doc = samples::statement(60);
    const QString viaWriter = write(tmp, doc, QStringLiteral("writer.pdf"));
    const QString viaPrinter = tmp.path(QStringLiteral("printer.pdf"));
    {
        QPrinter printer(QPrinter::HighResolution); // 1200 dpi, as the writer
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(viaPrinter);
        printer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
            QMarginsF(6, 9, 6, 7), QPageLayout::Millimeter));
        render(doc, printer);
    }
    REQUIRE(pdfPageCount(viaPrinter) == pdfPageCount(viaWriter));
    const std::vector<PdfWord> expected = pdfWords(viaWriter);
    const std::vector<PdfWord> printed = pdfWords(viaPrinter);
    REQUIRE(printed.size() == expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        INFO(expected[i].text.toStdString());
        CHECK(printed[i].text == expected[i].text);
        CHECK(printed[i].page == expected[i].page);
        CHECK(std::abs(printed[i].box.left() - expected[i].box.left()) < 0.5);
        CHECK(std::abs(printed[i].box.top() - expected[i].box.top()) < 0.5);
    }
}
