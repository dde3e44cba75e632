// The easy-read statement: 14 pt, short sentences, plain words, a picture of money in
// against money out, and at most two pages whatever the period held (spending is shown
// by kind, the biggest five and the rest together; alerts as at most four sentences).
#include "documents/DocumentCommon.h"
#include "documents/Statements.h"
#include "layout/Charts.h"
#include "statements/StatementData.h"
#include "time/Dates.h"

#include <QSet>

#include <algorithm>

namespace isf::reports {

using namespace detail;

namespace {

constexpr std::size_t kSpendingRows = 5;

QString dayText(const QDate &d)
{
    return together(longDate(d));
}

Paragraph sentence(const QString &before, const QString &bold, const QString &after)
{
    return Paragraph { RichText(before).bold(bold).plain(after) };
}

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
    if (s.moneyIn.empty()) {
        doc.add(Paragraph { RichText(QStringLiteral("No money came in this time.")) });
        return;
    }
    for (const StatementSection &section : s.moneyIn) {
        switch (section.kind) {
        case TxnKind::CouncilPayment:
            doc.add(sentence(
                QStringLiteral("The council paid "), money(section.total), QStringLiteral(".")));
            break;
        case TxnKind::Contribution:
            doc.add(sentence(QStringLiteral("You paid "), money(section.total),
                QStringLiteral(" towards your support.")));
            break;
        case TxnKind::OpeningBalance:
            doc.add(sentence(QStringLiteral("Money you already had: "), money(section.total),
                QStringLiteral(".")));
            break;
        default:
            doc.add(sentence(
                QStringLiteral("Other money in: "), money(section.total), QStringLiteral(".")));
            break;
        }
    }
}

void addMoneyOut(Document &doc, const StatementData &s)
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
    KeyValueGrid grid = moneyGrid();
    Money rest;
    for (std::size_t i = 0; i < spending.size(); ++i) {
        if (i < kSpendingRows || spending.size() == kSpendingRows + 1)
            grid.add(spending[i]->name, money(spending[i]->total));
        else
            rest += spending[i]->total;
    }
    if (spending.size() > kSpendingRows + 1)
        grid.add(QStringLiteral("Other things"), money(rest));
    if (returned)
        grid.add(QStringLiteral("Given back to the council"), money(returned->total));
    KeepTogether list;
    if (!spending.empty())
        list.add(Paragraph { RichText(QStringLiteral("We spent your money on:")) });
    list.add(std::move(grid));
    doc.add(std::move(list));
}

void addHours(Document &doc, const StatementData &s)
{
    const StatementHours &h = s.hours;
    if (!h.planInHours || h.weeks == 0)
        return;
    doc.add(Heading { QStringLiteral("Hours of support"), 2 });
    doc.add(sentence(QStringLiteral("You were meant to have "), hoursText(h.planned),
        QStringLiteral(" of support.")));
    doc.add(sentence(
        QStringLiteral("You had "), hoursText(h.delivered + h.unplanned), QStringLiteral(".")));
    if (!h.hasBank)
        return;
    if (!h.banked.isZero())
        doc.add(sentence(QStringLiteral("We saved "), hoursText(h.banked),
            QStringLiteral(" for you to use later.")));
    if (!h.drawn.isZero())
        doc.add(sentence(QStringLiteral("You used "), hoursText(h.drawn),
            QStringLiteral(" that were saved before.")));
    doc.add(sentence(
        QStringLiteral("You have "), hoursText(h.bankAtEnd), QStringLiteral(" saved now.")));
}

void addContribution(Document &doc, const StatementData &s)
{
    const StatementContributions &c = s.contributions;
    if (!c.applies)
        return;
    doc.add(Heading { QStringLiteral("Your contribution"), 2 });
    if (!c.weeklyInForce.isZero())
        doc.add(sentence(QStringLiteral("You pay "), perWeek(c.weeklyInForce),
            QStringLiteral(" towards your support.")));
    doc.add(sentence(
        QStringLiteral("This time you paid "), money(c.paidInPeriod), QStringLiteral(".")));
    const Money owed = c.owed();
    if (owed.isZero())
        doc.add(Paragraph { RichText(QStringLiteral("You have paid everything you owe.")) });
    else if (owed.isNegative())
        doc.add(sentence(QStringLiteral("You have paid "), money(-owed),
            QStringLiteral(" more than you needed to so far.")));
    else
        doc.add(sentence(QStringLiteral("You still owe "), money(owed), QStringLiteral(".")));
}

void addSetAside(Document &doc, const StatementData &s)
{
    if (s.contingency.isZero())
        return;
    doc.add(Heading { QStringLiteral("Money kept for later"), 2 });
    doc.add(sentence(QStringLiteral("We keep "), money(s.contingency),
        QStringLiteral(" for times when you need extra support.")));
}

void addThingsToKnow(Document &doc, const StatementData &s)
{
    QSet<QString> rules;
    for (const StatementAlert &a : s.alerts)
        rules.insert(a.rule);
    QStringList lines;
    if (rules.contains(QStringLiteral("excess_balance"))
        || rules.contains(QStringLiteral("surplus_held")))
        lines << QStringLiteral("You have more money left than the council allows. We will talk "
                                "to your case worker about it.");
    if (rules.contains(QStringLiteral("overspend")))
        lines << QStringLiteral("More money was spent than you had. We will put this right.");
    if (rules.contains(QStringLiteral("contribution_arrears")))
        lines << QStringLiteral("You owe money for your contribution. Please talk to us about it.");
    if (rules.contains(QStringLiteral("banked_hours_expiring"))
        || rules.contains(QStringLiteral("banked_hours_cap")))
        lines << QStringLiteral("You have a lot of saved hours. Talk to us about using them.");
    if (lines.isEmpty())
        return;
    doc.add(Heading { QStringLiteral("Things to know"), 2 });
    for (const QString &line : lines)
        doc.add(Paragraph { RichText(line) });
}

} // namespace

Document easyReadStatementDocument(const StatementData &s)
{
    const QString when
        = QStringLiteral("%1 to %2").arg(dayText(s.period.first), dayText(s.period.last));
    Document doc = personDocument(
        s.provider, s.person, QStringLiteral("Your money: ") + s.period.describe(), s.generatedOn);
    doc.baseFontPt = Document::kEasyReadFontPt;
    doc.add(Paragraph { RichText(QStringLiteral("Hello %1.").arg(calledName(s.person))) });
    doc.add(Paragraph {
        RichText(QStringLiteral("This tells you about the money for your support from "))
            .bold(when)
            .plain(QStringLiteral(".")) });

    doc.add(Heading { QStringLiteral("Money in and money out"), 2 });
    KeepTogether picture;
    picture.add(
        moneyBars({ { QStringLiteral("Money in"), s.totalIn, QColor(0x1f, 0x6f, 0xb4) },
                      { QStringLiteral("Money out"), s.totalOut, QColor(0xe0, 0x7b, 0x1a) } },
            14.0));
    KeyValueGrid summary = moneyGrid();
    summary.add(QStringLiteral("Money at the start"), money(s.opening));
    summary.add(QStringLiteral("Money in"), money(s.totalIn));
    summary.add(QStringLiteral("Money out"), money(s.totalOut));
    summary.add(QStringLiteral("Money left"), money(s.closing), true);
    picture.add(std::move(summary));
    doc.add(std::move(picture));

    addMoneyIn(doc, s);
    addMoneyOut(doc, s);
    addHours(doc, s);
    addContribution(doc, s);
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

Document easyReadStatementDocument(const ProviderFile &file, Id personId, const Period &period)
{
    return easyReadStatementDocument(buildStatement(file, personId, period));
}

} // namespace isf::reports
