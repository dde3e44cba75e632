// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
// The statement of a person's fund for one period (10 pt).
#include "core/statements/StatementData.h"
#include "core/time/Dates.h"
#include "reports/documents/CouncilFacts.h"
#include "reports/documents/DocumentCommon.h"
#include "reports/documents/Statements.h"

#include <QRegularExpression>

namespace isf::reports {

using namespace detail;

namespace {

QString entryNo(Id id)
{
    return QString::number(id);
}

QString describeItem(const StatementItem &item, bool withRate)
{
    QString text = item.description;
    if (withRate && item.rate && item.hours && !item.isReversal)
        text += (text.isEmpty() ? QString() : QStringLiteral(", "))
            + QStringLiteral("%1 an hour").arg(money(*item.rate));
    if (!item.reference.isEmpty())
        text += (text.isEmpty() ? QString() : QStringLiteral(" · ")) + QStringLiteral("ref ")
            + item.reference;
    if (item.isReversal) {
        QString what = QStringLiteral("Reversal of entry %1").arg(item.reversesId);
        if (item.reversesDate.isValid())
            what += QStringLiteral(" of %1").arg(ukDate(item.reversesDate));
        if (!item.reason.isEmpty())
            what += QStringLiteral(": ") + item.reason;
        text = text.isEmpty() ? what : what + QStringLiteral(" (") + text + u')';
    } else if (item.reversedById) {
        text += item.reversedOn.isValid()
            ? QStringLiteral(" (reversed on %1 by entry %2)")
                  .arg(ukDate(item.reversedOn))
                  .arg(item.reversedById)
            : QStringLiteral(" (reversed later by entry %1)").arg(item.reversedById);
    }
    return text;
}

// The rules write dates the ISO way (2026-10-06); paper shows 06/10/2026.
QString withUkDates(QString text)
{
    static const QRegularExpression iso(QStringLiteral("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b"));
    return text.replace(iso, QStringLiteral("\\3/\\2/\\1"));
}

RowStyle styleOf(const StatementItem &item)
{
    return item.isReversal ? RowStyle::Reversal : RowStyle::Normal;
}

void addDetails(Document &doc, const StatementData &s)
{
    KeyValueGrid grid;
    grid.keyShare = 0.3;
    grid.add(QStringLiteral("Statement for"),
        QStringLiteral("%1 (reference %2)").arg(s.person.fullName(), s.person.ref));
    QString council = s.council.name;
    if (!s.person.councilRef.isEmpty())
        council += QStringLiteral(", reference ") + s.person.councilRef;
    if (!council.isEmpty())
        grid.add(QStringLiteral("Funded by"), council);
    grid.add(QStringLiteral("Period"),
        QStringLiteral("%1 (%2 statement)").arg(s.period.describe(), cycleName(s.cycle)));
    if (s.agreement) {
        grid.add(QStringLiteral("Agreement"),
            QStringLiteral("Version %1, in force from %2")
                .arg(s.agreement->version)
                .arg(longDate(s.agreement->effectiveFrom.isValid() ? s.agreement->effectiveFrom
                                                                   : s.agreement->startDate)));
        grid.add(QStringLiteral("Weekly ISF budget"), perWeek(s.weeklyBudget));
    }
    doc.add(std::move(grid));
}

void addSummary(Document &doc, const StatementData &s)
{
    doc.add(Heading { QStringLiteral("Summary") });
    KeyValueGrid grid;
    grid.keyShare = 0.7;
    grid.widthShare = 0.75;
    grid.valueAlign = Align::Right;
    grid.add(QStringLiteral("Opening balance on %1").arg(longDate(s.period.first.addDays(-1))),
        money(s.opening));
    grid.add(QStringLiteral("Money in"), money(s.totalIn));
    grid.add(QStringLiteral("Money out"), money(s.totalOut));
    grid.add(QStringLiteral("Closing balance on %1").arg(longDate(s.period.last)), money(s.closing),
        true);
    doc.add(std::move(grid));
    QString note = QStringLiteral("%1 entries in the period").arg(s.entries);
    if (s.entries == 1)
        note = QStringLiteral("1 entry in the period");
    if (s.reversals > 0)
        note += s.reversals == 1 ? QStringLiteral(", 1 of them a reversal")
                                 : QStringLiteral(", %1 of them reversals").arg(s.reversals);
    note += QStringLiteral(". Opening balance + money in - money out = closing balance.");
    doc.add(Paragraph { RichText(note), Align::Left, 0.85 });
}

void addMoneyIn(Document &doc, const StatementData &s)
{
    doc.add(Heading { QStringLiteral("Money in") });
    if (s.moneyIn.empty()) {
        doc.add(Paragraph { RichText(QStringLiteral("No money came in during the period.")) });
        return;
    }
    Table t;
    t.caption = QStringLiteral("Receipts, by kind");
    t.addColumn(QStringLiteral("Entry"), 0.9)
        .addColumn(QStringLiteral("Date"), 1.45)
        .addColumn(QStringLiteral("Details"), 6.2)
        .addColumn(QStringLiteral("Amount"), 1.9, Align::Right);
    for (const StatementSection &section : s.moneyIn) {
        t.addRow({ section.name }, RowStyle::Section);
        for (const StatementItem &item : section.items)
            t.addRow({ entryNo(item.txnId), ukDate(item.date), describeItem(item, false),
                         money(item.amount) },
                styleOf(item));
        if (s.moneyIn.size() > 1)
            t.addRow({ QString(), QString(), QStringLiteral("Total ") + section.name.toLower(),
                         money(section.total) },
                RowStyle::Total);
    }
    t.addRow({ QString(), QString(), QStringLiteral("Total money in"), money(s.totalIn) },
        RowStyle::Total);
    doc.add(std::move(t));
}

void addMoneyOut(Document &doc, const StatementData &s)
{
    doc.add(Heading { QStringLiteral("Money out") });
    if (s.moneyOut.empty()) {
        doc.add(Paragraph { RichText(QStringLiteral("No money was spent during the period.")) });
        return;
    }
    Table t;
    t.caption = QStringLiteral("Payments, by category");
    t.addColumn(QStringLiteral("Entry"), 0.9)
        .addColumn(QStringLiteral("Date"), 1.45)
        .addColumn(QStringLiteral("Supplier"), 2.2)
        .addColumn(QStringLiteral("Description"), 3.0)
        .addColumn(QStringLiteral("Hours"), 1.0, Align::Right)
        .addColumn(QStringLiteral("Amount"), 1.9, Align::Right);
    for (const StatementSection &section : s.moneyOut) {
        t.addRow({ section.name }, RowStyle::Section);
        Hours hours;
        bool anyHours = false;
        for (const StatementItem &item : section.items) {
            if (item.hours) {
                hours += *item.hours;
                anyHours = true;
            }
            t.addRow(
                { entryNo(item.txnId), ukDate(item.date), item.supplier, describeItem(item, true),
                    item.hours ? item.hours->toString() : QString(), money(item.amount) },
                styleOf(item));
        }
        t.addRow({ QString(), QString(), QString(), QStringLiteral("Total ") + section.name,
                     anyHours ? hours.toString() : QString(), money(section.total) },
            RowStyle::Total);
    }
    t.addRow({ QString(), QString(), QString(), QStringLiteral("Total money out"), QString(),
                 money(s.totalOut) },
        RowStyle::Total);
    doc.add(std::move(t));
}

void addSetAside(Document &doc, const StatementData &s)
{
    doc.add(Heading { QStringLiteral("Money set aside") });
    KeyValueGrid grid;
    grid.keyShare = 0.7;
    grid.widthShare = 0.75;
    grid.valueAlign = Align::Right;
    grid.add(QStringLiteral("For contingencies and planned extra need"), money(s.contingency));
    if (s.agreement && !s.allowedToKeep.isZero()) {
        grid.add(
            QStringLiteral("Limit set by the council (%1 budget)")
                .arg(s.policy.capWeeks == 1 ? QStringLiteral("1 week's")
                                            : QStringLiteral("%1 weeks'").arg(s.policy.capWeeks)),
            money(s.allowedToKeep));
        if (s.closing > s.allowedToKeep)
            grid.add(QStringLiteral("Held above that at the end of the period"),
                money(s.closing - s.allowedToKeep));
    }
    KeepTogether block;
    block.add(std::move(grid));
    if (!s.contingencyNote.isEmpty())
        block.add(Paragraph {
            RichText(QStringLiteral("What the contingency is for: ")).plain(s.contingencyNote) });
    doc.add(std::move(block));
}

void addHours(Document &doc, const StatementData &s)
{
    doc.add(Heading { QStringLiteral("Hours of support") });
    const StatementHours &h = s.hours;
    if (!h.planInHours) {
        doc.add(Paragraph {
            RichText(QStringLiteral("The delivery plan does not set support in hours.")) });
        return;
    }
    if (h.weeks == 0) {
        doc.add(Paragraph { RichText(
            QStringLiteral("No week of the agreement ended in this period, so no hours are "
                           "counted on this statement.")) });
        return;
    }
    KeepTogether block;
    block.add(Paragraph { RichText(QStringLiteral("For the %1 of the agreement from %2 to %3.")
                                       .arg(weeksText(h.weeks), longDate(h.weeksCovered.first),
                                           longDate(h.weeksCovered.last))) });
    KeyValueGrid grid;
    grid.keyShare = 0.7;
    grid.widthShare = 0.75;
    grid.valueAlign = Align::Right;
    grid.add(QStringLiteral("Hours planned"), h.planned.toString());
    grid.add(QStringLiteral("Hours delivered against the plan"), h.delivered.toString());
    if (!h.unplanned.isZero())
        grid.add(QStringLiteral("Hours delivered outside the plan"), h.unplanned.toString());
    if (h.hasBank) {
        grid.add(QStringLiteral("Banked hours at the start"), h.bankAtStart.toString());
        grid.add(QStringLiteral("Unused hours banked"), h.banked.toString());
        grid.add(QStringLiteral("Banked hours used"), h.drawn.toString());
        if (!h.expired.isZero())
            grid.add(QStringLiteral("Banked hours expired"), h.expired.toString());
        grid.add(QStringLiteral("Banked hours at the end"), h.bankAtEnd.toString(), true);
    }
    block.add(std::move(grid));
    doc.add(std::move(block));
}

void addContribution(Document &doc, const StatementData &s)
{
    doc.add(Heading { QStringLiteral("Contribution") });
    const StatementContributions &c = s.contributions;
    if (!c.applies) {
        doc.add(Paragraph { RichText(QStringLiteral("No contribution has been assessed.")) });
        return;
    }
    KeyValueGrid grid;
    grid.keyShare = 0.7;
    grid.widthShare = 0.75;
    grid.valueAlign = Align::Right;
    grid.add(QStringLiteral("Weekly contribution"), money(c.weeklyInForce));
    grid.add(QStringLiteral("Due in the period"), money(c.dueInPeriod));
    grid.add(QStringLiteral("Paid in the period"), money(c.paidInPeriod));
    const Money owed = c.owed();
    if (owed.isNegative())
        grid.add(
            QStringLiteral("Paid ahead at %1").arg(longDate(s.period.last)), money(-owed), true);
    else
        grid.add(QStringLiteral("Owed at %1").arg(longDate(s.period.last)), money(owed), true);
    doc.add(std::move(grid));
    if (s.agreement && s.agreement->contributionKind == ContributionKind::Percent)
        doc.add(
            Paragraph { RichText(percentContributionText(*s.agreement, s.period.last) + u'.') });
    if (!c.collection.isEmpty())
        doc.add(
            Paragraph { RichText(QStringLiteral("How it is collected: ")).plain(c.collection) });
}

QString statusText(const StatementAlert &a)
{
    switch (a.status) {
    case AlertStatus::Acknowledged:
        return a.note.isEmpty() ? QStringLiteral("Explained")
                                : QStringLiteral("Explained: ") + a.note;
    case AlertStatus::Resolved:
        return QStringLiteral("Resolved");
    case AlertStatus::Open:
        break;
    }
    return QStringLiteral("Open");
}

void addAlerts(Document &doc, const StatementData &s)
{
    doc.add(Heading { QStringLiteral("Alerts") });
    if (s.alerts.empty()) {
        doc.add(Paragraph { RichText(QStringLiteral(
            "None: at the end of the period the fund was within the council's rules.")) });
        return;
    }
    Table t;
    t.caption = QStringLiteral("Alerts at %1").arg(longDate(s.period.last));
    t.addColumn(QStringLiteral("Alert"), 2.2)
        .addColumn(QStringLiteral("Since"), 1.5)
        .addColumn(QStringLiteral("Details"), 4.0)
        .addColumn(QStringLiteral("Status"), 2.0);
    for (const StatementAlert &a : s.alerts)
        t.addRow({ a.title, ukDate(a.since), withUkDates(a.detail), statusText(a) });
    doc.add(std::move(t));
}

} // namespace

Document statementDocument(const StatementData &s)
{
    Document doc = personDocument(s.provider, s.person,
        QStringLiteral("Individual Service Fund statement: %1").arg(s.period.describe()),
        s.generatedOn);
    doc.footerNote = withKey(doc.footerNote, s.providerKey);
    addDetails(doc, s);
    addSummary(doc, s);
    addMoneyIn(doc, s);
    addMoneyOut(doc, s);
    addSetAside(doc, s);
    addHours(doc, s);
    addContribution(doc, s);
    addAlerts(doc, s);
    doc.add(Spacer { 4 });
    QString closing = s.reversals > 0
        ? QStringLiteral("Rows on a tinted band, marked at the left edge, are reversals: each "
                         "undoes an earlier entry, which stays on record. ")
        : QString();
    closing += QStringLiteral(
        "Please tell us within 28 days if anything on this statement looks wrong");
    const QString contact = providerContact(s.provider);
    closing += contact.isEmpty() ? QStringLiteral(".") : QStringLiteral(": ") + contact + u'.';
    doc.add(Paragraph { RichText(closing), Align::Left, 0.85 });
    return doc;
}

Document statementDocument(const ProviderFile &file, Id personId, const Period &period)
{
    return statementDocument(buildStatement(file, personId, period));
}

} // namespace isf::reports
