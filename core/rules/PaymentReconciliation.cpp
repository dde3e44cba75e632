// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "core/rules/PaymentReconciliation.h"

#include "core/rules/AgreementTimeline.h"

#include <algorithm>

namespace isf {

QString paymentStatusCode(PaymentStatus s)
{
    switch (s) {
    case PaymentStatus::Matched:
        return QStringLiteral("matched");
    case PaymentStatus::Missing:
        return QStringLiteral("missing");
    case PaymentStatus::Short:
        return QStringLiteral("short");
    case PaymentStatus::Over:
        return QStringLiteral("over");
    case PaymentStatus::Awaiting:
        return QStringLiteral("awaiting");
    case PaymentStatus::NotDue:
        return QStringLiteral("not_due");
    }
    return QStringLiteral("awaiting");
}

int earlyAllowanceDays(const Policy &policy)
{
    const int period = 7 * std::max(1, policy.paymentIntervalWeeks);
    return std::max(0, std::min(policy.graceDays, (period - 1) / 2));
}

std::vector<ExpectedPayment> scheduleForReconciliation(
    const AgreementTimeline &timeline, const Policy &policy, const QDate &asOf)
{
    const int period = 7 * std::max(1, policy.paymentIntervalWeeks);
    return paymentSchedule(timeline, policy, asOf.addDays(earlyAllowanceDays(policy) + period));
}

PaymentReconciliation reconcilePayments(const std::vector<ExpectedPayment> &schedule,
    std::vector<ReceivedPayment> received, const Policy &policy, const QDate &asOf)
{
    PaymentReconciliation r;
    r.asOf = asOf;
    std::erase_if(received, [&](const ReceivedPayment &p) { return p.date > asOf; });
    std::stable_sort(received.begin(), received.end(),
        [](const ReceivedPayment &a, const ReceivedPayment &b) { return a.date < b.date; });
    if (schedule.empty()) {
        r.unexpected = std::move(received);
        return r;
    }
    const int early = earlyAllowanceDays(policy);
    r.matches.reserve(schedule.size());
    for (const ExpectedPayment &e : schedule) {
        PaymentMatch m;
        m.expected = e;
        m.graceEnds = e.due.addDays(policy.graceDays);
        r.matches.push_back(m);
    }
    // 1. Windows: payment i owns [due_i - early, due_(i+1) - early - 1].
    std::vector<QDate> lastMoney(r.matches.size());
    std::size_t i = 0;
    for (const ReceivedPayment &p : received) {
        while (i + 1 < r.matches.size() && p.date >= r.matches[i + 1].expected.due.addDays(-early))
            ++i;
        PaymentMatch &m = r.matches[i];
        const Money before = m.received;
        m.received += p.amount;
        m.txnIds.push_back(p.txnId);
        if (before < m.expected.amount && m.received >= m.expected.amount)
            m.settledOn = p.date;
        lastMoney[i] = p.date;
    }
    // 2. Catch-up: surplus settles earlier shortfalls, oldest first.
    for (std::size_t j = 0; j < r.matches.size(); ++j) {
        PaymentMatch &over = r.matches[j];
        Money surplus = over.received - over.expected.amount;
        for (std::size_t k = 0; k < j && surplus > Money(); ++k) {
            PaymentMatch &shortOne = r.matches[k];
            const Money gap = shortOne.expected.amount - shortOne.received;
            if (gap <= Money())
                continue;
            const Money take = std::min(gap, surplus);
            shortOne.received += take;
            over.received -= take;
            surplus -= take;
            for (Id id : over.txnIds)
                if (std::find(shortOne.txnIds.begin(), shortOne.txnIds.end(), id)
                    == shortOne.txnIds.end())
                    shortOne.txnIds.push_back(id);
            if (shortOne.received >= shortOne.expected.amount)
                shortOne.settledOn = lastMoney[j];
        }
    }
    // 3. Status at asOf.
    for (PaymentMatch &m : r.matches) {
        const Money expected = m.expected.amount;
        if (m.received > expected)
            m.status = m.expected.due > asOf ? PaymentStatus::NotDue : PaymentStatus::Over;
        else if (m.expected.due > asOf)
            m.status = PaymentStatus::NotDue;
        else if (m.received == expected)
            m.status = PaymentStatus::Matched;
        else if (asOf <= m.graceEnds)
            m.status = PaymentStatus::Awaiting;
        else
            m.status = m.received.isZero() ? PaymentStatus::Missing : PaymentStatus::Short;
        if (m.received == expected && !expected.isZero() && m.settledOn.isValid())
            m.late = m.settledOn > m.graceEnds;
    }
    return r;
}

} // namespace isf
