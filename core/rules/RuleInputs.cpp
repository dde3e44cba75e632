// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
// The queries behind the council rules: a fixed handful over the whole file, each read
// as a forward-only stream ordered by person.
#include "core/rules/RuleInputs.h"

#include "core/bank/ReconciliationOverdue.h"
#include "core/ledger/Entry.h"
#include "core/storage/PersonStore.h"
#include "core/storage/ProviderFile.h"
#include "core/storage/ReferenceStore.h"
#include "core/storage/RowValues.h"
#include "core/storage/Sql.h"
#include "core/time/Dates.h"

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

// A date column as the number yyyymmdd, so that no text is made per row.
QString dayNumber(const char *column)
{
    return QStringLiteral("CAST(replace(%1, '-', '') AS INTEGER)").arg(QLatin1String(column));
}

QDate fromDayNumber(qint64 n)
{
    return QDate(int(n / 10000), int(n / 100 % 100), int(n % 100));
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

// How an entry moves the person's fund: exactly what Ledger::buildPostings posts to the
// client bank accounts for that kind (a transfer moves money between two of them, so the
// fund does not change). A test checks the sum against balanceAt().
qint64 fundChange(TxnKind kind, qint64 amount)
{
    switch (kind) {
    case TxnKind::OpeningBalance:
    case TxnKind::CouncilPayment:
    case TxnKind::Contribution:
    case TxnKind::Adjustment:
        return amount;
    case TxnKind::Expense:
    case TxnKind::ReturnToCouncil:
        return -amount;
    case TxnKind::Transfer:
    case TxnKind::Reversal:
        break;
    }
    return 0;
}

// Turns one person's entries (sorted by date) into the facts. A reversal undoes what it
// reverses in the balance on its own date; otherwise what was reversed on or before asOf
// is dropped, except a contribution, whose reversal is a negative receipt on the day of the
// reversal (so the arrears before it stay as they were).
void takeLedger(RuleInputs &in, PersonFacts &p, std::vector<TxnRow> &rows, bool wantBalances,
    bool wantTransactions)
{
    std::vector<Id> reversed;
    for (TxnRow &r : rows) {
        if (r.kind != TxnKind::Reversal || !r.reversesId)
            continue;
        reversed.push_back(r.reversesId);
        for (const TxnRow &o : rows)
            if (o.id == r.reversesId) {
                r.reversedKind = o.kind;
                break;
            }
    }
    std::sort(reversed.begin(), reversed.end());
    auto isReversed = [&](Id id) {
        return !reversed.empty() && std::binary_search(reversed.begin(), reversed.end(), id);
    };
    const std::size_t firstExpense = in.expenses.size();
    for (const TxnRow &r : rows) {
        if (wantBalances) {
            const qint64 change = r.kind == TxnKind::Reversal
                ? -fundChange(r.reversedKind, r.amount.pence())
                : fundChange(r.kind, r.amount.pence());
            if (change != 0) {
                if (!p.balanceChanges.empty() && p.balanceChanges.back().date == r.date)
                    p.balanceChanges.back().pence += change;
                else
                    p.balanceChanges.push_back({ r.date, change });
            }
        }
        if (!wantTransactions)
            continue;
        if (r.kind == TxnKind::Reversal) {
            if (r.reversedKind == TxnKind::Contribution)
                p.contributions.push_back({ r.date, -r.amount });
            continue;
        }
        if (r.kind == TxnKind::Contribution) {
            p.contributions.push_back({ r.date, r.amount });
            continue;
        }
        if (isReversed(r.id))
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
            if (r.supplierId)
                in.expenses.push_back(
                    { r.id, p.personId, r.date, r.amount, r.supplierId, r.reference });
            break;
        default:
            break;
        }
    }
    // The person's expenses by supplier then date (people arrive in order, so the whole
    // list is by person, supplier and date).
    std::sort(in.expenses.begin() + std::ptrdiff_t(firstExpense), in.expenses.end(),
        [](const SupplierExpense &a, const SupplierExpense &b) {
            return std::tie(a.supplierId, a.date, a.txnId)
                < std::tie(b.supplierId, b.date, b.txnId);
        });
}

// Kinds as small numbers straight from SQL, so that no text is made per row.
const char *const kKindCase
    = "CASE t.kind WHEN 'council_payment' THEN 1 WHEN 'contribution' THEN 2 WHEN "
      "'return_to_council' THEN 3 WHEN 'expense' THEN 4 WHEN 'reversal' THEN 5 WHEN "
      "'opening_balance' THEN 6 WHEN 'transfer' THEN 7 ELSE 0 END";

TxnKind kindOf(int code)
{
    switch (code) {
    case 1:
        return TxnKind::CouncilPayment;
    case 2:
        return TxnKind::Contribution;
    case 3:
        return TxnKind::ReturnToCouncil;
    case 4:
        return TxnKind::Expense;
    case 5:
        return TxnKind::Reversal;
    case 6:
        return TxnKind::OpeningBalance;
    case 7:
        return TxnKind::Transfer;
    default:
        return TxnKind::Adjustment;
    }
}

// The ledger in one stream, in person and date order, read from the covering index
// transactions_rules (schema version 4) without touching the table: every person's
// balance changes (derived from the kinds, as the ledger posts them) and the entries
// the rules look at.
void readLedger(const ProviderFile &file, RuleInputs &in, const QHash<Id, std::size_t> &index,
    Id personId, bool wantBalances, bool wantTransactions)
{
    SqlQuery q(file.database(),
        QStringLiteral(
            "SELECT t.id, t.person_id, %1, %3, t.amount, t.supplier_id, CASE WHEN t.kind IN "
            "('expense', 'council_payment') THEN nullif(t.reference, '') END, t.hours, "
            "t.reverses_id FROM transactions t WHERE %2 AND t.txn_date <= ? "
            "ORDER BY t.person_id, t.txn_date")
            .arg(QLatin1String(kKindCase),
                personId ? QStringLiteral("t.person_id = %1").arg(personId)
                         : QStringLiteral("t.person_id IS NOT NULL"),
                dayNumber("t.txn_date")));
    forwardOnly(q);
    q.bind({ isoDate(in.asOf) }).exec("read the ledger");
    QSqlQuery &raw = q.raw();
    std::vector<TxnRow> rows;
    Id current = -1;
    auto flush = [&] {
        const auto it = index.constFind(current);
        if (it != index.constEnd()) {
            std::sort(rows.begin(), rows.end(), [](const TxnRow &a, const TxnRow &b) {
                return std::tie(a.date, a.id) < std::tie(b.date, b.id);
            });
            takeLedger(in, in.people[*it], rows, wantBalances, wantTransactions);
        }
        rows.clear();
    };
    while (raw.next()) {
        const Id person = raw.value(1).toLongLong();
        if (person != current) {
            flush();
            current = person;
        }
        TxnRow r;
        r.id = raw.value(0).toLongLong();
        r.kind = kindOf(raw.value(2).toInt());
        r.date = fromDayNumber(raw.value(3).toLongLong());
        r.amount = Money::fromPence(raw.value(4).toLongLong());
        r.supplierId = raw.value(5).toLongLong();
        const QVariant reference = raw.value(6);
        if (!reference.isNull())
            r.reference = reference.toString();
        const QVariant hours = raw.value(7);
        if (!hours.isNull())
            r.hours = Hours::fromHundredths(hours.toLongLong());
        r.reversesId = raw.value(8).toLongLong();
        rows.push_back(std::move(r));
    }
    flush();
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

// Opening balances, each person's earliest (through the opening balance account's
// postings, by index).
void readOpenings(const ProviderFile &file, QHash<Id, QDate> &byPerson)
{
    SqlQuery q(file.database(),
        QStringLiteral("SELECT person_id, min(txn_date) FROM postings WHERE account_id = (SELECT "
                       "id FROM accounts WHERE code = 'equity:opening_balance') AND person_id IS "
                       "NOT NULL GROUP BY person_id"));
    q.exec("read the opening balances");
    while (q.next())
        byPerson.insert(q.int64(0), isoDay(q.value(1)));
}

RuleInputs load(const ProviderFile &file, const QDate &asOf, unsigned parts, Id personId)
{
    RuleInputs in;
    in.asOf = asOf;
    if (!personId)
        in.reconciliations = reconciliationStates(file, asOf);
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
        index.insert(p.personId, in.people.size());
        in.people.push_back(std::move(p));
    }
    if (parts & (BalanceParts | TransactionParts))
        readLedger(file, in, index, personId, parts & BalanceParts, parts & TransactionParts);
    QHash<Id, QDate> openings; // every person's: the file's earliest counts for all
    readOpenings(file, openings);
    QDate fileRecordsFrom;
    for (const QDate &d : std::as_const(openings))
        if (!fileRecordsFrom.isValid() || d < fileRecordsFrom)
            fileRecordsFrom = d;
    for (PersonFacts &p : in.people)
        p.recordsFrom = openings.value(p.personId, fileRecordsFrom);
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
