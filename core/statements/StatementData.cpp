// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "core/statements/StatementData.h"

#include "core/integrity/ProviderKey.h"
#include "core/ledger/LedgerQueries.h"
#include "core/rules/Contributions.h"
#include "core/rules/HoursBank.h"
#include "core/rules/RuleInputs.h"
#include "core/rules/alerts/Alerts.h"
#include "core/statements/StatementFacts.h"
#include "core/storage/PersonStore.h"
#include "core/storage/ProviderFile.h"
#include "core/storage/ReferenceStore.h"
#include "core/storage/RowValues.h"
#include "core/storage/Sql.h"
#include "core/time/Clock.h"
#include "core/time/Dates.h"
#include "core/util/Errors.h"

#include <QHash>

#include <algorithm>
#include <map>

namespace isf {

QString alertTitle(const QString &rule)
{
    static const QHash<QString, QString> titles {
        { QStringLiteral("excess_balance"), QStringLiteral("Balance over the limit") },
        { QStringLiteral("surplus_held"), QStringLiteral("Surplus held too long") },
        { QStringLiteral("contribution_arrears"), QStringLiteral("Contribution arrears") },
        { QStringLiteral("overspend"), QStringLiteral("Fund overdrawn") },
        { QStringLiteral("missing_payment"), QStringLiteral("Council payment not received") },
        { QStringLiteral("short_payment"), QStringLiteral("Council payment short") },
        { QStringLiteral("review_due"), QStringLiteral("Review due") },
        { QStringLiteral("notice_ending"), QStringLiteral("Notice ending") },
        { QStringLiteral("banked_hours_cap"), QStringLiteral("Banked hours over the cap") },
        { QStringLiteral("banked_hours_expiring"), QStringLiteral("Banked hours expiring") },
        { QStringLiteral("possible_duplicate"), QStringLiteral("Possible duplicate payment") },
        { QStringLiteral("supplier_check"), QStringLiteral("Supplier check") },
    };
    return titles.value(rule, rule);
}

std::vector<const StatementItem *> StatementData::allItems() const
{
    std::vector<const StatementItem *> out;
    for (const auto *sections : { &moneyIn, &moneyOut })
        for (const StatementSection &s : *sections)
            for (const StatementItem &i : s.items)
                out.push_back(&i);
    std::sort(out.begin(), out.end(), [](const StatementItem *a, const StatementItem *b) {
        return std::tie(a->date, a->txnId) < std::tie(b->date, b->txnId);
    });
    return out;
}

const StatementSection *StatementData::inSection(TxnKind kind) const
{
    for (const StatementSection &s : moneyIn)
        if (s.kind == kind)
            return &s;
    return nullptr;
}

const StatementSection *StatementData::outSection(const QString &name) const
{
    for (const StatementSection &s : moneyOut)
        if (s.name == name)
            return &s;
    return nullptr;
}

void StatementData::check() const
{
    const QString who = QStringLiteral("%1 for %2").arg(person.ref, period.describe());
    auto sum = [&](const std::vector<StatementSection> &sections, const char *what) {
        Money total;
        for (const StatementSection &s : sections) {
            Money items;
            for (const StatementItem &i : s.items)
                items += i.amount;
            if (items != s.total)
                throw LedgerError(
                    QStringLiteral("The statement of %1 does not add up: %2 \"%3\" totals %4 but "
                                   "its entries add up to %5.")
                        .arg(who, QLatin1String(what), s.name, s.total.display(), items.display()));
            total += s.total;
        }
        return total;
    };
    const Money in = sum(moneyIn, "money in");
    const Money out = sum(moneyOut, "money out");
    if (in != totalIn || out != totalOut)
        throw LedgerError(
            QStringLiteral("The statement of %1 does not add up: money in %2 "
                           "(sections %3), money out %4 (sections %5).")
                .arg(who, totalIn.display(), in.display(), totalOut.display(), out.display()));
    if (opening + totalIn - totalOut != closing)
        throw LedgerError(
            QStringLiteral("The statement of %1 does not balance: opening %2 + money in %3 - money "
                           "out %4 = %5, but the closing balance is %6 (a difference of %7).")
                .arg(who, opening.display(), totalIn.display(), totalOut.display(),
                    (opening + totalIn - totalOut).display(), closing.display(),
                    (closing - (opening + totalIn - totalOut)).display()));
}

// ---- building ---------------------------------------------------------------------

struct StatementBuilder::Shared {
    Provider provider;
    QHash<Id, Council> councils;
    FactsReader facts;
    bool preloaded = false;
    QHash<Id, AgreementTimeline> timelines;

    explicit Shared(const ProviderFile &file) : provider(loadProvider(file)), facts(file)
    {
        for (const Council &c : listCouncils(file))
            councils.insert(c.id, c);
    }
};

namespace {

QString inSectionName(TxnKind kind)
{
    switch (kind) {
    case TxnKind::CouncilPayment:
        return QStringLiteral("Council payments");
    case TxnKind::Contribution:
        return QStringLiteral("Contributions received");
    case TxnKind::OpeningBalance:
        return QStringLiteral("Balance brought in");
    default:
        return QStringLiteral("Adjustments");
    }
}

int inSectionOrder(TxnKind kind)
{
    switch (kind) {
    case TxnKind::CouncilPayment:
        return 0;
    case TxnKind::Contribution:
        return 1;
    case TxnKind::OpeningBalance:
        return 2;
    default:
        return 3;
    }
}

const QString kReturns = QStringLiteral("Returned to the council");

// Sorts the ledger's lines into the sections of money in and money out.
void sortIntoSections(StatementData &s, const PersonLedger &ledger, const ProviderFile &file)
{
    QHash<Id, QDate> dateOf;
    for (const LedgerLine &l : ledger.lines)
        dateOf.insert(l.txnId, l.date);
    // The originals of reversals from earlier periods.
    QStringList missing;
    for (const LedgerLine &l : ledger.lines)
        if (l.kind == TxnKind::Reversal && l.reversesId && !dateOf.contains(l.reversesId))
            missing << QString::number(l.reversesId);
    if (!missing.isEmpty()) {
        SqlQuery q(file.database(),
            QStringLiteral("SELECT id, txn_date FROM transactions WHERE id IN (%1)")
                .arg(missing.join(u',')));
        q.exec("read the reversed entries");
        while (q.next())
            dateOf.insert(q.int64(0), toDate(q.value(1)));
    }

    std::map<int, StatementSection> in; // by order
    std::map<QString, StatementSection> out; // by category name
    for (const LedgerLine &l : ledger.lines) {
        StatementItem item;
        item.txnId = l.txnId;
        item.date = l.date;
        item.kind = l.kind;
        item.isReversal = l.kind == TxnKind::Reversal;
        item.section = item.isReversal ? l.reversedKind : l.kind;
        item.category = l.category;
        item.supplier = l.supplier;
        item.reference = l.reference;
        item.description = l.description;
        item.rate = l.rate;
        if (l.hours)
            item.hours = item.isReversal ? -*l.hours : *l.hours;
        item.reversesId = l.reversesId;
        if (item.isReversal) {
            item.reversesDate = dateOf.value(l.reversesId);
            item.reason = l.reason;
            ++s.reversals;
        }
        item.reversedById = l.reversedById;
        if (l.reversedById)
            item.reversedOn = dateOf.value(l.reversedById);
        ++s.entries;

        StatementSection *section = nullptr;
        switch (item.section) {
        case TxnKind::Expense: {
            const QString name
                = l.category.isEmpty() ? QStringLiteral("Other spending") : l.category;
            section = &out[name];
            section->name = name;
            section->kind = TxnKind::Expense;
            item.amount = -l.change;
            break;
        }
        case TxnKind::ReturnToCouncil:
            section = &out[QString()]; // sorts first; moved to the end below
            section->name = kReturns;
            section->kind = TxnKind::ReturnToCouncil;
            item.amount = -l.change;
            break;
        default: {
            const TxnKind kind
                = item.section == TxnKind::Transfer ? TxnKind::Adjustment : item.section;
            section = &in[inSectionOrder(kind)];
            section->name = inSectionName(kind);
            section->kind = kind;
            item.amount = l.change;
            break;
        }
        }
        section->total += item.amount;
        section->items.push_back(std::move(item));
    }
    for (auto &[order, section] : in) {
        s.totalIn += section.total;
        s.moneyIn.push_back(std::move(section));
    }
    for (auto &[name, section] : out) {
        s.totalOut += section.total;
        if (!name.isEmpty())
            s.moneyOut.push_back(std::move(section));
    }
    if (const auto it = out.find(QString()); it != out.end())
        s.moneyOut.push_back(std::move(it->second));
}

bool planHasHours(const AgreementTimeline &timeline)
{
    for (const Agreement &a : timeline.versions())
        for (const PlanLine &l : a.plan)
            if (l.hoursPerWeek && !l.hoursPerWeek->isZero())
                return true;
    return false;
}

void addHours(StatementData &s, const PersonFacts &facts)
{
    StatementHours &h = s.hours;
    h.planInHours = planHasHours(facts.timeline);
    h.hasBank = hasBankableHours(facts.timeline);
    if (!h.planInHours || !facts.timeline.hasFunding())
        return;
    const HoursBank bank = hoursBankOf(facts, s.period.last);
    for (const HoursWeek &w : bank.weeks) {
        if (w.week.last < s.period.first) {
            h.bankAtStart = w.balance;
            continue;
        }
        if (w.week.last > s.period.last)
            break;
        if (h.weeks == 0)
            h.weeksCovered.first = w.week.first;
        h.weeksCovered.last = w.week.last;
        ++h.weeks;
        h.planned += w.planned;
        h.delivered += w.delivered;
        h.unplanned += w.unplanned;
        h.banked += w.banked;
        h.drawn += w.drawn;
        h.expired += w.expired;
    }
    h.bankAtEnd = h.weeks > 0 ? bank.balance : h.bankAtStart;
}

void addContributions(StatementData &s, const PersonFacts &facts)
{
    StatementContributions &c = s.contributions;
    for (const Agreement &a : facts.timeline.versions())
        if (a.contributionKind != ContributionKind::None)
            c.applies = true;
    if (!c.applies)
        return;
    if (s.agreement)
        c.collection = s.agreement->contributionCollection;
    const ContributionPosition end = contributionPositionOf(facts, s.period.last);
    const ContributionPosition before = contributionPositionOf(facts, s.period.first.addDays(-1));
    c.weeklyInForce = end.weeklyInForce;
    c.dueToDate = end.due;
    c.paidToDate = end.received;
    c.dueInPeriod = end.due - before.due;
    c.paidInPeriod = end.received - before.received;
}

void addAlerts(StatementData &s, const ProviderFile &file, const PersonFacts &facts)
{
    const std::vector<Alert> holding = computePersonAlerts(facts, s.period.last);
    if (holding.empty())
        return;
    QHash<QString, AlertRecord> records;
    for (AlertRecord &r : alertRecords(file, std::nullopt, s.person.id))
        records.insert(r.key, std::move(r));
    for (const Alert &a : holding) {
        StatementAlert out;
        out.rule = a.rule;
        out.title = alertTitle(a.rule);
        out.detail = a.detail;
        out.since = a.since;
        if (a.unit == AlertUnit::Money)
            out.amount = a.money();
        const auto it = records.constFind(a.key());
        if (it != records.constEnd()) {
            out.status = it->status;
            out.note = it->ackNote;
        }
        s.alerts.push_back(std::move(out));
    }
}

StatementData assemble(const ProviderFile &file, const StatementBuilder &, const Provider &provider,
    const Person &person, const Council &council, const PersonFacts &facts, const Period &period)
{
    StatementData s;
    s.period = period;
    s.generatedOn = file.clock().today();
    s.provider = provider;
    s.providerKey = currentSigningKey(file).fingerprint;
    s.person = person;
    s.council = council;
    s.policy = facts.policy;
    if (!facts.timeline.isEmpty()) {
        const Agreement &a = facts.timeline.versionOn(period.last);
        s.agreement = a;
        s.cycle = facts.timeline.current().statementCycle;
        s.weeklyBudget = facts.timeline.weeklyBudgetOn(period.last);
        s.contingency = a.contingency;
        s.contingencyNote = a.contingencyNote;
        s.allowedToKeep = facts.timeline.limitBudgetOn(period.last) * facts.policy.capWeeks;
    }
    const PersonLedger ledger = personLedger(file, person.id, period.first, period.last);
    s.opening = ledger.opening;
    sortIntoSections(s, ledger, file);
    // The closing balance is read again from the monthly totals, not carried from the
    // opening through the lines, so that check() compares two independent figures.
    s.closing = balanceAt(file, person.id, period.last);
    addHours(s, facts);
    addContributions(s, facts);
    addAlerts(s, file, facts);
    s.check();
    return s;
}

} // namespace

StatementBuilder::StatementBuilder(const ProviderFile &file)
    : m_file(file), d(std::make_unique<Shared>(file))
{ }

StatementBuilder::~StatementBuilder() = default;

void StatementBuilder::preloadAgreements()
{
    d->timelines = allTimelines(m_file);
    d->preloaded = true;
}

std::vector<StatementData> StatementBuilder::build(
    Id personId, const std::vector<Period> &periods) const
{
    for (const Period &p : periods)
        if (!p.isValid())
            throw InputError(QStringLiteral("A statement needs a period whose first day is on or "
                                            "before its last."));
    const auto person = personById(m_file, personId);
    if (!person)
        throw InputError(QStringLiteral("There is no person with id %1.").arg(personId));
    const Council council = d->councils.value(person->councilId);
    std::vector<StatementData> out;
    if (periods.empty())
        return out;
    QDate through = periods.front().last;
    for (const Period &p : periods)
        through = std::max(through, p.last);
    const AgreementTimeline none; // no agreement at all
    const AgreementTimeline *timeline = nullptr;
    if (d->preloaded) {
        const auto it = d->timelines.constFind(person->id);
        timeline = it == d->timelines.constEnd() ? &none : &*it;
    }
    const PersonHistory history = d->facts.read(*person, council, through, timeline);
    out.reserve(periods.size());
    for (const Period &p : periods)
        out.push_back(
            assemble(m_file, *this, d->provider, *person, council, history.factsAt(p.last), p));
    return out;
}

StatementData StatementBuilder::build(Id personId, const Period &period) const
{
    return std::move(build(personId, std::vector<Period> { period }).front());
}

StatementData buildStatement(const ProviderFile &file, Id personId, const Period &period)
{
    return StatementBuilder(file).build(personId, period);
}

} // namespace isf
