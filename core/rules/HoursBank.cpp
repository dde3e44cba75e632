// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "core/rules/HoursBank.h"

#include "core/rules/AgreementTimeline.h"

#include <QSet>

#include <algorithm>
#include <deque>

namespace isf {
namespace {

QString serviceKey(const QString &s)
{
    return s.trimmed().toCaseFolded();
}

Hours proRata(Hours perWeek, qint64 days)
{
    return days >= 7 ? perWeek
                     : Hours::fromHundredths(divideRoundHalfAway(perWeek.hundredths() * days, 7));
}

// The bank's state after the events of a day: what the alert conditions look at.
struct Snapshot {
    QDate day;
    Hours balance;
    QDate oldestLastUsable; // invalid when no open lot expires
};

class Bank {
public:
    explicit Bank(const Policy &policy) : m_policy(policy) { }

    // Expires every lot whose last usable day is before `day` (oldest first): each is
    // gone from the day after its last usable day, one snapshot per such day. Returns
    // the hours expired.
    Hours expireBefore(const QDate &day)
    {
        Hours total;
        while (!m_lots.empty() && m_lots.front().lastUsable.isValid()
            && m_lots.front().lastUsable < day) {
            const QDate on = m_lots.front().lastUsable.addDays(1);
            while (!m_lots.empty() && m_lots.front().lastUsable.isValid()
                && m_lots.front().lastUsable < on) {
                total += m_lots.front().remaining;
                m_balance -= m_lots.front().remaining;
                m_lots.pop_front();
            }
            snapshot(on);
        }
        return total;
    }

    // Everything left lapses from `day` (the agreement has ended).
    Hours lapseAll(const QDate &day)
    {
        Hours total = m_balance;
        m_lots.clear();
        m_balance = Hours();
        if (!total.isZero())
            snapshot(day);
        return total;
    }

    void deposit(const QDate &bankedOn, Hours hours)
    {
        if (hours <= Hours())
            return;
        BankLot lot;
        lot.bankedOn = bankedOn;
        if (m_policy.bankExpiryWeeks)
            lot.lastUsable = bankedOn.addDays(7LL * *m_policy.bankExpiryWeeks);
        lot.remaining = hours;
        m_lots.push_back(lot);
        m_balance += hours;
    }

    Hours draw(Hours wanted)
    {
        Hours drawn;
        while (wanted > Hours() && !m_lots.empty()) {
            BankLot &lot = m_lots.front();
            const Hours take = std::min(wanted, lot.remaining);
            lot.remaining -= take;
            wanted -= take;
            drawn += take;
            m_balance -= take;
            if (lot.remaining.isZero())
                m_lots.pop_front();
        }
        return drawn;
    }

    void snapshot(const QDate &day)
    {
        QDate oldest;
        if (!m_lots.empty())
            oldest = m_lots.front().lastUsable;
        if (!m_snapshots.empty() && m_snapshots.back().day == day)
            m_snapshots.back() = { day, m_balance, oldest };
        else
            m_snapshots.push_back({ day, m_balance, oldest });
    }

    Hours balance() const { return m_balance; }
    const std::deque<BankLot> &lots() const { return m_lots; }
    const std::vector<Snapshot> &snapshots() const { return m_snapshots; }

private:
    const Policy &m_policy;
    std::deque<BankLot> m_lots;
    Hours m_balance;
    std::vector<Snapshot> m_snapshots;
};

// The start of the run of days, ending at asOf, on which `holds(snapshot, from, to)`
// is true; `from` gives the first day within [a, b] the condition holds, or an
// invalid date when it holds on none of them (conditions only turn on within a state).
template <class FirstDay>
QDate runStart(const std::vector<Snapshot> &snaps, const QDate &asOf, FirstDay &&firstDay)
{
    QDate start;
    for (std::size_t i = 0; i < snaps.size() && snaps[i].day <= asOf; ++i) {
        const QDate a = snaps[i].day;
        const QDate b = (i + 1 < snaps.size() && snaps[i + 1].day <= asOf)
            ? snaps[i + 1].day.addDays(-1)
            : asOf;
        const QDate t = firstDay(snaps[i], a, b);
        if (!t.isValid())
            start = QDate();
        else if (t > a || !start.isValid())
            start = t;
        if (b == asOf && !(t.isValid() && t <= asOf))
            return QDate();
    }
    return start;
}

} // namespace

bool hasBankableHours(const AgreementTimeline &timeline)
{
    for (const Agreement &a : timeline.versions())
        for (const PlanLine &l : a.plan)
            if (l.bankable && l.hoursPerWeek && *l.hoursPerWeek > Hours())
                return true;
    return false;
}

HoursBank runHoursBank(const AgreementTimeline &timeline, const Policy &policy,
    std::vector<DeliveredHours> delivered, const QDate &asOf, const QDate &recordsFrom)
{
    HoursBank out;
    out.asOf = asOf;
    if (!timeline.hasFunding() || !timeline.firstDay().isValid())
        return out;

    // An hours row that names an expense replaces the expense's own hours.
    QSet<Id> namedTxns;
    for (const DeliveredHours &d : delivered)
        if (d.txnId && !d.service.isEmpty())
            namedTxns.insert(d.txnId);
    std::erase_if(delivered, [&](const DeliveredHours &d) {
        return d.service.isEmpty() && d.txnId && namedTxns.contains(d.txnId);
    });
    std::stable_sort(delivered.begin(), delivered.end(),
        [](const DeliveredHours &a, const DeliveredHours &b) { return a.date < b.date; });

    Bank bank(policy);
    const QDate first = timeline.firstDay();
    const QDate last = timeline.lastDay();
    std::size_t next = 0;
    while (next < delivered.size() && delivered[next].date < first)
        ++next; // before the agreement: nothing to count them against
    for (QDate weekFirst = first; (!last.isValid() || weekFirst <= last);
         weekFirst = weekFirst.addDays(7)) {
        const QDate weekEnd = weekFirst.addDays(6);
        const Period week = timeline.coveredWithin(weekFirst, weekEnd);
        if (!week.isValid() || week.last > asOf)
            break;
        if (recordsFrom.isValid() && week.last < recordsFrom) {
            while (next < delivered.size() && delivered[next].date <= weekEnd)
                ++next;
            continue;
        }
        HoursWeek w;
        w.week = week;
        w.expired = bank.expireBefore(week.last);

        const Agreement &version = timeline.versionOn(weekFirst);
        const std::vector<PlanLine> &plan = version.plan;
        std::vector<Hours> planned(plan.size()), got(plan.size());
        for (std::size_t i = 0; i < plan.size(); ++i)
            if (plan[i].hoursPerWeek)
                planned[i] = proRata(*plan[i].hoursPerWeek, week.days());
        for (; next < delivered.size() && delivered[next].date <= weekEnd; ++next) {
            const DeliveredHours &d = delivered[next];
            std::optional<std::size_t> line;
            for (std::size_t i = 0; i < plan.size() && !line; ++i) {
                if (!plan[i].hoursPerWeek)
                    continue;
                if (!d.service.isEmpty() ? serviceKey(plan[i].service) == serviceKey(d.service)
                                         : (d.supplierId && plan[i].supplierId == d.supplierId))
                    line = i;
            }
            if (line)
                got[*line] += d.hours;
            else
                w.unplanned += d.hours;
        }
        Hours unusedBankable, over;
        for (std::size_t i = 0; i < plan.size(); ++i) {
            w.planned += planned[i];
            w.delivered += got[i];
            if (got[i] > planned[i])
                over += got[i] - planned[i];
            else if (plan[i].bankable)
                unusedBankable += planned[i] - got[i];
        }
        // Within a week, hours beyond plan on one line use the unused hours of a
        // bankable line first; the rest goes to (or comes from) the bank.
        const Hours offset = std::min(over, unusedBankable);
        w.banked = unusedBankable - offset;
        bank.deposit(week.last, w.banked);
        w.drawn = bank.draw(over - offset);
        w.unfunded = over - offset - w.drawn;
        bank.snapshot(week.last);
        w.balance = bank.balance();
        out.weeks.push_back(w);

        out.planned += w.planned;
        out.delivered += w.delivered;
        out.unplanned += w.unplanned;
        out.banked += w.banked;
        out.drawn += w.drawn;
        out.expired += w.expired;
    }
    // Between the last settled week and asOf, lots may expire; after the agreement's
    // last day whatever is left lapses.
    if (last.isValid() && last < asOf) {
        out.expired += bank.expireBefore(last.addDays(1));
        out.expired += bank.lapseAll(last.addDays(1));
    } else {
        out.expired += bank.expireBefore(asOf);
    }
    out.balance = bank.balance();
    out.lots.assign(bank.lots().begin(), bank.lots().end());

    const int notice = policy.reviewNoticeDays;
    for (const BankLot &lot : out.lots)
        if (lot.lastUsable.isValid() && lot.lastUsable.addDays(-notice) <= asOf)
            out.expiringSoon += lot.remaining;
    if (policy.bankCap) {
        const Hours cap = *policy.bankCap;
        out.overCapSince = runStart(
            bank.snapshots(), asOf, [&](const Snapshot &s, const QDate &a, const QDate &) {
                return s.balance > cap ? a : QDate();
            });
    }
    out.expiringSince
        = runStart(bank.snapshots(), asOf, [&](const Snapshot &s, const QDate &a, const QDate &b) {
              if (!s.oldestLastUsable.isValid())
                  return QDate();
              const QDate t = std::max(a, s.oldestLastUsable.addDays(-notice));
              return t <= b ? t : QDate();
          });
    return out;
}

} // namespace isf
