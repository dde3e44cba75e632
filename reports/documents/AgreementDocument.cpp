// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
// The Individual Service Fund agreement (Lancashire's FIN3), from one agreement version.
// Contents follow the domain brief's list and the councils' seeds: Lancashire's ISF policy
// (three-party agreement; best-interest decision and council + provider signatures when
// the person lacks capacity and has no representative; no management or shared costs
// from the ISF; notify the council of a balance over 4 weeks) and Dorset's provider guide
// (4 weeks' notice, at once on safeguarding concerns; contribution collected by the
// provider and netted off; up to 4 weeks' budget kept for up to 12 weeks).
#include "core/integrity/ProviderKey.h"
#include "core/storage/AgreementStore.h"
#include "core/storage/PersonStore.h"
#include "core/storage/ProviderFile.h"
#include "core/storage/ReferenceStore.h"
#include "core/time/Clock.h"
#include "core/time/Dates.h"
#include "core/util/Errors.h"
#include "reports/documents/CouncilFacts.h"
#include "reports/documents/DocumentCommon.h"
#include "reports/documents/Statements.h"

namespace isf::reports {

using namespace detail;

namespace {

QString orNotRecorded(const QString &text)
{
    return text.trimmed().isEmpty() ? QStringLiteral("Not recorded") : text;
}

QString contactLine(const QString &name, const QString &contact)
{
    if (name.isEmpty() && contact.isEmpty())
        return QStringLiteral("Not recorded");
    if (contact.isEmpty())
        return name;
    if (name.isEmpty())
        return contact;
    return name + QStringLiteral(" · ") + contact;
}

QString weeksPhrase(int n)
{
    return n == 1 ? QStringLiteral("1 week's") : QStringLiteral("%1 weeks'").arg(n);
}

QString numberWord(int n)
{
    static const char *const words[] = { "no", "one", "two", "three", "four", "five", "six",
        "seven", "eight", "nine", "ten", "eleven", "twelve" };
    return n >= 0 && n <= 12 ? QLatin1String(words[n]) : QString::number(n);
}

QString partyName(const QString &code)
{
    if (code == u"provider")
        return QStringLiteral("the provider");
    if (code == u"council")
        return QStringLiteral("the council");
    if (code == u"person")
        return QStringLiteral("the person");
    return code;
}

// The weekly ISF budget from the version's first day, without temporary uplifts (they
// are listed with their dates).
Money weeklyAtStart(const Agreement &a)
{
    const QDate from = a.effectiveFrom.isValid() ? a.effectiveFrom : a.startDate;
    Money weekly;
    for (const BudgetStep &step : a.budgets)
        if (step.effectiveFrom <= from || !weekly.pence())
            weekly = step.weekly;
    return weekly;
}

struct Parts {
    Provider provider;
    Person person;
    Council council;
    Agreement agreement;
    Policy policy;
    std::vector<Agreement> versions;
    QDate today;
};

KeyValueGrid grid(qreal keyShare = 0.32)
{
    KeyValueGrid g;
    g.keyShare = keyShare;
    return g;
}

void addParties(Document &doc, const Parts &p)
{
    doc.add(Heading { QStringLiteral("1. The parties and contacts") });
    doc.add(Paragraph { RichText(QStringLiteral(
        "This agreement is between the person whose Individual Service Fund (ISF) it is, the "
        "provider who holds and manages the fund for them, and the council that pays it.")) });
    KeyValueGrid g = grid();
    QStringList person { p.person.fullName() };
    if (!p.person.address.isEmpty())
        person << p.person.address;
    if (p.person.dateOfBirth.isValid())
        person << QStringLiteral("Born ") + longDate(p.person.dateOfBirth);
    person << QStringLiteral("Provider's reference ") + p.person.ref
            + (p.person.councilRef.isEmpty()
                    ? QString()
                    : QStringLiteral(" · council's reference ") + p.person.councilRef);
    g.add(QStringLiteral("The person"), person.join(u'\n'));
    if (!p.person.representativeName.isEmpty()) {
        QString rep = p.person.representativeName;
        if (!p.person.representativeRelationship.isEmpty())
            rep += QStringLiteral(" (") + p.person.representativeRelationship + u')';
        if (!p.person.representativeContact.isEmpty())
            rep += u'\n' + p.person.representativeContact;
        g.add(QStringLiteral("Representative"), rep);
    } else {
        g.add(QStringLiteral("Representative"), QStringLiteral("None"));
    }
    QStringList provider { p.provider.name };
    if (!p.provider.address.isEmpty())
        provider << p.provider.address.split(u'\n', Qt::SkipEmptyParts).join(QStringLiteral(", "));
    const QString providerContacts = providerContact(p.provider);
    if (!providerContacts.isEmpty())
        provider << providerContacts;
    g.add(QStringLiteral("The provider"), provider.join(u'\n'));
    QStringList council { p.council.name.isEmpty() ? QStringLiteral("Not recorded")
                                                   : p.council.name };
    if (!p.council.address.isEmpty())
        council << p.council.address.split(u'\n', Qt::SkipEmptyParts).join(QStringLiteral(", "));
    if (!p.council.contactName.isEmpty() || !p.council.contactEmail.isEmpty())
        council << contactLine(p.council.contactName, p.council.contactEmail);
    g.add(QStringLiteral("The council"), council.join(u'\n'));
    g.add(QStringLiteral("Care manager"),
        contactLine(p.person.careManagerName, p.person.careManagerContact));
    g.add(QStringLiteral("Case worker"),
        contactLine(p.person.caseWorkerName, p.person.caseWorkerContact));
    doc.add(std::move(g));
}

void addCapacity(Document &doc, const Parts &p)
{
    doc.add(Heading { QStringLiteral("2. Capacity and best-interest decision") });
    const Person &person = p.person;
    const QString name = person.fullName();
    if (!person.hasCapacity.has_value()) {
        doc.add(Paragraph { RichText(QStringLiteral(
            "%1's capacity to make decisions about how their care needs are met has not been "
            "recorded. It must be assessed before this agreement is signed.")
                                         .arg(name)) });
        return;
    }
    if (*person.hasCapacity) {
        doc.add(Paragraph { RichText(QStringLiteral(
            "%1 has the mental capacity to decide how their care needs are met, agrees this "
            "plan and signs this agreement.")
                                         .arg(name)) });
        return;
    }
    const bool representative = !person.representativeName.isEmpty();
    doc.add(Paragraph { RichText(
        QStringLiteral("%1 does not have the mental capacity to decide how their care needs are "
                       "met. An ISF was chosen through a best-interest decision under the Mental "
                       "Capacity Act 2005:")
            .arg(name)) });
    KeyValueGrid g = grid();
    g.add(QStringLiteral("Decision"), orNotRecorded(person.bestInterestDecision));
    g.add(QStringLiteral("Made by"), orNotRecorded(person.bestInterestBy));
    g.add(QStringLiteral("Date"),
        person.bestInterestDate.isValid() ? longDate(person.bestInterestDate)
                                          : QStringLiteral("Not recorded"));
    doc.add(std::move(g));
    if (representative)
        doc.add(Paragraph { RichText(QStringLiteral(
            "%1 acts for %2 as their representative and signs this agreement for them.")
                                         .arg(person.representativeName, name)) });
    else
        doc.add(Paragraph { RichText(
            QStringLiteral("No representative can be identified, so the delivery plan is agreed "
                           "by the council and the provider, and both sign this agreement. The "
                           "provider makes sure that every decision and plan it makes for %1 "
                           "complies with the Mental Capacity Act 2005 and its Code of Practice.")
                .arg(name)) });
}

void addBudget(Document &doc, const Parts &p)
{
    const Agreement &a = p.agreement;
    doc.add(Heading { QStringLiteral("3. The personal budget") });
    const Money weekly = weeklyAtStart(a);
    Money other;
    for (const OtherBudgetPart &o : a.otherParts)
        other += o.weekly;
    KeyValueGrid g = grid(0.5);
    g.widthShare = 0.8;
    g.valueAlign = Align::Right;
    g.add(QStringLiteral("ISF budget a week"), money(weekly));
    g.add(QStringLiteral("ISF budget a year (52 weeks)"), money(weekly * 52));
    if (!a.otherParts.empty()) {
        g.add(QStringLiteral("Other parts of the personal budget a week"), money(other));
        g.add(QStringLiteral("Whole personal budget a week"), money(weekly + other), true);
    }
    doc.add(std::move(g));
    doc.add(Paragraph { RichText(a.otherParts.empty()
            ? QStringLiteral("The whole personal budget is paid as this ISF.")
            : QStringLiteral("The ISF is %1 of the %2 weekly personal budget; the other parts "
                             "are not paid to the provider:")
                  .arg(perWeek(weekly), money(weekly + other))) });
    if (!a.otherParts.empty()) {
        Table t;
        t.addColumn(QStringLiteral("Other part of the budget"), 4.0)
            .addColumn(QStringLiteral("Arranged by"), 3.0)
            .addColumn(QStringLiteral("A week"), 1.5, Align::Right);
        for (const OtherBudgetPart &o : a.otherParts)
            t.addRow({ o.description, o.arrangedBy, money(o.weekly) });
        doc.add(std::move(t));
    }
    if (a.budgets.size() > 1 || !a.uplifts.empty()) {
        Table t;
        t.caption = QStringLiteral("Changes to the weekly ISF budget");
        t.addColumn(QStringLiteral("From"), 2.0)
            .addColumn(QStringLiteral("To"), 2.0)
            .addColumn(QStringLiteral("What"), 4.5)
            .addColumn(QStringLiteral("A week"), 1.5, Align::Right);
        std::optional<Money> previous;
        for (const BudgetStep &b : a.budgets) {
            if (previous && *previous == b.weekly)
                continue; // a later version restating the same budget
            t.addRow({ longDate(b.effectiveFrom), QString(),
                previous ? QStringLiteral("Weekly budget changed")
                         : QStringLiteral("Weekly budget"),
                money(b.weekly) });
            previous = b.weekly;
        }
        for (const Uplift &u : a.uplifts)
            t.addRow({ longDate(u.firstDay), longDate(u.lastDay),
                QStringLiteral("Temporary uplift")
                    + (u.reason.isEmpty() ? QString() : QStringLiteral(": ") + u.reason),
                QStringLiteral("+") + money(u.weekly) });
        doc.add(std::move(t));
    }
    const QString interval = p.policy.paymentIntervalWeeks == 1
        ? QStringLiteral("every week")
        : QStringLiteral("every %1 weeks").arg(p.policy.paymentIntervalWeeks);
    doc.add(Paragraph { RichText(
        QStringLiteral("The council pays the ISF to the provider %1 %2, net of the person's "
                       "contribution (section 7). The provider keeps it identifiable and "
                       "separately accounted for, and spends it only on %3's agreed support.")
            .arg(interval,
                p.policy.paymentInAdvance ? QStringLiteral("in advance")
                                          : QStringLiteral("in arrears"),
                p.person.fullName())) });
}

void addPlan(Document &doc, const Parts &p)
{
    const Agreement &a = p.agreement;
    doc.add(Heading { QStringLiteral("4. Outcomes and the costed delivery plan") });
    if (!a.outcomes.trimmed().isEmpty()) {
        doc.add(Heading { QStringLiteral("Outcomes"), 3 });
        doc.add(Paragraph { RichText(a.outcomes) });
    }
    if (a.plan.empty()) {
        doc.add(Paragraph { RichText(QStringLiteral("No delivery plan has been costed yet.")) });
        return;
    }
    Table t;
    t.caption = QStringLiteral("Costed delivery plan");
    t.addColumn(QStringLiteral("Outcome"), 2.2)
        .addColumn(QStringLiteral("Service"), 2.2)
        .addColumn(QStringLiteral("Provided by"), 2.2)
        .addColumn(QStringLiteral("Hours a week"), 1.1, Align::Right)
        .addColumn(QStringLiteral("Rate an hour"), 1.2, Align::Right)
        .addColumn(QStringLiteral("Cost a week"), 1.6, Align::Right);
    Money total;
    Hours hours;
    for (const PlanLine &l : a.plan) {
        t.addRow({ l.outcome,
            l.service + (l.bankable ? QStringLiteral(" (hours may be banked)") : QString()),
            l.supplierName.isEmpty() ? p.provider.name : l.supplierName,
            l.hoursPerWeek ? l.hoursPerWeek->toString() : QString(),
            l.hourlyRate ? money(*l.hourlyRate) : QString(), money(l.weeklyCost) });
        total += l.weeklyCost;
        if (l.hoursPerWeek)
            hours += *l.hoursPerWeek;
    }
    t.addRow({ QString(), QStringLiteral("Total"), QString(),
                 hours.isZero() ? QString() : hours.toString(), QString(), money(total) },
        RowStyle::Total);
    doc.add(std::move(t));
    const Money weekly = weeklyAtStart(a);
    if (total < weekly)
        doc.add(Paragraph { RichText(QStringLiteral(
            "%1 of the weekly ISF budget is not allocated to a service: it is kept for "
            "contingencies and flexible use (section 6).")
                                         .arg(perWeek(weekly - total))) });
    else if (total > weekly)
        doc.add(Paragraph { RichText(QStringLiteral(
            "The plan costs %1 more than the weekly ISF budget: the council must agree how the "
            "difference is met before this agreement is signed.")
                                         .arg(perWeek(total - weekly))) });
}

void addAccrual(Document &doc, const Parts &p)
{
    const Agreement &a = p.agreement;
    const Policy &policy = p.policy;
    doc.add(Heading { QStringLiteral("5. What may and may not be banked") });
    QStringList bankable, notBankable;
    for (const PlanLine &l : a.plan) {
        if (!l.hoursPerWeek)
            continue;
        (l.bankable ? bankable : notBankable) << QStringLiteral("\u201c%1\u201d").arg(l.service);
    }
    if (bankable.isEmpty()) {
        doc.add(Paragraph { RichText(QStringLiteral(
            "No hours may be banked: support not used in a week is not carried forward.")) });
    } else {
        QString text = QStringLiteral("Hours of %1 not used in a week may be banked and used "
                                      "later, when needs fluctuate.")
                           .arg(bankable.join(QStringLiteral(", ")));
        if (policy.bankCap)
            text += QStringLiteral(" No more than %1 may be held in the bank.")
                        .arg(hoursText(*policy.bankCap));
        if (policy.bankExpiryWeeks)
            text += QStringLiteral(" Banked hours not used within %1 weeks expire.")
                        .arg(*policy.bankExpiryWeeks);
        doc.add(Paragraph { RichText(text) });
    }
    if (!notBankable.isEmpty() && !bankable.isEmpty())
        doc.add(Paragraph { RichText(QStringLiteral("Hours of %1 may not be banked.")
                                         .arg(notBankable.join(QStringLiteral(", ")))) });
    doc.add(Paragraph { RichText(
        QStringLiteral("Money not spent may be kept in the fund up to %1 budget (section 9). "
                       "Money may not be accrued for anything outside the support plan.")
            .arg(weeksPhrase(policy.capWeeks))) });
}

void addContingency(Document &doc, const Parts &p)
{
    const Agreement &a = p.agreement;
    doc.add(Heading { QStringLiteral("6. Contingencies") });
    if (a.contingency.isZero())
        doc.add(Paragraph { RichText(QStringLiteral(
            "No money is set aside for contingencies; the provider manages any contingency need "
            "from within the budget and agrees it with the person.")) });
    else
        doc.add(Paragraph { RichText(QStringLiteral("The provider sets aside "))
                                .bold(money(a.contingency))
                                .plain(QStringLiteral(" of the balance for contingencies and "
                                                      "planned periods of extra need%1")
                                           .arg(a.contingencyNote.isEmpty()
                                                   ? QStringLiteral(".")
                                                   : QStringLiteral(": ") + a.contingencyNote)) });
}

void addContribution(Document &doc, const Parts &p)
{
    const Agreement &a = p.agreement;
    doc.add(Heading { QStringLiteral("7. Contribution and how it is collected") });
    const QDate from = a.effectiveFrom.isValid() ? a.effectiveFrom : a.startDate;
    switch (a.contributionKind) {
    case ContributionKind::None:
        doc.add(Paragraph { RichText(QStringLiteral(
            "No contribution has been assessed: the person pays nothing towards the ISF.")) });
        return;
    case ContributionKind::Fixed:
        doc.add(Paragraph { RichText(QStringLiteral("Following the financial assessment, %1 "
                                                    "pays ")
                                         .arg(p.person.fullName()))
                                .bold(perWeek(a.weeklyContribution))
                                .plain(QStringLiteral(" towards the cost of their support.")) });
        break;
    case ContributionKind::Percent:
        doc.add(
            Paragraph { RichText(
                QStringLiteral("%1 pays %2% of the weekly budget towards "
                               "the cost of their support, ")
                    .arg(p.person.fullName(), QString::number(a.contributionPercentBp / 100.0)))
                            .bold(perWeek(a.weeklyContributionOn(from)))
                            .plain(QStringLiteral(" from %1: %2.")
                                       .arg(longDate(from), percentContributionText(a, from))) });
        break;
    }
    doc.add(Paragraph { RichText(
        QStringLiteral("The provider collects the contribution from the person; the council "
                       "nets it off its payments. Each week's contribution falls due on the "
                       "first day of the week. How it is collected: %1")
            .arg(a.contributionCollection.isEmpty() ? QStringLiteral("to be agreed.")
                                                    : a.contributionCollection)) });
    doc.add(Paragraph { RichText(
        QStringLiteral("If contributions owed come to more than %1 contribution, the provider "
                       "tells the care manager so that it can be looked into with the person. "
                       "The provider pursues the debt at first.")
            .arg(weeksPhrase(p.policy.arrearsWeeks))) });
}

void addRecords(Document &doc, const Parts &p)
{
    const Agreement &a = p.agreement;
    doc.add(Heading { QStringLiteral("8. Statements and records") });
    const QDate anchor = a.statementAnchor.isValid() ? a.statementAnchor : a.startDate;
    const QString cycle = a.statementCycle == StatementCycle::Monthly
        ? QStringLiteral("every calendar month")
        : QStringLiteral("every four weeks from %1").arg(longDate(anchor));
    doc.add(Paragraph { RichText(
        QStringLiteral("The provider sends the person (or their representative) a statement %1: "
                       "money in and out with every item, the balance, the money set aside, "
                       "hours planned, delivered and banked, and the contribution. Statements "
                       "are also available in easy-read form.")
            .arg(cycle)) });
    doc.add(Paragraph { RichText(QStringLiteral(
        "The provider keeps detailed records of every transaction and the current balance, with "
        "an audit trail, and makes them available to the person and the council on request, and "
        "to the council at least once a year for audit. Once a statement has been issued its "
        "period is closed: any correction is made in a later period. Records are kept for six "
        "years.")) });
}

void addSurplus(Document &doc, const Parts &p)
{
    const Policy &policy = p.policy;
    doc.add(Heading { QStringLiteral("9. Surplus") });
    const Money weekly = weeklyAtStart(p.agreement);
    doc.add(Paragraph { RichText(
        QStringLiteral("The provider may keep up to %1 budget (%2 at today's budget) in the fund. "
                       "If the balance is more than that at the end of a day, the provider tells "
                       "the case worker and either explains why the excess is needed or returns "
                       "it to the council.")
            .arg(weeksPhrase(policy.capWeeks), money(weekly * policy.capWeeks))) });
    doc.add(Paragraph { RichText(
        QStringLiteral("A balance above %1 budget may be held for no more than %2 weeks in a row; "
                       "after that the surplus is explained to the case worker or returned.")
            .arg(weeksPhrase(policy.effectiveFloorWeeks()))
            .arg(policy.holdWeeks)) });
}

void addFees(Document &doc, const Parts &p)
{
    const Policy &policy = p.policy;
    doc.add(Heading { QStringLiteral("10. Management fees and shared costs") });
    doc.add(Paragraph { RichText(policy.allowManagementFee
            ? QStringLiteral("The provider may charge a fee for managing the ISF only if it is "
                             "shown separately from the charges for care, in the delivery plan "
                             "and on every statement.")
            : QStringLiteral("No management or business costs are charged to the ISF: they are "
                             "included in the hourly rate.")) });
    doc.add(Paragraph { RichText(policy.allowSharedCosts
            ? QStringLiteral("Shared costs may be paid from the ISF only as set out in the "
                             "delivery plan.")
            : QStringLiteral("The ISF is never used for shared costs (such as shared support in "
                             "supported living): those are arranged by the council.")) });
}

void addNotice(Document &doc, const Parts &p)
{
    const Agreement &a = p.agreement;
    doc.add(Heading { QStringLiteral("11. Notice and termination") });
    doc.add(Paragraph { RichText(
        QStringLiteral("Either party may end this agreement by giving %1 notice in writing, "
                       "or with immediate effect where there are serious safeguarding concerns "
                       "for the person or for care workers. Any notice is sent to the council's "
                       "locality team responsible for the person.")
            .arg(p.policy.noticeWeeks == 1
                    ? QStringLiteral("one week's")
                    : numberWord(p.policy.noticeWeeks) + QStringLiteral(" weeks'"))) });
    doc.add(Paragraph { RichText(QStringLiteral(
        "When the agreement ends, the provider returns the unspent balance to the council and "
        "issues a final statement.")) });
    if (a.noticeGivenOn.isValid())
        doc.add(Paragraph { RichText(QStringLiteral("Notice was given by %1 on %2 (%3); the "
                                                    "agreement's last day is %4.")
                                         .arg(partyName(a.noticeGivenBy), longDate(a.noticeGivenOn),
                                             a.noticeReason, longDate(a.noticeEndsOn))) });
    if (a.endDate.isValid())
        doc.add(Paragraph { RichText(
            QStringLiteral("The agreement is planned to end on %1.").arg(longDate(a.endDate))) });
}

void addDisputes(Document &doc, const Parts &p)
{
    doc.add(Heading { QStringLiteral("12. Disputes") });
    doc.add(Paragraph { RichText(
        QStringLiteral("If the person (or their representative) disagrees with how the fund is "
                       "managed, they raise it with the provider first, who answers within 20 "
                       "working days. If it is not settled, any party may ask the care manager "
                       "to review the support plan and, if needed, use %1's complaints "
                       "procedure. Nothing in this agreement affects the person's rights under "
                       "the Care Act 2014.")
            .arg(p.council.name.isEmpty() ? QStringLiteral("the council") : p.council.name)) });
    if (p.agreement.reviewDate.isValid())
        doc.add(Paragraph { RichText(QStringLiteral("The support plan and this agreement will be "
                                                    "reviewed by %1.")
                                         .arg(longDate(p.agreement.reviewDate))) });
}

void addSignatures(Document &doc, const Parts &p)
{
    doc.add(Heading { QStringLiteral("13. Signatures") });
    doc.add(Paragraph { RichText(QStringLiteral(
        "By signing, each party agrees to this agreement and the delivery plan above. Each keeps "
        "a signed copy.")) });
    const Person &person = p.person;
    const bool lacks = person.hasCapacity.has_value() && !*person.hasCapacity;
    const bool representative = !person.representativeName.isEmpty();
    std::vector<SignatureBlock> blocks;
    if (lacks && !representative) {
        doc.add(Paragraph { RichText(
            QStringLiteral("%1 lacks capacity and has no representative: this agreement is signed "
                           "by the council and the provider after the best-interest decision in "
                           "section 2%2.")
                .arg(person.fullName(),
                    person.bestInterestDate.isValid()
                        ? QStringLiteral(" (made on %1%2)")
                              .arg(longDate(person.bestInterestDate),
                                  person.bestInterestBy.isEmpty()
                                      ? QString()
                                      : QStringLiteral(" by ") + person.bestInterestBy)
                        : QString())) });
    } else if (lacks) {
        blocks.push_back({ QStringLiteral("Signed for %1 by their representative (%2)")
                               .arg(person.fullName(),
                                   person.representativeRelationship.isEmpty()
                                       ? QStringLiteral("representative")
                                       : person.representativeRelationship),
            person.representativeName });
    } else if (person.hasCapacity.has_value()) {
        blocks.push_back({ QStringLiteral("Signed by the person"), person.fullName() });
    } else {
        blocks.push_back(
            { QStringLiteral("Signed by the person, or by their representative for them"),
                representative ? QString() : person.fullName() });
    }
    blocks.push_back(
        { QStringLiteral("Signed for the provider, %1").arg(p.provider.name), QString() });
    blocks.push_back(
        { QStringLiteral("Signed for the council, %1")
                .arg(p.council.name.isEmpty() ? QStringLiteral("the council") : p.council.name),
            p.council.contactName });
    for (SignatureBlock &b : blocks)
        doc.add(std::move(b));
}

} // namespace

Document agreementDocument(const ProviderFile &file, Id agreementId)
{
    const auto agreement = agreementById(file, agreementId);
    if (!agreement)
        throw InputError(QStringLiteral("There is no agreement with id %1.").arg(agreementId));
    const auto person = personById(file, agreement->personId);
    if (!person)
        throw InputError(
            QStringLiteral("Agreement %1 belongs to no person in this file.").arg(agreementId));
    Parts p;
    p.provider = loadProvider(file);
    p.person = *person;
    p.council = councilById(file, person->councilId).value_or(Council());
    p.agreement = *agreement;
    p.policy = agreement->effectivePolicy(p.council.policy);
    p.today = file.clock().today();

    const Agreement &a = p.agreement;
    Document doc = personDocument(
        p.provider, p.person, QStringLiteral("Individual Service Fund agreement (FIN3)"), p.today);
    const QDate from = a.effectiveFrom.isValid() ? a.effectiveFrom : a.startDate;
    doc.footerNote = withKey(
        QStringLiteral("FIN3 version %1 · in force from %2").arg(a.version).arg(ukDate(from)),
        currentSigningKey(file).fingerprint);
    KeyValueGrid head = grid();
    head.add(QStringLiteral("Version"),
        QStringLiteral("%1 (%2)").arg(a.version).arg(agreementStatusCode(a.status)));
    head.add(QStringLiteral("In force from"), longDate(from));
    if (a.startDate.isValid())
        head.add(QStringLiteral("ISF started"), longDate(a.startDate));
    if (!a.changeReason.isEmpty())
        head.add(QStringLiteral("What changed"), a.changeReason);
    if (!a.createdAt.isEmpty())
        head.add(QStringLiteral("Prepared"),
            QStringLiteral("%1 by %2")
                .arg(longDate(QDate::fromString(a.createdAt.left(10), Qt::ISODate)), a.createdBy));
    doc.add(std::move(head));

    addParties(doc, p);
    addCapacity(doc, p);
    addBudget(doc, p);
    addAssessment(doc, file, p.person, p.agreement);
    addPlan(doc, p);
    addAccrual(doc, p);
    addContingency(doc, p);
    addContribution(doc, p);
    addRecords(doc, p);
    addSurplus(doc, p);
    addFees(doc, p);
    addNotice(doc, p);
    addDisputes(doc, p);
    addSignatures(doc, p);
    return doc;
}

} // namespace isf::reports
