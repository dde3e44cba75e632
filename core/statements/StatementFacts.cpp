// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "core/statements/StatementFacts.h"

#include "core/storage/ProviderFile.h"
#include "core/storage/RowValues.h"
#include "core/storage/Sql.h"
#include "core/time/Dates.h"

#include <QSet>

#include <algorithm>
#include <tuple>

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

// How an entry moves the person's fund: what Ledger::buildPostings posts to the client
// bank accounts for its kind (a transfer moves money between two of them). The same
// rule as RuleInputs; tests/core_statements checks the balances against the rules'.
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

PersonHistory FactsReader::read(const Person &person, const Council &council, const QDate &through,
    const AgreementTimeline *timeline) const
{
    const QSqlDatabase db = m_file.database();
    PersonHistory h;
    PersonFacts &p = h.m_base;
    p.personId = person.id;
    p.ref = person.ref;
    p.name = person.givenName + u' ' + person.familyName;
    p.councilId = person.councilId;
    p.councilName = council.name;
    p.timeline = timeline ? *timeline : timelineFor(m_file, person.id);
    p.policy = p.timeline.policy(council.policy);
    const QVariant opening = scalar(db,
        QStringLiteral("SELECT min(txn_date) FROM postings WHERE person_id = ? AND account_id = ?"),
        { person.id, m_openingAccount }, "read the opening balance");
    p.recordsFrom = opening.isNull() ? m_fileRecordsFrom : isoDay(opening);

    const QString until = isoDate(through);
    {
        // From the covering index transactions_rules alone (schema version 4): the
        // person's whole history costs a few index pages, not a read of every posting.
        SqlQuery q(db,
            QStringLiteral("SELECT t.id, %1, CAST(replace(t.txn_date, '-', '') AS INTEGER), "
                           "t.amount, t.supplier_id, t.reference, t.hours, t.reverses_id FROM "
                           "transactions t WHERE t.person_id = ? AND t.txn_date <= ?")
                .arg(QLatin1String(kKindCase)));
        q.raw().setForwardOnly(true);
        q.bind({ person.id, until }).exec("read the transactions");
        QSqlQuery &raw = q.raw();
        while (raw.next()) {
            PersonHistory::Txn t;
            t.id = raw.value(0).toLongLong();
            t.kind = kindOf(raw.value(1).toInt());
            const qint64 day = raw.value(2).toLongLong();
            t.date = QDate(int(day / 10000), int(day / 100 % 100), int(day % 100));
            t.amount = Money::fromPence(raw.value(3).toLongLong());
            t.supplierId = raw.value(4).toLongLong();
            if (t.kind == TxnKind::Expense || t.kind == TxnKind::CouncilPayment)
                t.reference = raw.value(5).toString();
            const QVariant hours = raw.value(6);
            if (!hours.isNull())
                t.hours = Hours::fromHundredths(hours.toLongLong());
            t.reversesId = raw.value(7).toLongLong();
            h.m_txns.push_back(std::move(t));
        }
    }
    // In date order, and the order of entry within a day. (Asking SQL to sort by id too
    // would make SQLite read the table instead of the index.)
    std::sort(h.m_txns.begin(), h.m_txns.end(),
        [](const PersonHistory::Txn &a, const PersonHistory::Txn &b) {
            return std::tie(a.date, a.id) < std::tie(b.date, b.id);
        });
    // What each reversal undoes (always an earlier entry of the same person), and how
    // each entry moved the fund, day by day.
    QHash<Id, TxnKind> kinds;
    for (const PersonHistory::Txn &t : h.m_txns)
        if (t.kind != TxnKind::Reversal)
            kinds.insert(t.id, t.kind);
    for (PersonHistory::Txn &t : h.m_txns) {
        if (t.kind == TxnKind::Reversal)
            t.reversedKind = kinds.value(t.reversesId, TxnKind::Transfer);
        const qint64 change = t.kind == TxnKind::Reversal
            ? -fundChange(t.reversedKind, t.amount.pence())
            : fundChange(t.kind, t.amount.pence());
        if (change == 0)
            continue;
        if (!h.m_balance.empty() && h.m_balance.back().date == t.date)
            h.m_balance.back().pence += change;
        else
            h.m_balance.push_back({ t.date, change });
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
