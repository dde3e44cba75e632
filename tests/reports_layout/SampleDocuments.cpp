// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "tests/reports_layout/SampleDocuments.h"

#include "core/money/Money.h"
#include "reports/layout/Charts.h"

#include <QPainter>

using namespace isf::reports;
using isf::Money;

namespace samples {

namespace {

QImage logo()
{
    QImage image(480, 200, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0x1f, 0x6f, 0xb4));
    p.drawEllipse(QRectF(10, 10, 180, 180));
    p.setBrush(QColor(0xe0, 0x7b, 0x1a));
    p.drawRoundedRect(QRectF(210, 60, 260, 80), 20, 20);
    return image;
}

const QString kWords[] = { QStringLiteral("support"), QStringLiteral("visit"),
    QStringLiteral("community"), QStringLiteral("transport"), QStringLiteral("to"),
    QStringLiteral("the"), QStringLiteral("day"), QStringLiteral("centre"), QStringLiteral("and"),
    QStringLiteral("back"), QStringLiteral("including"), QStringLiteral("waiting"),
    QStringLiteral("time") };

} // namespace

QString rowTag(int n)
{
    return QStringLiteral("ROW%1").arg(n, 4, 10, QLatin1Char('0'));
}
QString rowEnd(int n)
{
    return QStringLiteral("END%1").arg(n, 4, 10, QLatin1Char('0'));
}

Document blank(const QString &title)
{
    Document doc;
    doc.letterhead.providerName = QStringLiteral("Brightwell Care Ltd");
    doc.letterhead.addressLines = { QStringLiteral("12 Mill Lane, Leeds LS1 4AB"),
        QStringLiteral("Telephone 0113 496 0000 · finance@brightwell.example") };
    doc.letterhead.logo = logo();
    doc.subject = QStringLiteral("Jane Smith · Ref P-0042");
    doc.title = title;
    doc.generatedOn = QDate(2026, 5, 1);
    return doc;
}

Document statement(int rows)
{
    Document doc = blank(QStringLiteral("Statement for April 2026"));
    doc.add(Paragraph { RichText(QStringLiteral("This statement shows the money held for Jane "
                                                "Smith's support from 1 April to 30 April "
                                                "2026, and what it was spent on.")) });
    doc.add(Heading { QStringLiteral("Summary") });
    Money out = Money::zero();
    for (int i = 1; i <= rows; ++i)
        out += Money::fromPence(1000 + (i * 7919) % 25000);
    const Money opening = Money::fromPence(412345);
    const Money in = Money::fromPence(250000 + rows * 2000);
    doc.add(KeyValueGrid {
        {
            { QStringLiteral("Opening balance"), opening.display() },
            { QStringLiteral("Money in"), in.display() },
            { QStringLiteral("Money out"), out.display() },
            { QStringLiteral("Closing balance"), (opening + in - out).display(), true },
        },
        0.6, 0.55, Align::Right });
    doc.add(Heading { QStringLiteral("Money out"), 1 });
    Table table;
    table.caption = QStringLiteral("Payments in April 2026");
    table.addColumn(QStringLiteral("Date"), 1.3)
        .addColumn(QStringLiteral("Supplier"), 2.2)
        .addColumn(QStringLiteral("Description"), 3.6)
        .addColumn(QStringLiteral("Hours"), 0.9, Align::Right)
        .addColumn(QStringLiteral("Amount"), 1.4, Align::Right);
    const QString categories[]
        = { QStringLiteral("Personal care"), QStringLiteral("Community access"),
              QStringLiteral("Transport"), QStringLiteral("Respite"), QStringLiteral("Equipment") };
    for (int i = 1; i <= rows; ++i) {
        if (i % 60 == 1)
            table.addRow({ categories[(i / 60) % 5] }, RowStyle::Section);
        QString description = rowTag(i) + u' ' + kWords[i % 13];
        if (i % 7 == 0) {
            for (int w = 0; w < 14; ++w)
                description += u' ' + kWords[(i + w) % 13];
        }
        description += u' ' + rowEnd(i);
        const QDate date = QDate(2026, 4, 1).addDays((i * 30) / std::max(rows, 1));
        const QString supplier = i % 11 == 0
            ? QStringLiteral("Northern Community Transport Co-operative Society Ltd")
            : QStringLiteral("Supplier %1").arg(i % 17 + 1);
        table.addRow({ date.toString(QStringLiteral("dd/MM/yyyy")), supplier, description,
                         i % 3 == 0 ? QStringLiteral("2.5") : QString(),
                         Money::fromPence(1000 + (i * 7919) % 25000).display() },
            i % 50 == 0 ? RowStyle::Reversal : RowStyle::Normal);
    }
    table.addRow(
        { QString(), QString(), QStringLiteral("Total money out"), QString(), out.display() },
        RowStyle::Total);
    doc.add(std::move(table));
    doc.add(Paragraph { RichText(QStringLiteral("Please tell us within 28 days if anything on "
                                                "this statement looks wrong.")),
        Align::Left, 0.85 });
    return doc;
}

Document easyReadStatement()
{
    Document doc = blank(QStringLiteral("Your money for April 2026"));
    doc.baseFontPt = Document::kEasyReadFontPt;
    doc.add(Paragraph { RichText(QStringLiteral("This letter tells you about the money for your "
                                                "support in April 2026.")) });
    doc.add(Heading { QStringLiteral("Money in and money out"), 2 });
    doc.add(moneyBars({ { QStringLiteral("Money in"), Money::fromPence(120000), {} },
        { QStringLiteral("Money out"), Money::fromPence(95050), {} } }));
    doc.add(KeyValueGrid {
        {
            { QStringLiteral("Money in"), Money::fromPence(120000).display() },
            { QStringLiteral("Money out"), Money::fromPence(95050).display() },
            { QStringLiteral("Money left"), Money::fromPence(24950).display(), true },
        },
        0.6, 0.7, Align::Right });
    doc.add(Heading { QStringLiteral("Hours of support"), 2 });
    doc.add(Paragraph { RichText(QStringLiteral("You had "))
                            .bold(QStringLiteral("42 hours"))
                            .plain(QStringLiteral(" of support. You saved "))
                            .bold(QStringLiteral("3 hours"))
                            .plain(QStringLiteral(" to use later.")) });
    doc.add(Paragraph { RichText(QStringLiteral("If you have a question, ask your support worker "
                                                "or ring us on 0113\u00a0496\u00a00000.")) });
    return doc;
}

Document agreement()
{
    Document doc = blank(QStringLiteral("Individual Service Fund agreement (FIN3)"));
    doc.footerNote = QStringLiteral("Version 3 · 1 May 2026");
    doc.add(Heading { QStringLiteral("1. The parties") });
    doc.add(KeyValueGrid { {
        { QStringLiteral("The person"), QStringLiteral("Jane Smith, 4 Elm Road, Leeds LS6 2AA") },
        { QStringLiteral("Representative"),
            QStringLiteral("Robert Smith (brother), lasting power of attorney for property and "
                           "financial affairs registered 3 March 2021") },
        { QStringLiteral("Provider"), QStringLiteral("Brightwell Care Ltd") },
        { QStringLiteral("Council"), QStringLiteral("Leeds City Council, Adult Social Care") },
    } });
    const QString clause = QStringLiteral(
        "The provider holds the Individual Service Fund on the person's behalf and spends it only "
        "on the support set out in the costed delivery plan. Unused hours may be banked for up to "
        "twelve weeks and used for planned extra support; unused money above the contingency is "
        "returned to the council at the end of each financial year in line with its surplus "
        "policy.");
    const QString headings[] = { QStringLiteral("2. The personal budget"),
        QStringLiteral("3. Outcomes and the costed delivery plan"),
        QStringLiteral("4. What may be banked"), QStringLiteral("5. Contingencies"),
        QStringLiteral("6. Contribution and how it is collected"),
        QStringLiteral("7. Statements and records"), QStringLiteral("8. Surplus"),
        QStringLiteral("9. Management fee"), QStringLiteral("10. Notice and termination"),
        QStringLiteral("11. Disputes") };
    for (const QString &h : headings) {
        doc.add(Heading { h, 2 });
        doc.add(Paragraph { RichText(clause) });
    }
    doc.add(Heading { QStringLiteral("12. Signatures") });
    doc.add(SignatureBlock {
        QStringLiteral("Signed by the person's representative"), QStringLiteral("Robert Smith") });
    doc.add(SignatureBlock { QStringLiteral("Signed for the provider"), QString() });
    doc.add(SignatureBlock { QStringLiteral("Signed for the council"), QString() });
    return doc;
}

} // namespace samples
