// The queries behind the council rules: a fixed handful over the whole file, each read
// as a forward-only stream ordered by person.
#include "rules/RuleInputs.h"

#include "ledger/Entry.h"
#include "storage/PersonStore.h"
#include "storage/ProviderFile.h"
#include "storage/ReferenceStore.h"
#include "storage/RowValues.h"
#include "storage/Sql.h"
#include "time/Dates.h"

#include <QSet>

#include <algorithm>

namespace isf {
namespace {

// Dates come back as ISO text; QDate::fromString is slow enough to matter over a
// million rows, so parse the ten characters by hand.
QDate isoDay(const QVariant &v)
{
    const QString s = v.toString();
    if (s.size() < 10)
        return QDate();
    auto num = [&](int from, int len) {
        int n = 0;
        for (int i = from; i < from + len; ++i)
            n = n * 10 + (s[i].unicode() - u'0');
        return n;
    };
    return QDate(num(0, 4), num(5, 2), num(8, 2));
}

QString personFilter(Id personId, const char *column)
{
    return personId ? QStringLiteral(" AND %1 = %2").arg(QLatin1String(column)).arg(personId)
                    : QString();
}

void forwardOnly(SqlQuery &q)
{
    q.raw().setForwardOnly(true);
}

struct TxnRow {
    Id id = 0;
    TxnKind kind = TxnKind::Expense;
    QDate date;
    Money amount;
    Id supplierId = 0;
    QString reference;
    std::optional<Hours> hours;
    Id reversesId = 0;
    TxnKind reversedKind = TxnKind::Expense;
};

// Turns one person's transactions (by date) into the facts, dropping what was reversed
// on or before asOf (a reversed contribution becomes a negative receipt on the day of
// its reversal, so arrears before it stay as they were).
void takeTransactions(PersonFacts &p, const std::vector<TxnRow> &rows)
{
    QSet<Id> reversed;
    for (const TxnRow &r : rows)
        if (r.kind == TxnKind::Reversal && r.reversesId)
            reversed.insert(r.reversesId);
    for (const TxnRow &r : rows) {
        if (r.kind == TxnKind::Reversal) {
            if (r.reversedKind == TxnKind::Contribution)
                p.contributions.push_back({ r.date, -r.amount });
            continue;
        }
        if (r.kind == TxnKind::Contribution) {
            p.contributions.push_back({ r.date, r.amount });
            continue;
        }
        if (reversed.contains(r.id))
            continue;
        switch (r.kind) {
        case TxnKind::CouncilPayment:
            p.councilPayments.push_back({ r.id, r.date, r.amount, r.reference });
            break;
        case TxnKind::ReturnToCouncil:
            p.returns.push_back({ r.id, r.date, r.amount });
            break;
        case TxnKind::Expense:
            if (r.hours && *r.hours > Hours())
                p.hours.push_back({ r.date, QString(), r.supplierId, *r.hours, r.id });
            break;
        default:
            break;
        }
    }
}

void takeExpenses(RuleInputs &in, Id personId, const std::vector<TxnRow> &rows)
{
    QSet<Id> reversed;
    for (const TxnRow &r : rows)
        if (r.kind == TxnKind::Reversal && r.reversesId)
            reversed.insert(r.reversesId);
    for (const TxnRow &r : rows)
        if (r.kind == TxnKind::Expense && r.supplierId && !reversed.contains(r.id))
            in.expenses.push_back({ r.id, personId, r.date, r.amount, r.supplierId, r.reference });
}

void readBalances(
    const ProviderFile &file, RuleInputs &in, const QHash<Id, std::size_t> &index, Id personId)
{
    SqlQuery q(file.database(),
        QStringLiteral(
            "SELECT person_id, txn_date, sum(amount) FROM postings WHERE person_id IS NOT NULL "
            "AND txn_date <= ? AND account_id IN (SELECT id FROM accounts WHERE kind = 'bank')%1 "
            "GROUP BY person_id, txn_date ORDER BY person_id, txn_date")
            .arg(personFilter(personId, "person_id")));
    forwardOnly(q);
    q.bind({ isoDate(in.asOf) }).exec("read the balances");
    Id current = -1;
    std::vector<BalanceChange> *target = nullptr;
    while (q.next()) {
        const Id person = q.int64(0);
        if (person != current) {
            current = person;
            const auto it = index.constFind(person);
            target = it == index.constEnd() ? nullptr : &in.people[*it].balanceChanges;
        }
        if (target)
            target->push_back({ isoDay(q.value(1)), q.int64(2) });
    }
}

void readTransactions(
    const ProviderFile &file, RuleInputs &in, const QHash<Id, std::size_t> &index, Id personId)
{
    SqlQuery q(file.database(),
        QStringLiteral(
            "SELECT t.id, t.person_id, t.kind, t.txn_date, t.amount, t.supplier_id, t.reference, "
            "t.hours, t.reverses_id, o.kind FROM transactions t LEFT JOIN transactions o ON o.id "
            "= t.reverses_id WHERE t.person_id IS NOT NULL AND t.txn_date <= ? AND t.kind IN "
            "('council_payment','contribution','return_to_council','expense','reversal')%1 "
            "AND (t.kind <> 'expense' OR t.supplier_id IS NOT NULL OR t.hours IS NOT NULL) "
            "ORDER BY t.person_id, t.txn_date, t.id")
            .arg(personFilter(personId, "t.person_id")));
    forwardOnly(q);
    q.bind({ isoDate(in.asOf) }).exec("read the transactions");
    std::vector<TxnRow> rows;
    Id current = -1;
    auto flush = [&] {
        if (current > 0) {
            const auto it = index.constFind(current);
            if (it != index.constEnd())
                takeTransactions(in.people[*it], rows);
            takeExpenses(in, current, rows);
        }
        rows.clear();
    };
    while (q.next()) {
        const Id person = q.int64(1);
        if (person != current) {
            flush();
            current = person;
        }
        TxnRow r;
        r.id = q.int64(0);
        r.kind = parseTxnKind(q.text(2));
        r.date = isoDay(q.value(3));
        r.amount = Money::fromPence(q.int64(4));
        r.supplierId = q.int64(5);
        r.reference = q.text(6);
        if (!q.isNull(7))
            r.hours = Hours::fromHundredths(q.int64(7));
        r.reversesId = q.int64(8);
        if (!q.isNull(9))
            r.reversedKind = parseTxnKind(q.text(9));
        rows.push_back(std::move(r));
    }
    flush();
    std::sort(in.expenses.begin(), in.expenses.end(),
        [](const SupplierExpense &a, const SupplierExpense &b) {
            return std::tie(a.supplierId, a.personId, a.date, a.txnId)
                < std::tie(b.supplierId, b.personId, b.date, b.txnId);
        });
}

void readHours(
    const ProviderFile &file, RuleInputs &in, const QHash<Id, std::size_t> &index, Id personId)
{
    SqlQuery q(file.database(),
        QStringLiteral("SELECT person_id, week_start, service, hours, txn_id FROM hours_delivered "
                       "WHERE week_start <= ?%1 ORDER BY person_id, week_start, id")
            .arg(personFilter(personId, "person_id")));
    forwardOnly(q);
    q.bind({ isoDate(in.asOf) }).exec("read the hours delivered");
    while (q.next()) {
        const auto it = index.constFind(q.int64(0));
        if (it == index.constEnd())
            continue;
        in.people[*it].hours.push_back(
            { isoDay(q.value(1)), q.text(2), 0, Hours::fromHundredths(q.int64(3)), q.int64(4) });
    }
}

// Opening balances: each person's earliest, and the file's earliest.
QDate readOpenings(const ProviderFile &file, QHash<Id, QDate> &byPerson)
{
    SqlQuery q(file.database(),
        QStringLiteral("SELECT person_id, min(txn_date) FROM transactions WHERE kind = "
                       "'opening_balance' AND person_id IS NOT NULL GROUP BY person_id"));
    q.exec("read the opening balances");
    QDate earliest;
    while (q.next()) {
        const QDate d = isoDay(q.value(1));
        byPerson.insert(q.int64(0), d);
        if (!earliest.isValid() || d < earliest)
            earliest = d;
    }
    return earliest;
}

RuleInputs load(const ProviderFile &file, const QDate &asOf, unsigned parts, Id personId)
{
    RuleInputs in;
    in.asOf = asOf;
    QHash<Id, Council> councils;
    for (const Council &c : listCouncils(file))
        councils.insert(c.id, c);
    for (const Supplier &s : listSuppliers(file))
        in.suppliers.insert(s.id, s);
    QHash<Id, AgreementTimeline> timelines;
    if (personId)
        timelines.insert(personId, timelineFor(file, personId));
    else
        timelines = allTimelines(file);

    SqlQuery people(file.database(),
        QStringLiteral("SELECT id, ref, given_name, family_name, council_id FROM people WHERE 1 = "
                       "1%1 ORDER BY ref")
            .arg(personFilter(personId, "id")));
    people.exec("read the people");
    QHash<Id, QDate> openings;
    const QDate fileRecordsFrom = readOpenings(file, openings);
    QHash<Id, std::size_t> index;
    while (people.next()) {
        PersonFacts p;
        p.personId = people.int64(0);
        p.ref = people.text(1);
        p.name = people.text(2) + u' ' + people.text(3);
        p.councilId = people.int64(4);
        const Council council = councils.value(p.councilId);
        p.councilName = council.name;
        p.timeline = timelines.value(p.personId);
        p.policy = p.timeline.policy(council.policy);
        p.recordsFrom = openings.value(p.personId, fileRecordsFrom);
        index.insert(p.personId, in.people.size());
        in.people.push_back(std::move(p));
    }
    if (parts & BalanceParts)
        readBalances(file, in, index, personId);
    if (parts & TransactionParts)
        readTransactions(file, in, index, personId);
    if (parts & HoursParts)
        readHours(file, in, index, personId);
    return in;
}

} // namespace

std::vector<ExpectedPayment> expectedPayments(const PersonFacts &facts, const QDate &asOf)
{
    std::vector<ExpectedPayment> s = scheduleForReconciliation(facts.timeline, facts.policy, asOf);
    if (facts.recordsFrom.isValid())
        std::erase_if(s, [&](const ExpectedPayment &e) { return e.due < facts.recordsFrom; });
    return s;
}

PaymentReconciliation reconcilePerson(const PersonFacts &facts, const QDate &asOf)
{
    std::vector<ReceivedPayment> received = facts.councilPayments;
    if (facts.recordsFrom.isValid())
        std::erase_if(
            received, [&](const ReceivedPayment &r) { return r.date < facts.recordsFrom; });
    PaymentReconciliation r;
    r.asOf = asOf;
    if (!facts.timeline.hasFunding()) {
        std::erase_if(received, [&](const ReceivedPayment &p) { return p.date > asOf; });
        r.unexpected = std::move(received);
        return r;
    }
    return reconcilePayments(
        expectedPayments(facts, asOf), std::move(received), facts.policy, asOf);
}

std::vector<ContributionDue> contributionsDue(const PersonFacts &facts, const QDate &asOf)
{
    std::vector<ContributionDue> due = contributionSchedule(facts.timeline, asOf);
    if (facts.recordsFrom.isValid())
        std::erase_if(due, [&](const ContributionDue &d) { return d.due < facts.recordsFrom; });
    return due;
}

std::vector<ContributionReceipt> contributionsReceived(const PersonFacts &facts)
{
    std::vector<ContributionReceipt> out = facts.contributions;
    if (facts.recordsFrom.isValid())
        std::erase_if(
            out, [&](const ContributionReceipt &r) { return r.date < facts.recordsFrom; });
    return out;
}

ContributionPosition contributionPositionOf(const PersonFacts &facts, const QDate &asOf)
{
    ContributionPosition p;
    p.asOf = asOf;
    for (const ContributionDue &d : contributionsDue(facts, asOf))
        p.due += d.amount;
    for (const ContributionReceipt &r : contributionsReceived(facts))
        if (r.date <= asOf)
            p.received += r.amount;
    p.weeklyInForce = facts.timeline.weeklyContributionOn(asOf);
    return p;
}

HoursBank hoursBankOf(const PersonFacts &facts, const QDate &asOf)
{
    return runHoursBank(facts.timeline, facts.policy, facts.hours, asOf, facts.recordsFrom);
}

RuleInputs loadRuleInputs(const ProviderFile &file, const QDate &asOf, unsigned parts)
{
    return load(file, asOf, parts, 0);
}

PersonFacts loadPersonFacts(const ProviderFile &file, Id personId, const QDate &asOf)
{
    RuleInputs in = load(file, asOf, AllParts, personId);
    return in.people.empty() ? PersonFacts() : std::move(in.people.front());
}

} // namespace isf
