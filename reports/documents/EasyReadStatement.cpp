// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
// The easy-read statement: 14 pt, short sentences one to a line, plain words, a picture
// of money in against money out, and at most two pages whatever the period held:
// spending is shown by kind (the biggest few, then the rest together) and alerts as at
// most four sentences. If a fuller statement would still run over two pages (long names
// and addresses), it is laid out again in a shorter form.
#include "core/statements/StatementData.h"
#include "core/time/Dates.h"
#include "reports/documents/DocumentCommon.h"
#include "reports/documents/Statements.h"
#include "reports/layout/Charts.h"
#include "reports/layout/Paginator.h"
#include "reports/layout/Renderer.h"

#include <QBuffer>
#include <QPdfWriter>
#include <QSet>

#include <algorithm>

namespace isf::reports {

using namespace detail;

namespace {

// How much to say: Full first, Short when Full runs over two pages.
enum class Detail { Full, Short };

// Sentences, one to a line, as one paragraph (no space between them but the line).
class Lines {
public:
    Lines &line(
        const QString &before, const QString &bold = QString(), const QString &after = QString())
    {
        if (!m_text.isEmpty())
            m_text.plain(QStringLiteral("\n"));
        m_text.plain(before).bold(bold).plain(after);
        return *this;
    }
    bool isEmpty() const { return m_text.isEmpty(); }
    Paragraph paragraph() const { return Paragraph { m_text }; }

private:
    RichText m_text;
};

KeyValueGrid moneyGrid()
{
    KeyValueGrid grid;
    grid.keyShare = 0.6;
    grid.widthShare = 0.8;
    grid.valueAlign = Align::Right;
    return grid;
}

void addMoneyIn(Document &doc, const StatementData &s)
{
    doc.add(Heading { QStringLiteral("Money in"), 2 });
    Lines lines;
    if (s.moneyIn.empty())
        lines.line(QStringLiteral("No money came in this time."));
    for (const StatementSection &section : s.moneyIn) {
        switch (section.kind) {
        case TxnKind::CouncilPayment:
            lines.line(
                QStringLiteral("The council paid "), money(section.total), QStringLiteral("."));
            break;
        case TxnKind::Contribution:
            lines.line(QStringLiteral("You paid "), money(section.total),
                QStringLiteral(" towards your support."));
            break;
        case TxnKind::OpeningBalance:
            lines.line(QStringLiteral("Money you already had: "), money(section.total),
                QStringLiteral("."));
            break;
        default:
            lines.line(
                QStringLiteral("Other money in: "), money(section.total), QStringLiteral("."));
            break;
        }
    }
    doc.add(lines.paragraph());
}

void addMoneyOut(Document &doc, const StatementData &s, Detail detail)
{
    doc.add(Heading { QStringLiteral("Money out"), 2 });
    std::vector<const StatementSection *> spending;
    const StatementSection *returned = nullptr;
    for (const StatementSection &section : s.moneyOut) {
        if (section.kind == TxnKind::ReturnToCouncil)
            returned = &section;
        else
            spending.push_back(&section);
    }
    if (spending.empty() && !returned) {
        doc.add(Paragraph { RichText(QStringLiteral("No money was spent this time.")) });
        return;
    }
    std::stable_sort(spending.begin(), spending.end(),
        [](const StatementSection *a, const StatementSection *b) { return a->total > b->total; });
    const std::size_t rows = detail == Detail::Full ? 5 : 3;
    KeyValueGrid grid = moneyGrid();
    Money rest;
    for (std::size_t i = 0; i < spending.size(); ++i) {
        if (i < rows || spending.size() == rows + 1)
            grid.add(spending[i]->name, money(spending[i]->total));
        else
            rest += spending[i]->total;
    }
    if (spending.size() > rows + 1)
        grid.add(QStringLiteral("Everything else"), money(rest));
    if (returned)
        grid.add(QStringLiteral("Given back to the council"), money(returned->total));
    // The list on one page when there is room (the fuller form); split in the shorter one.
    KeepTogether list;
    if (!spending.empty())
        list.add(Paragraph { RichText(QStringLiteral("We spent your money on:")) });
    list.add(std::move(grid));
    if (detail == Detail::Full)
        doc.add(std::move(list));
    else
        for (const Block &b : list.blocks)
            doc.add(b);
}

void addHours(Document &doc, const StatementData &s)
{
    const StatementHours &h = s.hours;
    if (!h.planInHours || h.weeks == 0)
        return;
    doc.add(Heading { QStringLiteral("Hours of support"), 2 });
    Lines lines;
    lines.line(QStringLiteral("You were meant to have "), hoursText(h.planned),
        QStringLiteral(" of support."));
    lines.line(
        QStringLiteral("You had "), hoursText(h.delivered + h.unplanned), QStringLiteral("."));
    if (h.hasBank) {
        if (!h.banked.isZero())
            lines.line(QStringLiteral("We saved "), hoursText(h.banked),
                QStringLiteral(" for you to use later."));
        if (!h.drawn.isZero())
            lines.line(QStringLiteral("You used "), hoursText(h.drawn),
                QStringLiteral(" that were saved before."));
        lines.line(
            QStringLiteral("You have "), hoursText(h.bankAtEnd), QStringLiteral(" saved now."));
    }
    doc.add(lines.paragraph());
}

void addContribution(Document &doc, const StatementData &s)
{
    const StatementContributions &c = s.contributions;
    if (!c.applies)
        return;
    doc.add(Heading { QStringLiteral("Your contribution"), 2 });
    Lines lines;
    if (!c.weeklyInForce.isZero())
        lines.line(QStringLiteral("You pay "), perWeek(c.weeklyInForce),
            QStringLiteral(" towards your support."));
    lines.line(QStringLiteral("This time you paid "), money(c.paidInPeriod), QStringLiteral("."));
    const Money owed = c.owed();
    if (owed.isZero())
        lines.line(QStringLiteral("You have paid everything you owe."));
    else if (owed.isNegative())
        lines.line(QStringLiteral("You have paid "), money(-owed),
            QStringLiteral(" more than you needed to so far."));
    else
        lines.line(QStringLiteral("You still owe "), money(owed), QStringLiteral("."));
    doc.add(lines.paragraph());
}

void addSetAside(Document &doc, const StatementData &s)
{
    if (s.contingency.isZero())
        return;
    doc.add(Heading { QStringLiteral("Money kept for later"), 2 });
    doc.add(Paragraph { RichText(QStringLiteral("We keep "))
                            .bold(money(s.contingency))
                            .plain(QStringLiteral(" for times when you need extra support.")) });
}

void addThingsToKnow(Document &doc, const StatementData &s)
{
    QSet<QString> rules;
    for (const StatementAlert &a : s.alerts)
        rules.insert(a.rule);
    Lines lines;
    if (rules.contains(QStringLiteral("excess_balance"))
        || rules.contains(QStringLiteral("surplus_held")))
        lines.line(QStringLiteral("You have more money left than the council allows. We will "
                                  "talk to your case worker about it."));
    if (rules.contains(QStringLiteral("overspend")))
        lines.line(QStringLiteral("More money was spent than you had. We will put this right."));
    if (rules.contains(QStringLiteral("contribution_arrears")))
        lines.line(
            QStringLiteral("You owe money for your contribution. Please talk to us about it."));
    if (rules.contains(QStringLiteral("banked_hours_expiring"))
        || rules.contains(QStringLiteral("banked_hours_cap")))
        lines.line(QStringLiteral("You have a lot of saved hours. Talk to us about using them."));
    if (lines.isEmpty())
        return;
    doc.add(Heading { QStringLiteral("Things to know"), 2 });
    doc.add(lines.paragraph());
}

Document build(const StatementData &s, Detail detail)
{
    Document doc = personDocument(
        s.provider, s.person, QStringLiteral("Your money: ") + s.period.describe(), s.generatedOn);
    doc.footerNote = withKey(doc.footerNote, s.providerKey);
    doc.baseFontPt = Document::kEasyReadFontPt;
    doc.add(Paragraph {
        RichText(QStringLiteral("Hello %1.\nThis tells you about the money for your support from ")
                     .arg(calledName(s.person)))
            .bold(QStringLiteral("%1 to %2")
                      .arg(together(longDate(s.period.first)), together(longDate(s.period.last))))
            .plain(QStringLiteral(".")) });

    doc.add(Heading { QStringLiteral("Money in and money out"), 2 });
    KeepTogether picture;
    picture.add(
        moneyBars({ { QStringLiteral("Money in"), s.totalIn, QColor(0x1f, 0x6f, 0xb4) },
                      { QStringLiteral("Money out"), s.totalOut, QColor(0xe0, 0x7b, 0x1a) } },
            detail == Detail::Full ? 14.0 : 11.0));
    KeyValueGrid summary = moneyGrid();
    summary.add(QStringLiteral("Money at the start"), money(s.opening));
    summary.add(QStringLiteral("Money in"), money(s.totalIn));
    summary.add(QStringLiteral("Money out"), money(s.totalOut));
    summary.add(QStringLiteral("Money left"),
        s.closing.isNegative() ? money(s.closing) + QStringLiteral(" (overspent)")
                               : money(s.closing),
        true);
    picture.add(std::move(summary));
    doc.add(std::move(picture));

    if (detail == Detail::Full)
        addMoneyIn(doc, s);
    addMoneyOut(doc, s, detail);
    addHours(doc, s);
    addContribution(doc, s);
    if (detail == Detail::Full)
        addSetAside(doc, s);
    addThingsToKnow(doc, s);

    doc.add(Heading { QStringLiteral("Questions?"), 2 });
    const QString phone = s.provider.phone;
    doc.add(Paragraph { phone.isEmpty()
            ? RichText(QStringLiteral("If you have a question, ask your support worker."))
            : RichText(QStringLiteral("If you have a question, ask your support worker or ring "
                                      "us on "))
                  .bold(together(phone))
                  .plain(QStringLiteral(".")) });
    return doc;
}

int pagesOf(const Document &doc)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    setUpPdfWriter(writer, doc);
    return PagedLayout(doc, writer).pageCount();
}

} // namespace

Document easyReadStatementDocument(const StatementData &s)
{
    Document doc = build(s, Detail::Full);
    if (pagesOf(doc) > 2)
        doc = build(s, Detail::Short);
    return doc;
}

Document easyReadStatementDocument(const ProviderFile &file, Id personId, const Period &period)
{
    return easyReadStatementDocument(buildStatement(file, personId, period));
}

} // namespace isf::reports
