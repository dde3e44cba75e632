// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
// Notification letters: excess balance (or surplus held too long) to the case worker,
// contribution arrears to the care manager, notice of termination to the council.
// Figures are worked out again from the ledger and the agreement at the date the alert
// was last seen, so that a letter always states what the rules saw.
#include "core/ledger/LedgerQueries.h"
#include "core/rules/Contributions.h"
#include "core/rules/alerts/AlertStore.h"
#include "core/statements/StatementData.h"
#include "core/statements/StatementFacts.h"
#include "core/storage/AgreementStore.h"
#include "core/storage/PersonStore.h"
#include "core/storage/ProviderFile.h"
#include "core/storage/ReferenceStore.h"
#include "core/time/Clock.h"
#include "core/time/Dates.h"
#include "core/util/Errors.h"
#include "reports/documents/DocumentCommon.h"
#include "reports/documents/Statements.h"

#include <algorithm>

namespace isf::reports {

using namespace detail;

namespace {

QString weeksOf(int n)
{
    return n == 1 ? QStringLiteral("1 week's") : QStringLiteral("%1 weeks'").arg(n);
}

struct Recipient {
    QString name; // may be empty
    QString role; // "Case worker"
    QString contact;
};

struct Letter {
    Provider provider;
    Person person;
    Council council;
    QDate today;
};

Letter letterFor(const ProviderFile &file, Id personId)
{
    Letter l;
    l.provider = loadProvider(file);
    const auto person = personById(file, personId);
    if (!person)
        throw InputError(QStringLiteral("There is no person with id %1.").arg(personId));
    l.person = *person;
    l.council = councilById(file, person->councilId).value_or(Council());
    l.today = file.clock().today();
    return l;
}

// Letterhead, addressee, date, reference line and salutation.
Document opening(const Letter &l, const Recipient &to, const QString &title, const QString &about)
{
    Document doc = personDocument(l.provider, l.person, title, l.today);
    QStringList address;
    address << (to.name.isEmpty() ? to.role : to.name);
    if (!to.name.isEmpty())
        address << to.role;
    if (!l.council.name.isEmpty())
        address << l.council.name;
    for (const QString &line : l.council.address.split(u'\n', Qt::SkipEmptyParts))
        address << line.trimmed();
    if (!to.contact.isEmpty())
        address << to.contact;
    doc.add(Paragraph { RichText(address.join(u'\n')) });
    doc.add(Spacer { 3 });
    doc.add(Paragraph { RichText(longDate(l.today)), Align::Right });
    QString ref = QStringLiteral("our reference %1").arg(l.person.ref);
    if (!l.person.councilRef.isEmpty())
        ref += QStringLiteral(", your reference ") + l.person.councilRef;
    doc.add(Paragraph {
        RichText().bold(QStringLiteral("%1 (%2): %3").arg(l.person.fullName(), ref, about)) });
    doc.add(Paragraph {
        RichText(QStringLiteral("Dear %1,")
                     .arg(to.name.isEmpty() ? QStringLiteral("colleague") : to.name)) });
    return doc;
}

void closing(Document &doc, const Letter &l)
{
    QString contact = providerContact(l.provider);
    doc.add(Paragraph { RichText(contact.isEmpty()
            ? QStringLiteral("If you have any questions, please contact our finance team.")
            : QStringLiteral("If you have any questions, please contact our finance team on %1.")
                  .arg(contact)) });
    doc.add(Paragraph { RichText(QStringLiteral("Yours sincerely,")) });
    doc.add(Spacer { 14 });
    doc.add(Paragraph { RichText(QStringLiteral("Finance team\n") + l.provider.name) });
}

KeyValueGrid figures()
{
    KeyValueGrid g;
    g.keyShare = 0.62;
    g.widthShare = 0.75;
    g.valueAlign = Align::Right;
    return g;
}

Document balanceLetter(const ProviderFile &file, const AlertRecord &record)
{
    const Letter l = letterFor(file, record.alert.personId);
    const bool held = record.alert.rule == u"surplus_held";
    const QDate asOf = record.lastSeenOn.isValid() ? record.lastSeenOn : l.today;
    const FactsReader reader(file);
    const PersonFacts facts = reader.read(l.person, l.council, asOf).factsAt(asOf);
    const Policy &policy = facts.policy;
    const Money balance = balanceAt(file, l.person.id, asOf);
    const Money weekly = facts.timeline.isEmpty() ? Money() : facts.timeline.limitBudgetOn(asOf);
    const int weeks = held ? policy.effectiveFloorWeeks() : policy.capWeeks;
    const Money limit = weekly * weeks;
    const Money over = balance - limit;
    const Agreement *agreement
        = facts.timeline.isEmpty() ? nullptr : &facts.timeline.versionOn(asOf);

    Document doc = opening(l,
        { l.person.caseWorkerName, QStringLiteral("Case worker"), l.person.caseWorkerContact },
        held ? QStringLiteral("Notification: surplus held in an Individual Service Fund")
             : QStringLiteral("Notification: Individual Service Fund balance over the limit"),
        held ? QStringLiteral("surplus held for more than %1 weeks").arg(policy.holdWeeks)
             : QStringLiteral("balance over %1 budget").arg(weeksOf(policy.capWeeks)));
    const QString council
        = l.council.name.isEmpty() ? QStringLiteral("the council") : l.council.name;
    doc.add(Paragraph { RichText(
        QStringLiteral("We hold an Individual Service Fund for %1 under an agreement with %2. "
                       "The council's rules ask us to tell you when the fund's balance is more "
                       "than %3 budget%4, and either to explain why it is needed or to return the "
                       "excess.")
            .arg(l.person.fullName(), council, weeksOf(weeks),
                held ? QStringLiteral(" for more than %1 weeks in a row").arg(policy.holdWeeks)
                     : QString())) });
    KeyValueGrid g = figures();
    g.add(QStringLiteral("Balance at the end of %1").arg(longDate(asOf)), money(balance));
    g.add(QStringLiteral("Weekly ISF budget"), perWeek(weekly));
    g.add(QStringLiteral("Limit: %1 budget").arg(weeksOf(weeks)), money(limit));
    g.add(QStringLiteral("Over the limit by"), money(over), true);
    g.add(held ? QStringLiteral("Held too long since") : QStringLiteral("Over the limit since"),
        longDate(record.alert.since));
    if (agreement && !agreement->contingency.isZero())
        g.add(QStringLiteral("Set aside for contingencies"), money(agreement->contingency));
    doc.add(std::move(g));
    if (agreement && !agreement->contingencyNote.isEmpty())
        doc.add(Paragraph { RichText(QStringLiteral("The agreement sets money aside for: "))
                                .plain(agreement->contingencyNote) });
    if (record.status == AlertStatus::Acknowledged && !record.ackNote.isEmpty()) {
        doc.add(Paragraph {
            RichText(QStringLiteral("Why the balance is held: ")).bold(record.ackNote) });
        doc.add(Paragraph { RichText(QStringLiteral(
            "Please let us know if you do not agree that the balance should be kept; otherwise "
            "we will keep it for this purpose and show it on every statement.")) });
    } else {
        doc.add(Paragraph {
            RichText(QStringLiteral("Unless you agree that the money is needed "
                                    "(for example for planned extra support), "
                                    "we propose to return "))
                .bold(money(std::max(over, Money())))
                .plain(
                    QStringLiteral(" to %1. Please let us know within 14 days.").arg(council)) });
    }
    closing(doc, l);
    return doc;
}

Document arrearsLetter(const ProviderFile &file, const AlertRecord &record)
{
    const Letter l = letterFor(file, record.alert.personId);
    const QDate asOf = record.lastSeenOn.isValid() ? record.lastSeenOn : l.today;
    const FactsReader reader(file);
    const PersonFacts facts = reader.read(l.person, l.council, asOf).factsAt(asOf);
    const ContributionPosition position = contributionPositionOf(facts, asOf);
    const int weeks = facts.policy.arrearsWeeks;
    const Money limit = position.weeklyInForce * weeks;

    Document doc = opening(l,
        { l.person.careManagerName, QStringLiteral("Care manager"), l.person.careManagerContact },
        QStringLiteral("Notification: contribution arrears"),
        QStringLiteral("assessed contribution not paid"));
    doc.add(Paragraph { RichText(
        QStringLiteral("%1 has been assessed to pay %2 towards the cost of their support, which "
                       "we collect for the council. Contributions owed have been more than %3 "
                       "contribution since %4, so we are letting you know, as the council's "
                       "guidance asks.")
            .arg(l.person.fullName(), perWeek(position.weeklyInForce), weeksOf(weeks),
                longDate(record.alert.since))) });
    KeyValueGrid g = figures();
    g.add(QStringLiteral("Contributions due to %1").arg(longDate(asOf)), money(position.due));
    g.add(QStringLiteral("Contributions received"), money(position.received));
    g.add(QStringLiteral("Owed"), money(position.arrears()), true);
    g.add(QStringLiteral("Limit: %1 contribution").arg(weeksOf(weeks)), money(limit));
    g.add(QStringLiteral("Over the limit by"), money(position.arrears() - limit));
    doc.add(std::move(g));

    // The last eight weeks, so the pattern of payment is plain.
    const std::vector<ContributionDue> due = contributionsDue(facts, asOf);
    const std::vector<ContributionReceipt> received = contributionsReceived(facts);
    const std::size_t from = due.size() > 8 ? due.size() - 8 : 0;
    if (from < due.size()) {
        Table t;
        t.caption = QStringLiteral("Recent weeks");
        t.addColumn(QStringLiteral("Week from"), 2.0)
            .addColumn(QStringLiteral("Due"), 1.5, Align::Right)
            .addColumn(QStringLiteral("Received that week"), 2.0, Align::Right);
        for (std::size_t i = from; i < due.size(); ++i) {
            Money in;
            for (const ContributionReceipt &r : received)
                if (due[i].week.contains(r.date))
                    in += r.amount;
            t.addRow({ longDate(due[i].due), money(due[i].amount), money(in) });
        }
        doc.add(std::move(t));
    }
    doc.add(Paragraph { RichText(QStringLiteral(
        "We will continue to ask for payment and to pursue the debt. Please look into this with "
        "%1%2; if the contribution is not paid, the council may need to consider how it is "
        "collected in future.")
                                     .arg(l.person.fullName(),
                                         l.person.representativeName.isEmpty()
                                             ? QString()
                                             : QStringLiteral(" and their representative, ")
                                                 + l.person.representativeName)) });
    closing(doc, l);
    return doc;
}

QString partyName(const QString &code)
{
    if (code == u"provider")
        return QStringLiteral("The provider (us)");
    if (code == u"council")
        return QStringLiteral("The council");
    if (code == u"person")
        return QStringLiteral("The person");
    return code.isEmpty() ? code : code.front().toUpper() + code.mid(1);
}

} // namespace

QStringList letterRules()
{
    return { QStringLiteral("excess_balance"), QStringLiteral("surplus_held"),
        QStringLiteral("contribution_arrears") };
}

Document letterDocument(const ProviderFile &file, Id alertId)
{
    const auto record = alertRecord(file, alertId);
    if (!record)
        throw InputError(
            QStringLiteral("There is no alert %1 in the alerts register.").arg(alertId));
    const QString rule = record->alert.rule;
    if (rule == u"excess_balance" || rule == u"surplus_held")
        return balanceLetter(file, *record);
    if (rule == u"contribution_arrears")
        return arrearsLetter(file, *record);
    throw InputError(
        QStringLiteral("Alert %1 is \"%2\": letters are written for excess balance, surplus held "
                       "too long and contribution arrears (for notice of termination, use the "
                       "agreement).")
            .arg(alertId)
            .arg(alertTitle(rule).toLower()));
}

Document noticeLetterDocument(const ProviderFile &file, Id agreementId)
{
    const auto agreement = agreementById(file, agreementId);
    if (!agreement)
        throw InputError(QStringLiteral("There is no agreement with id %1.").arg(agreementId));
    if (!agreement->noticeGivenOn.isValid())
        throw InputError(QStringLiteral("No notice has been given on agreement %1 (version %2): "
                                        "give notice first.")
                             .arg(agreementId)
                             .arg(agreement->version));
    const Agreement &a = *agreement;
    const Letter l = letterFor(file, a.personId);
    const Policy policy = a.effectivePolicy(l.council.policy);
    const bool safeguarding = a.noticeReason.startsWith(QStringLiteral("Safeguarding"));
    Document doc = opening(l,
        { l.person.careManagerName,
            l.person.careManagerName.isEmpty() ? QStringLiteral("Locality team")
                                               : QStringLiteral("Care manager"),
            l.person.careManagerContact },
        QStringLiteral("Notice of termination of an Individual Service Fund agreement"),
        QStringLiteral("notice of termination"));
    doc.add(Paragraph { RichText(
        QStringLiteral("We write to confirm that notice has been given to end the Individual "
                       "Service Fund agreement for %1 (version %2, in force from %3).")
            .arg(l.person.fullName())
            .arg(a.version)
            .arg(longDate(a.effectiveFrom.isValid() ? a.effectiveFrom : a.startDate))) });
    KeyValueGrid g = figures();
    g.keyShare = 0.5;
    g.widthShare = 0.85;
    g.valueAlign = Align::Left;
    g.add(QStringLiteral("Notice given by"), partyName(a.noticeGivenBy));
    g.add(QStringLiteral("Notice given on"), longDate(a.noticeGivenOn));
    g.add(QStringLiteral("Reason"), a.noticeReason);
    g.add(QStringLiteral("Notice period"),
        safeguarding ? QStringLiteral("None: with immediate effect (safeguarding)")
                     : weeksOf(policy.noticeWeeks)
                           .replace(QStringLiteral("'s"), QString())
                           .replace(QStringLiteral("s'"), QStringLiteral("s")));
    g.add(QStringLiteral("Last day of the agreement"), longDate(a.noticeEndsOn), true);
    if (a.status == AgreementStatus::Ended && a.endedOn.isValid())
        g.add(QStringLiteral("Ended on"), longDate(a.endedOn));
    const QDate balanceDay = std::min(l.today, a.noticeEndsOn);
    g.add(QStringLiteral("Fund balance at the end of %1").arg(longDate(balanceDay)),
        money(balanceAt(file, l.person.id, balanceDay)));
    doc.add(std::move(g));
    doc.add(Paragraph { RichText(
        QStringLiteral("No council payment should cover any day after %1. After the last day we "
                       "will pay for support delivered up to then, return the unspent balance to "
                       "the council and send a final statement to %2 and to you.")
            .arg(longDate(a.noticeEndsOn), l.person.fullName())) });
    closing(doc, l);
    return doc;
}

} // namespace isf::reports
