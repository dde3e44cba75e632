#include "statements/StatementFacts.h"

#include "storage/ProviderFile.h"
#include "storage/RowValues.h"
#include "storage/Sql.h"
#include "time/Dates.h"

#include <QSet>

namespace isf {
namespace {

// Dates come back as ISO text; parse the ten characters by hand (thousands of rows).
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

const QString kBank = QStringLiteral("(SELECT id FROM accounts WHERE kind = 'bank')");

} // namespace

FactsReader::FactsReader(const ProviderFile &file) : m_file(file)
{
    m_openingAccount = scalar(file.database(),
        QStringLiteral("SELECT id FROM accounts WHERE code = 'equity:opening_balance'"), {},
        "read the accounts")
                           .toLongLong();
    // Every opening balance posts to this account (a reversal of one does too, but later
    // than it), so the index on postings finds the earliest without scanning the file.
    const QVariant first = scalar(file.database(),
        QStringLiteral("SELECT min(txn_date) FROM postings WHERE account_id = ?"),
        { m_openingAccount }, "read the opening balances");
    m_fileRecordsFrom = first.isNull() ? QDate() : isoDay(first);
}

PersonHistory FactsReader::read(
    const Person &person, const Council &council, const QDate &through) const
{
    const QSqlDatabase db = m_file.database();
    PersonHistory h;
    PersonFacts &p = h.m_base;
    p.personId = person.id;
    p.ref = person.ref;
    p.name = person.givenName + u' ' + person.familyName;
    p.councilId = person.councilId;
    p.councilName = council.name;
    p.timeline = timelineFor(m_file, person.id);
    p.policy = p.timeline.policy(council.policy);
    const QVariant opening = scalar(db,
        QStringLiteral("SELECT min(txn_date) FROM postings WHERE person_id = ? AND account_id = ?"),
        { person.id, m_openingAccount }, "read the opening balance");
    p.recordsFrom = opening.isNull() ? m_fileRecordsFrom : isoDay(opening);

    const QString until = isoDate(through);
    {
        SqlQuery q(db,
            QStringLiteral("SELECT txn_date, sum(amount) FROM postings WHERE person_id = ? AND "
                           "account_id IN %1 AND txn_date <= ? GROUP BY txn_date ORDER BY "
                           "txn_date")
                .arg(kBank));
        q.raw().setForwardOnly(true);
        q.bind({ person.id, until }).exec("read the balances");
        while (q.next())
            h.m_balance.push_back({ isoDay(q.value(0)), q.int64(1) });
    }
    {
        SqlQuery q(db,
            QStringLiteral(
                "SELECT t.id, t.kind, t.txn_date, t.amount, t.supplier_id, t.reference, t.hours, "
                "t.reverses_id, o.kind FROM transactions t LEFT JOIN transactions o ON o.id = "
                "t.reverses_id WHERE t.person_id = ? AND t.txn_date <= ? AND t.kind IN "
                "('council_payment','contribution','return_to_council','expense','reversal') "
                "AND (t.kind <> 'expense' OR t.supplier_id IS NOT NULL OR t.hours IS NOT NULL) "
                "ORDER BY t.txn_date, t.id"));
        q.raw().setForwardOnly(true);
        q.bind({ person.id, until }).exec("read the transactions");
        while (q.next()) {
            PersonHistory::Txn t;
            t.id = q.int64(0);
            t.kind = parseTxnKind(q.text(1));
            t.date = isoDay(q.value(2));
            t.amount = Money::fromPence(q.int64(3));
            t.supplierId = q.int64(4);
            t.reference = q.text(5);
            if (!q.isNull(6))
                t.hours = Hours::fromHundredths(q.int64(6));
            t.reversesId = q.int64(7);
            if (!q.isNull(8))
                t.reversedKind = parseTxnKind(q.text(8));
            h.m_txns.push_back(std::move(t));
        }
    }
    {
        SqlQuery q(db,
            QStringLiteral("SELECT week_start, service, hours, txn_id FROM hours_delivered WHERE "
                           "person_id = ? AND week_start <= ? ORDER BY week_start, id"));
        q.raw().setForwardOnly(true);
        q.bind({ person.id, until }).exec("read the hours delivered");
        while (q.next())
            h.m_hoursRows.push_back({ isoDay(q.value(0)), q.text(1), 0,
                Hours::fromHundredths(q.int64(2)), q.int64(3) });
    }
    return h;
}

PersonFacts PersonHistory::factsAt(const QDate &asOf) const
{
    PersonFacts p = m_base;
    for (const BalanceChange &b : m_balance) {
        if (b.date > asOf)
            break;
        p.balanceChanges.push_back(b);
    }
    QSet<Id> reversed;
    for (const Txn &t : m_txns) {
        if (t.date > asOf)
            break;
        if (t.kind == TxnKind::Reversal && t.reversesId)
            reversed.insert(t.reversesId);
    }
    for (const Txn &t : m_txns) {
        if (t.date > asOf)
            break;
        if (t.kind == TxnKind::Reversal) {
            if (t.reversedKind == TxnKind::Contribution)
                p.contributions.push_back({ t.date, -t.amount });
            continue;
        }
        if (t.kind == TxnKind::Contribution) {
            p.contributions.push_back({ t.date, t.amount });
            continue;
        }
        if (reversed.contains(t.id))
            continue;
        switch (t.kind) {
        case TxnKind::CouncilPayment:
            p.councilPayments.push_back({ t.id, t.date, t.amount, t.reference });
            break;
        case TxnKind::ReturnToCouncil:
            p.returns.push_back({ t.id, t.date, t.amount });
            break;
        case TxnKind::Expense:
            if (t.hours && *t.hours > Hours())
                p.hours.push_back({ t.date, QString(), t.supplierId, *t.hours, t.id });
            break;
        default:
            break;
        }
    }
    // RuleInputs lists expense hours first, then the hours rows (its hours query runs
    // after the transactions one).
    for (const DeliveredHours &d : m_hoursRows) {
        if (d.date > asOf)
            break;
        p.hours.push_back(d);
    }
    return p;
}

} // namespace isf
