// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
// The demo provider's reference data: councils, the supplier register, and people with
// their agreements and delivery plans.
#include "core/generator/Generator.h"
#include "core/generator/GeneratorModel.h"
#include "core/import/AgreementRows.h"
#include "core/storage/AgreementStore.h"
#include "core/storage/PersonStore.h"
#include "core/storage/ReferenceStore.h"
#include "core/time/Dates.h"

namespace isf::demo {
namespace {

QString emailName(const QString &given, const QString &family)
{
    QString s = given.toLower() + u'.' + family.toLower();
    s.remove(u'\'');
    s.remove(u' ');
    return s;
}

QString personName(Rng &rng)
{
    return rng.pick(givenNames()) + u' ' + rng.pick(familyNames());
}

// A week boundary of an agreement (start + 7k) on or after `from`.
QDate weekOnOrAfter(const QDate &start, const QDate &from)
{
    if (from <= start)
        return start;
    const qint64 days = start.daysTo(from);
    return start.addDays((days + 6) / 7 * 7);
}

qint64 roundToQuarter(qint64 hundredths)
{
    return (hundredths + 12) / 25 * 25;
}

// The plan's weekly cost, line by line.
Money planCost(const VersionPlan &v)
{
    Money total
        = Money::forHours(Hours::fromHundredths(v.inHouseHours), Money::fromPence(v.inHouseRate));
    if (v.commission == Commission::HomeCare)
        total += Money::forHours(
            Hours::fromHundredths(v.commissionHours), Money::fromPence(v.commissionRate));
    if (v.commission == Commission::DayService)
        total += Money::fromPence(v.dayServiceDays * v.dayRate);
    total += Money::forHours(Hours::fromHundredths(v.paHours), Money::fromPence(v.paRate));
    total += Money::fromPence(v.activities);
    return total;
}

void writePlan(VersionPlan &v, const PersonModel &p, Rng &rng, bool inHouseBankable)
{
    std::vector<PlanLine> &plan = v.agreement.plan;
    plan.clear();
    const std::vector<QString> &aims = outcomes();
    PlanLine care;
    care.outcome = aims[0];
    care.service = QStringLiteral("Personal care and support at home");
    care.supplierId = p.inHouse;
    care.hoursPerWeek = Hours::fromHundredths(v.inHouseHours);
    care.hourlyRate = Money::fromPence(v.inHouseRate);
    care.weeklyCost = Money::forHours(*care.hoursPerWeek, *care.hourlyRate);
    care.bankable = inHouseBankable;
    plan.push_back(care);
    if (v.commission == Commission::HomeCare) {
        PlanLine l;
        l.outcome = aims[4];
        l.service = QStringLiteral("Home care visits (commissioned)");
        l.supplierId = p.careProvider;
        l.hoursPerWeek = Hours::fromHundredths(v.commissionHours);
        l.hourlyRate = Money::fromPence(v.commissionRate);
        l.weeklyCost = Money::forHours(*l.hoursPerWeek, *l.hourlyRate);
        plan.push_back(l);
    } else if (v.commission == Commission::DayService) {
        PlanLine l;
        l.outcome = aims[1];
        l.service = QStringLiteral("Day service, %1 day(s) a week").arg(v.dayServiceDays);
        l.supplierId = p.careProvider;
        l.weeklyCost = Money::fromPence(v.dayServiceDays * v.dayRate);
        plan.push_back(l);
    }
    if (v.paHours > 0) {
        PlanLine l;
        l.outcome = aims[std::size_t(rng.between(2, 7))];
        l.service = QStringLiteral("Personal assistant");
        l.supplierId = p.pa;
        l.hoursPerWeek = Hours::fromHundredths(v.paHours);
        l.hourlyRate = Money::fromPence(v.paRate);
        l.weeklyCost = Money::forHours(*l.hoursPerWeek, *l.hourlyRate);
        l.bankable = true;
        plan.push_back(l);
    }
    if (v.activities > 0) {
        PlanLine l;
        l.outcome = aims[1];
        l.service = QStringLiteral("Activities and outings");
        l.weeklyCost = Money::fromPence(v.activities);
        plan.push_back(l);
    }
}

// Keeps a plan's weekly cost within £300 to £2,000 by changing the in-house hours.
void fitBudget(VersionPlan &v)
{
    const qint64 cost = planCost(v).pence();
    if (cost > 200000)
        v.inHouseHours
            = std::max<qint64>(400, v.inHouseHours - (cost - 200000) * 100 / v.inHouseRate - 25);
    else if (cost < 30000)
        v.inHouseHours += (30000 - cost) * 100 / v.inHouseRate + 25;
    v.inHouseHours = roundToQuarter(v.inHouseHours);
}

} // namespace

std::vector<Id> addCouncils(const ProviderFile &file)
{
    std::vector<Id> ids;
    for (const CouncilProfile &profile : councilProfiles()) {
        Council c;
        c.name = profile.name;
        c.address = profile.address;
        c.contactName = profile.contactName;
        c.contactEmail = profile.contactEmail;
        c.policy = Policy::fromPreset(profile.preset);
        if (profile.paymentIntervalWeeks > 0)
            c.policy.paymentIntervalWeeks = profile.paymentIntervalWeeks;
        c.policy.statementCycle = profile.statementCycle;
        ids.push_back(saveCouncil(file, c));
    }
    return ids;
}

Register addSuppliers(const ProviderFile &file, Rng &rng, int people, const QDate &today)
{
    Register r;
    const std::size_t councils = councilProfiles().size();
    r.careProviders.resize(councils);
    r.transport.resize(councils);
    const auto save = [&](Supplier s) {
        ++r.count;
        return saveSupplier(file, s);
    };
    const Provider provider = loadProvider(file);
    Supplier own;
    own.name = provider.name + QStringLiteral(" (in-house support team)");
    own.kind = SupplierKind::InHouse;
    own.cqcNumber = cqcNumber(rng);
    own.insuranceExpiresOn = today.addDays(rng.between(40, 300));
    own.notes
        = QStringLiteral("Our own support workers; hours are charged at the agreed hourly rate.");
    r.inHouse = save(own);
    for (const SupplierSeed &seed : supplierSeeds()) {
        Supplier s;
        s.name = seed.name;
        s.kind = seed.kind;
        const Town &town = seed.region >= 0
            ? councilProfiles()[std::size_t(seed.region)].towns.front()
            : rng.pick(councilProfiles()[std::size_t(rng.below(qint64(councils)))].towns);
        s.address = QStringLiteral("%1 %2, %3 %4")
                        .arg(rng.between(1, 240))
                        .arg(rng.pick(streets()), town.name, postcode(rng, town));
        s.contact = phoneNumber(rng, town);
        // A few suppliers' insurance has lapsed: the register shows it.
        const bool lapsed = rng.percent(15);
        if (seed.kind == SupplierKind::CareProvider) {
            s.cqcNumber = cqcNumber(rng);
            s.insuranceExpiresOn = lapsed ? today.addDays(-rng.between(10, 200))
                                          : today.addDays(rng.between(20, 360));
            s.notes = QStringLiteral("CQC rated Good. Invoices every 4 weeks in arrears.");
        } else if (seed.kind == SupplierKind::SoleTrader) {
            s.dbsCheckedOn = today.addDays(-rng.between(60, 1300));
            s.insuranceExpiresOn = lapsed ? today.addDays(-rng.between(10, 200))
                                          : today.addDays(rng.between(20, 360));
            s.notes
                = QStringLiteral("Community micro-enterprise; public liability insurance seen.");
        } else if (seed.kind == SupplierKind::Transport) {
            s.insuranceExpiresOn = lapsed ? today.addDays(-rng.between(10, 200))
                                          : today.addDays(rng.between(20, 360));
            s.notes = QStringLiteral("Licensed private hire operator, licence %1.")
                          .arg(rng.between(1000, 99999));
        }
        const Id id = save(s);
        r.byName.insert(s.name, id);
        if (seed.kind == SupplierKind::CareProvider || seed.kind == SupplierKind::Transport) {
            auto &byCouncil
                = seed.kind == SupplierKind::CareProvider ? r.careProviders : r.transport;
            for (std::size_t c = 0; c < councils; ++c)
                if (seed.region < 0 || std::size_t(seed.region) == c)
                    byCouncil[c].push_back(id);
        } else if (seed.kind == SupplierKind::Shop) {
            r.shops.push_back(id);
        }
    }
    // Every care provider region needs one: fall back to the first.
    for (std::size_t c = 0; c < councils; ++c) {
        if (r.careProviders[c].empty())
            r.careProviders[c] = r.careProviders[0];
        if (r.transport[c].empty())
            r.transport[c] = r.transport[0];
    }
    const int assistants = std::max(2, people / 10);
    for (int i = 0; i < assistants; ++i) {
        Supplier s;
        s.name = personName(rng) + QStringLiteral(" (PA)");
        s.kind = SupplierKind::PersonalAssistant;
        // Enhanced DBS checks, most within three years; a few are due again.
        s.dbsCheckedOn = today.addDays(-rng.between(20, rng.percent(10) ? 1400 : 1000));
        s.contact = QStringLiteral("07%1").arg(rng.between(100000000, 999999999));
        s.notes = QStringLiteral("Employed by the provider as a personal assistant; enhanced DBS "
                                 "with barred list check.");
        // Two people's assistants can share a name: keep names unique in the register.
        if (findSupplier(file, s.name))
            s.name = s.name.chopped(5) + QStringLiteral(" %1 (PA)").arg(i + 1);
        r.assistants.push_back(save(s));
    }
    return r;
}

std::vector<PersonModel> addPeople(const ProviderFile &file, const GeneratorOptions &options,
    const std::vector<Id> &councils, const Register &reg, const QDate &firstDay, const QDate &today,
    GeneratorSummary &summary)
{
    std::vector<PersonModel> people;
    people.reserve(std::size_t(options.people));
    const int width = std::max(4, int(QString::number(options.people).size()));
    const qint64 windowDays = firstDay.daysTo(today);
    for (int i = 0; i < options.people; ++i) {
        PersonModel m;
        m.rng = Rng(mixSeed(options.seed, quint64(i) + 1));
        Rng &rng = m.rng;
        // Council by share.
        const qint64 roll = rng.below(100);
        int council = 0;
        for (qint64 acc = 0; council < int(councilProfiles().size()); ++council) {
            acc += councilProfiles()[std::size_t(council)].sharePercent;
            if (roll < acc)
                break;
        }
        council = std::min(council, int(councilProfiles().size()) - 1);
        m.council = council;
        const CouncilProfile &cp = councilProfiles()[std::size_t(council)];

        // The agreement's dates: most began before the ledger starts.
        const bool existing = rng.percent(70) || windowDays < 120;
        m.start = existing ? firstDay.addDays(-rng.between(1, 3 * 365))
                           : firstDay.addDays(rng.between(0, std::max<qint64>(0, windowDays - 70)));

        Person p;
        p.ref = QStringLiteral("P%1").arg(i + 1, width, 10, QLatin1Char('0'));
        p.givenName = rng.pick(givenNames());
        p.familyName = rng.pick(familyNames());
        if (rng.percent(12))
            p.preferredName = p.givenName.left(3);
        const int age = int(19 + rng.below(30) + rng.below(30));
        p.dateOfBirth = today.addYears(-age).addDays(-rng.below(365));
        p.councilId = councils[std::size_t(council)];
        p.councilRef = cp.refPrefix + u'-' + QString::number(rng.between(100000, 999999));
        const Town &town = rng.pick(cp.towns);
        const QString house = rng.percent(25)
            ? QStringLiteral("Flat %1, %2").arg(rng.between(1, 24)).arg(rng.between(1, 180))
            : QString::number(rng.between(1, 180));
        p.address = QStringLiteral("%1 %2\n%3\n%4")
                        .arg(house, rng.pick(streets()), town.name, postcode(rng, town));
        if (rng.percent(60))
            p.phone = phoneNumber(rng, town);
        if (rng.percent(20))
            p.email = emailName(p.givenName, p.familyName) + QString::number(rng.between(1, 99))
                + QStringLiteral("@mail.example");
        if (rng.percent(45)) {
            const QString relation = rng.pick(relationships());
            const bool family
                = !relation.startsWith(u"Deputy") && !relation.startsWith(u"Attorney");
            p.representativeName
                = rng.pick(givenNames()) + u' ' + (family ? p.familyName : rng.pick(familyNames()));
            p.representativeRelationship = relation;
            p.representativeContact = QStringLiteral("07%1").arg(rng.between(100000000, 999999999));
        }
        const QString manager = personName(rng);
        p.careManagerName = manager;
        p.careManagerContact
            = emailName(manager.section(u' ', 0, 0), manager.section(u' ', 1)) + u'@' + cp.domain;
        if (rng.percent(70)) {
            p.caseWorkerName = personName(rng);
            p.caseWorkerContact
                = emailName(p.caseWorkerName.section(u' ', 0, 0), p.caseWorkerName.section(u' ', 1))
                + u'@' + cp.domain;
        }
        const qint64 capacity = rng.below(10);
        if (capacity < 5) {
            p.hasCapacity = true;
        } else if (capacity < 9) {
            p.hasCapacity = false;
            p.bestInterestDecision = p.representativeName.isEmpty()
                ? QStringLiteral("An ISF is in %1's best interests: agreed at a meeting of the "
                                 "care manager and the provider, as there is no representative.")
                      .arg(p.givenName)
                : QStringLiteral("An ISF is in %1's best interests: agreed with %2 and the care "
                                 "manager.")
                      .arg(p.givenName, p.representativeName);
            p.bestInterestDate = m.start.addDays(-rng.between(7, 60));
            p.bestInterestBy = manager;
        }
        if (rng.percent(25))
            p.notes = rng.pick(notes());
        m.id = savePerson(file, p);
        m.ref = p.ref;
        ++summary.people;

        // Suppliers this person uses.
        m.inHouse = reg.inHouse;
        m.careProvider = rng.pick(reg.careProviders[std::size_t(council)]);
        m.transport = rng.pick(reg.transport[std::size_t(council)]);
        m.shop = rng.pick(reg.shops);
        m.pa = rng.pick(reg.assistants);

        // The first version's plan and budget.
        VersionPlan v;
        v.inHouseRate = cp.inHouseRatePence;
        v.inHouseHours = roundToQuarter(rng.between(16, 54) * 100 + rng.below(4) * 25);
        const qint64 c = rng.below(100);
        if (c < 22) {
            v.commission = Commission::HomeCare;
            v.commissionHours = rng.between(3, 14) * 100;
            v.commissionRate = rng.between(2150, 2650);
        } else if (c < 50) {
            v.commission = Commission::DayService;
            v.dayServiceDays = rng.between(1, 4);
            v.dayRate = rng.between(52, 78) * 100;
        }
        if (rng.percent(30)) {
            v.paHours = rng.between(4, 16) * 100;
            v.paRate = rng.between(270, 315) * 5;
        }
        if (rng.percent(70))
            v.activities = rng.between(15, 60) * 100;
        fitBudget(v);
        const bool bankable = rng.percent(30);

        Agreement a = firstVersion(m.id, m.start, Money());
        a.status = AgreementStatus::Active;
        a.statementCycle = rng.percent(30) ? StatementCycle::Monthly : cp.statementCycle;
        a.statementAnchor = m.start;
        QDate review = m.start.addYears(1);
        while (review < today.addDays(-60))
            review = review.addYears(1);
        a.reviewDate = review;
        a.outcomes
            = outcomes()[0] + QStringLiteral("; ") + outcomes()[std::size_t(rng.between(1, 7))];
        if (cp.percentContributions && rng.percent(65)) {
            a.contributionKind = ContributionKind::Percent;
            a.contributionPercentBp = int(rng.between(10, 30) * 50);
            a.contributionCollection = QStringLiteral("Deducted from the plan by the council; "
                                                      "collected weekly by standing order.");
        } else if (rng.percent(45)) {
            a.contributionKind = ContributionKind::Fixed;
            a.weeklyContribution = Money::fromPence(rng.between(170, 1900) * 5);
            a.contributionCollection = rng.percent(70)
                ? QStringLiteral("Weekly standing order to the client account.")
                : QStringLiteral("Paid by the representative each week.");
        }
        if (rng.percent(20)) {
            a.contingency = Money::fromPence(rng.between(2, 12) * 5000);
            a.contingencyNote = QStringLiteral("Set aside for extra support when needs change.");
        }
        if (cp.preset == u"dorset" && cp.paymentIntervalWeeks == 0 && rng.percent(10))
            a.policyOverrides.emplace_back(
                QStringLiteral("payment_interval_weeks"), QStringLiteral("4"));
        a.budgets = { { m.start, planCost(v) } };
        v.agreement = a;
        writePlan(v, m, rng, bankable);
        m.versions.push_back(v);

        // How this person's money behaves.
        Policy policy = Policy::fromPreset(cp.preset);
        if (cp.paymentIntervalWeeks > 0)
            policy.paymentIntervalWeeks = cp.paymentIntervalWeeks;
        m.paymentWeeks = a.effectivePolicy(policy).paymentIntervalWeeks;
        m.managementFee = policy.allowManagementFee;
        const qint64 spend = rng.below(100);
        m.spendPermille = spend < 15 ? int(rng.between(700, 880)) // builds a surplus
            : spend < 18             ? int(rng.between(1040, 1120)) // overspends
                                     : int(rng.between(975, 1005));
        const qint64 style = rng.below(100);
        m.payStyle = style < 75 ? PayStyle::Reliable
            : style < 90        ? PayStyle::Late
            : style < 97        ? PayStyle::Arrears
                                : PayStyle::Stopped;
        m.payEveryWeeks = int(rng.between(2, 4));
        m.stopsPaying = today.addDays(-rng.between(40, 200));
        if (m.start < firstDay && !rng.percent(15))
            m.opening = Money::fromPence(rng.between(50, 3000) * 100 + rng.below(100));

        // An ending (a few), a budget change and an uplift (some), as new versions.
        if (rng.percent(4) && m.start.addDays(20 * 7) < today.addDays(-21)) {
            const QDate earliest = std::max(m.start.addDays(20 * 7), firstDay.addDays(8 * 7));
            if (earliest < today.addDays(-21))
                m.last = weekOnOrAfter(
                    m.start, earliest.addDays(rng.below(earliest.daysTo(today.addDays(-21)) + 1)))
                             .addDays(-1);
        }
        const QDate changeFrom = std::max(m.start, firstDay).addDays(8 * 7);
        const QDate changeTo = (m.last.isValid() ? m.last : today).addDays(-28);
        if (rng.percent(30) && changeFrom < changeTo) {
            const QDate at = weekOnOrAfter(
                m.start, changeFrom.addDays(rng.below(changeFrom.daysTo(changeTo))));
            if (at < changeTo) {
                VersionPlan next = m.versions.back();
                next.inHouseHours = roundToQuarter(next.inHouseHours * rng.between(85, 120) / 100);
                if (next.paHours == 0 && rng.percent(20)) {
                    next.paHours = rng.between(4, 10) * 100;
                    next.paRate = rng.between(270, 315) * 5;
                }
                fitBudget(next);
                next.agreement = followingVersion(m.versions.back().agreement, at, planCost(next));
                next.agreement.changeReason = rng.pick(budgetChangeReasons());
                writePlan(next, m, rng, bankable);
                m.versions.push_back(next);
            }
        }
        if (rng.percent(12) && changeFrom < changeTo) {
            const QDate at = weekOnOrAfter(
                m.start, changeFrom.addDays(rng.below(changeFrom.daysTo(changeTo))));
            if (at < changeTo && at > m.versions.back().agreement.effectiveFrom) {
                VersionPlan next = m.versions.back();
                const Money base = versionBudget(next.agreement);
                next.agreement = followingVersion(next.agreement, at, base);
                const QString reason = rng.pick(upliftReasons());
                next.agreement.uplifts.push_back({ at, at.addDays(7 * rng.between(2, 12) - 1),
                    Money::fromPence(rng.between(50, 300) * 100), reason });
                next.agreement.changeReason = QStringLiteral("Temporary uplift: ") + reason;
                m.versions.push_back(next);
            }
        }
        for (VersionPlan &version : m.versions) {
            version.agreement.id = addAgreementVersion(file, version.agreement);
            ++summary.agreementVersions;
        }
        if (m.last.isValid()) {
            Agreement &final = m.versions.back().agreement;
            final.status = AgreementStatus::Ended;
            final.endDate = m.last;
            final.noticeGivenOn = m.last.addDays(-27);
            final.noticeGivenBy = rng.percent(50) ? QStringLiteral("the person's representative")
                                                  : QStringLiteral("the council");
            final.noticeReason = rng.percent(50)
                ? QStringLiteral("Moved to a residential placement")
                : QStringLiteral("Moved out of the area");
            final.noticeEndsOn = m.last;
            final.endedOn = m.last;
            updateAgreementLifecycle(file, final);
            ++summary.endedAgreements;
        }
        people.push_back(std::move(m));
    }
    return people;
}

const VersionPlan &PersonModel::versionOn(const QDate &day) const
{
    const VersionPlan *in = &versions.front();
    for (const VersionPlan &v : versions)
        if (v.agreement.effectiveFrom <= day)
            in = &v;
    return *in;
}

Money PersonModel::budgetOn(const QDate &day) const
{
    return covers(day) ? versionOn(day).agreement.weeklyBudgetOn(day) : Money();
}

Money PersonModel::contributionOn(const QDate &day) const
{
    return covers(day) ? versionOn(day).agreement.weeklyContributionOn(day) : Money();
}

} // namespace isf::demo
