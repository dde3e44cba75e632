// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "core/ledger/PeriodSummary.h"

#include "core/ledger/LedgerQueries.h"
#include "core/storage/ProviderFile.h"
#include "core/storage/Sql.h"
#include "core/time/Dates.h"

#include <map>

namespace isf {

Money FundSummary::spending() const
{
    Money total;
    for (const Money &m : spendingByCategory)
        total += m;
    return total;
}

std::vector<FundSummary> summarisePeriod(
    const ProviderFile &file, const Period &period, Id councilId, Id personId)
{
    const QSqlDatabase db = file.database();
    QString filter;
    if (councilId)
        filter += QStringLiteral(" AND pe.council_id = %1").arg(councilId);
    if (personId)
        filter += QStringLiteral(" AND pe.id = %1").arg(personId);

    std::map<QString, FundSummary> byRef;
    QHash<Id, FundSummary *> byId;
    {
        SqlQuery people(
            db, QStringLiteral("SELECT pe.id, pe.ref FROM people pe WHERE 1 = 1%1").arg(filter));
        people.exec("read the people");
        while (people.next()) {
            FundSummary &s = byRef[people.text(1)];
            s.personId = people.int64(0);
            s.ref = people.text(1);
        }
        for (auto &[ref, s] : byRef)
            byId.insert(s.personId, &s);
    }
    const auto opening = balancesAt(file, period.first.addDays(-1));
    const auto closing = balancesAt(file, period.last);
    for (const PersonBalance &b : opening)
        if (FundSummary *s = byId.value(b.personId))
            s->opening = b.balance;
    for (const PersonBalance &b : closing)
        if (FundSummary *s = byId.value(b.personId))
            s->closing = b.balance;

    QHash<Id, Id> categoryOfAccount;
    SqlQuery cats(db, QStringLiteral("SELECT account_id, id FROM categories"));
    cats.exec("read the categories");
    while (cats.next())
        categoryOfAccount.insert(cats.int64(0), cats.int64(1));

    SqlQuery q(db,
        QStringLiteral(
            "SELECT p.person_id, a.code, a.kind, p.account_id, sum(p.amount) FROM postings p "
            "JOIN accounts a ON a.id = p.account_id JOIN people pe ON pe.id = p.person_id "
            "WHERE p.txn_date >= ? AND p.txn_date <= ? AND a.kind <> 'bank'%1 "
            "GROUP BY p.person_id, a.code, a.kind, p.account_id")
            .arg(filter));
    q.bind({ isoDate(period.first), isoDate(period.last) }).exec("summarise the period");
    while (q.next()) {
        FundSummary *s = byId.value(q.int64(0));
        if (!s)
            continue;
        const QString code = q.text(1);
        const Money net = Money::fromPence(q.int64(4)); // debit positive
        if (code == u"income:council_payment")
            s->councilPayments += -net;
        else if (code == u"income:contribution")
            s->contributions += -net;
        else if (code == u"equity:opening_balance")
            s->openingBalances += -net;
        else if (code == u"expense:return_to_council")
            s->returnsToCouncil += net;
        else if (const Id cat = categoryOfAccount.value(q.int64(3)))
            s->spendingByCategory[cat] += net;
        else
            s->adjustments += -net; // suspense and anything else moves the fund the other way
    }
    std::vector<FundSummary> out;
    out.reserve(byRef.size());
    for (auto &[ref, s] : byRef)
        out.push_back(std::move(s));
    return out;
}

} // namespace isf
