// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
// The demo ledger: a week-by-week simulation of every person's money, posted through
// the ledger in batch mode in date order.
#include "core/generator/Generator.h"
#include "core/generator/GeneratorModel.h"
#include "core/ledger/Ledger.h"
#include "core/storage/ProviderFile.h"
#include "core/storage/ReferenceStore.h"
#include "core/time/Dates.h"

#include <algorithm>
#include <map>

namespace isf::demo {
namespace {

enum class Action { Post, Reverse, ReturnAll };

struct Event {
    QDate date;
    quint64 seq = 0;
    int person = 0;
    Action action = Action::Post;
    NewEntry entry;
    int reversePermille = 0; // chance that this entry is later reversed
    // Reverse: the transaction, its effect on the fund, why; and whether to post the
    // corrected entry again.
    Id txnId = 0;
    Money change;
    QString reason;
    bool repost = false;
};

struct Categories {
    Id personalCare = 0, commissioned = 0, assistant = 0, equipment = 0, activities = 0,
       transport = 0, household = 0, managementFee = 0;
};

Money changeOf(const NewEntry &e)
{
    const Money amount = Ledger::effectiveAmount(e);
    if (isMoneyIn(e.kind) || e.kind == TxnKind::Adjustment)
        return amount;
    return -amount;
}

qint64 floorDiv(qint64 a, qint64 b)
{
    return a >= 0 ? a / b : -((-a + b - 1) / b);
}

// 06/04/2026 (or 20260406 when compact), without QDate's format parser: the
// generator writes a few of these for each of a million entries.
QString dayText(const QDate &d, bool compact = false)
{
    const int y = d.year(), m = d.month(), day = d.day();
    const char16_t digits[] = { char16_t(u'0' + day / 10), char16_t(u'0' + day % 10), u'/',
        char16_t(u'0' + m / 10), char16_t(u'0' + m % 10), u'/', char16_t(u'0' + y / 1000),
        char16_t(u'0' + y / 100 % 10), char16_t(u'0' + y / 10 % 10), char16_t(u'0' + y % 10) };
    if (!compact)
        return QString::fromUtf16(digits, 10);
    const char16_t iso[] = { digits[6], digits[7], digits[8], digits[9], digits[3], digits[4],
        digits[0], digits[1] };
    return QString::fromUtf16(iso, 8);
}

qint64 quarterHours(qint64 hundredths)
{
    return std::max<qint64>(0, (hundredths + 12) / 25 * 25);
}

class Simulation {
public:
    Simulation(const ProviderFile &file, std::vector<PersonModel> &people,
        const Register &suppliers, const QDate &firstDay, const QDate &today,
        GeneratorSummary &summary)
        : m_file(file)
        , m_suppliers(suppliers)
        , m_people(people)
        , m_first(firstDay)
        , m_today(today)
        , m_summary(summary)
        , m_ledger(file)
    {
        const auto id = [&](const char *name) {
            const auto c = findCategory(file, QString::fromUtf8(name));
            return c ? c->id : Id(0);
        };
        m_cat.personalCare = id("Personal care");
        m_cat.commissioned = id("Commissioned care");
        m_cat.assistant = id("Personal assistant");
        m_cat.equipment = id("Equipment");
        m_cat.activities = id("Activities");
        m_cat.transport = id("Transport");
        m_cat.household = id("Household");
        m_cat.managementFee = id("Management fee");
    }

    void run()
    {
        m_ledger.beginBatch();
        for (qint64 w = 0; m_first.addDays(7 * w) <= m_today; ++w) {
            const QDate from = m_first.addDays(7 * w);
            const QDate to = std::min(from.addDays(6), m_today);
            for (std::size_t p = 0; p < m_people.size(); ++p)
                generate(int(p), from, to, w);
            post(w);
        }
        m_ledger.finishBatch();
    }

private:
    void schedule(Event e)
    {
        if (e.date > m_today || e.date < m_first)
            return;
        e.seq = m_seq++;
        m_buckets[floorDiv(m_first.daysTo(e.date), 7)].push_back(std::move(e));
    }

    Event entry(int person, TxnKind kind, const QDate &date, Money amount)
    {
        Event e;
        e.date = date;
        e.person = person;
        e.entry.kind = kind;
        e.entry.date = date;
        e.entry.personId = m_people[std::size_t(person)].id;
        e.entry.amount = amount;
        return e;
    }

    Event expense(int person, const QDate &date, Id category, Id supplier, Money amount,
        const QString &description)
    {
        Event e = entry(person, TxnKind::Expense, date, amount);
        e.entry.categoryId = category;
        e.entry.supplierId = supplier;
        e.entry.description = description;
        e.reversePermille = 4;
        return e;
    }

    Event hoursExpense(int person, const QDate &date, Id category, Id supplier, qint64 hours,
        qint64 rate, const QString &description)
    {
        Event e = expense(person, date, category, supplier, Money(), description);
        e.entry.hours = Hours::fromHundredths(hours);
        e.entry.rate = Money::fromPence(rate);
        return e;
    }

    // Council payment for cycle [from, to]: the days' budget less contribution, / 7.
    Money netFunding(const PersonModel &m, const QDate &from, const QDate &to) const
    {
        qint64 sum = 0;
        for (QDate d = from; d <= to; d = d.addDays(1))
            if (m.covers(d))
                sum += std::max<qint64>(0, (m.budgetOn(d) - m.contributionOn(d)).pence());
        return Money::fromPence(divideRoundHalfAway(sum, 7));
    }

    Money contributionDue(const PersonModel &m, const QDate &weekStart) const
    {
        qint64 sum = 0;
        for (int i = 0; i < 7; ++i)
            sum += m.contributionOn(weekStart.addDays(i)).pence();
        return Money::fromPence(divideRoundHalfAway(sum, 7));
    }

    void generate(int index, const QDate &from, const QDate &to, qint64 week)
    {
        PersonModel &m = m_people[std::size_t(index)];
        Rng &rng = m.rng;
        const CouncilProfile &cp = councilProfiles()[std::size_t(m.council)];
        if (week == 0 && m.opening > Money()) {
            Event e = entry(index, TxnKind::OpeningBalance, m_first, m.opening);
            e.entry.description
                = QStringLiteral("Balance brought forward from the previous system");
            schedule(std::move(e));
        }
        const QDate activeFrom = std::max(m.start, m_first);
        const QDate activeTo = m.last.isValid() ? std::min(m.last, m_today) : m_today;

        // Council payments, every N weeks in advance from the start date.
        const qint64 cycleDays = 7LL * m.paymentWeeks;
        for (qint64 k = std::max<qint64>(0, (m.start.daysTo(from) + cycleDays - 1) / cycleDays);;
             ++k) {
            const QDate due = m.start.addDays(k * cycleDays);
            if (due > to)
                break;
            if (due < activeFrom || due > activeTo)
                continue;
            Money amount = netFunding(m, due, due.addDays(cycleDays - 1));
            const qint64 roll = rng.below(1000);
            if (roll < 3 || amount.isZero())
                continue; // a payment the council never made
            qint64 delay = roll < 750 ? 0 : roll < 975 ? rng.between(1, 3) : rng.between(8, 16);
            if (roll >= 975 && roll < 985) // short: a week's money missing
                amount = amount - netFunding(m, due, due.addDays(6));
            const QDate paid = due.addDays(delay);
            if (amount <= Money())
                continue;
            Event e = entry(index, TxnKind::CouncilPayment, paid, amount);
            e.entry.reference = QStringLiteral("%1-REM-%2").arg(cp.refPrefix, dayText(paid, true));
            e.entry.description = QStringLiteral("%1 to %2, %3 week(s) in advance")
                                      .arg(dayText(due), dayText(due.addDays(cycleDays - 1)))
                                      .arg(m.paymentWeeks);
            e.reversePermille = 2;
            schedule(std::move(e));
        }

        // Agreement weeks that start in this calendar week: contributions fall due on
        // the first day; timesheets and pay follow the week's last day.
        for (qint64 k = std::max<qint64>(0, (m.start.daysTo(from) + 6) / 7);; ++k) {
            const QDate ws = m.start.addDays(7 * k);
            if (ws > to)
                break;
            if (ws < activeFrom || ws > activeTo)
                continue;
            const QDate we = ws.addDays(6);
            const qint64 daysIn = m.last.isValid() && m.last < we ? ws.daysTo(m.last) + 1 : 7;
            weekOfCare(index, m, ws, we, daysIn, k);
        }

        // Everyday spending, dated within this calendar week.
        const auto dayIn = [&](Rng &r) { return from.addDays(r.below(from.daysTo(to) + 1)); };
        const auto price = [&](Rng &r, const Purchase &p) {
            return Money::fromPence(r.between(p.minPence / 5, p.maxPence / 5) * 5);
        };
        // Activities: about the plan's weekly allowance, spent every other week or so.
        const qint64 allowance = m.versionOn(from).activities;
        if (allowance > 0 && rng.percent(50)) {
            const QDate d = dayIn(rng);
            if (m.covers(d) && d >= activeFrom) {
                const Purchase &what = rng.pick(activities());
                const qint64 pence
                    = std::max(what.minPence, allowance * rng.between(150, 220) / 100 / 5 * 5);
                schedule(
                    expense(index, d, m_cat.activities, m_suppliers.byName.value(what.supplier),
                        Money::fromPence(pence), what.description));
            }
        }
        if (rng.percent(15)) {
            const QDate d = dayIn(rng);
            if (m.covers(d) && d >= activeFrom)
                schedule(expense(index, d, m_cat.transport, m.transport,
                    Money::fromPence(rng.between(120, 560) * 5), QStringLiteral("Taxi fare")));
        }
        if (rng.permille(8)) {
            const QDate d = dayIn(rng);
            if (m.covers(d) && d >= activeFrom) {
                const Purchase &what = rng.pick(equipment());
                schedule(
                    expense(index, d, m_cat.equipment, m.shop, price(rng, what), what.description));
            }
        }
        if (rng.permille(15)) {
            const QDate d = dayIn(rng);
            if (m.covers(d) && d >= activeFrom) {
                const Purchase &what = rng.pick(household());
                schedule(
                    expense(index, d, m_cat.household, m.shop, price(rng, what), what.description));
            }
        }

        // A quarterly look at surpluses: most are returned, some kept with a reason.
        if (week % 13 == 12 && !m.last.isValid()) {
            const Money weekly = m.budgetOn(to);
            if (!weekly.isZero() && m.balance > weekly * 8 && rng.percent(60)) {
                const qint64 excess = (m.balance - weekly * 4).pence() / 1000 * 1000;
                if (excess > 0) {
                    Event e = entry(index, TxnKind::ReturnToCouncil, to, Money::fromPence(excess));
                    e.entry.description = QStringLiteral("Surplus above 4 weeks' budget returned, "
                                                         "agreed with the case worker");
                    schedule(std::move(e));
                }
            }
        }
        // An ended agreement: the unspent balance goes back three weeks after the end.
        if (m.last.isValid() && !m.finalReturnScheduled && m.last.addDays(21) <= to) {
            m.finalReturnScheduled = true;
            Event e = entry(
                index, TxnKind::ReturnToCouncil, std::max(m.last.addDays(21), from), Money());
            e.action = Action::ReturnAll;
            e.entry.description = QStringLiteral("Unspent balance returned at the end of the ISF");
            schedule(std::move(e));
        }
    }

    void weekOfCare(
        int index, PersonModel &m, const QDate &ws, const QDate &we, qint64 daysIn, qint64 k)
    {
        Rng &rng = m.rng;
        const VersionPlan &v = m.versionOn(ws);
        const QString weekText = QStringLiteral("w/c %1").arg(dayText(ws));

        // Contribution: due on the week's first day; paid according to the person's habits.
        const Money due = contributionDue(m, ws);
        if (!due.isZero()) {
            m.contributionOwed += due;
            bool pay = false;
            switch (m.payStyle) {
            case PayStyle::Reliable:
                pay = true;
                break;
            case PayStyle::Late:
                pay = k % m.payEveryWeeks == 0;
                break;
            case PayStyle::Arrears:
                if (m.pauseWeeks > 0)
                    --m.pauseWeeks;
                else if (rng.percent(4))
                    m.pauseWeeks = int(rng.between(6, 12));
                else
                    pay = true;
                break;
            case PayStyle::Stopped:
                pay = ws < m.stopsPaying;
                break;
            }
            if (pay) {
                Money amount = m.contributionOwed;
                if (m.payStyle == PayStyle::Arrears && amount > due * 2)
                    amount = Money::fromPence(amount.pence() * rng.between(50, 100) / 100);
                Event e
                    = entry(index, TxnKind::Contribution, ws.addDays(rng.between(0, 2)), amount);
                e.entry.description = amount == due
                    ? QStringLiteral("Weekly contribution %1").arg(weekText)
                    : QStringLiteral("Contributions to %1").arg(dayText(ws));
                e.entry.reference = m.payStyle == PayStyle::Reliable
                    ? QStringLiteral("Standing order")
                    : QString();
                e.reversePermille = 2;
                schedule(std::move(e));
                m.contributionOwed -= amount;
            }
        }

        // In-house support: the week's timesheet, hours x rate, a few days after.
        qint64 planned = v.inHouseHours;
        for (const Uplift &u : v.agreement.uplifts)
            if (u.firstDay <= ws && ws <= u.lastDay)
                planned += u.weekly.pence() * 100 / v.inHouseRate;
        qint64 hours = planned * m.spendPermille / 1000 * rng.between(92, 104) / 100 * daysIn / 7;
        hours = quarterHours(hours);
        if (hours > 0)
            schedule(hoursExpense(index, we.addDays(rng.between(1, 3)), m_cat.personalCare,
                m.inHouse, hours, v.inHouseRate, QStringLiteral("Support hours %1").arg(weekText)));

        // Personal assistant: paid fortnightly for the hours worked in the two weeks.
        const bool finalWeek = m.last.isValid() && we >= m.last;
        if (v.paHours > 0) {
            m.paHoursOwed += quarterHours(
                v.paHours * rng.between(75, 105) / 100 * m.spendPermille / 1000 * daysIn / 7);
            if ((k % 2 == 1 || finalWeek) && m.paHoursOwed > 0) {
                schedule(hoursExpense(index, we.addDays(2), m_cat.assistant, m.pa, m.paHoursOwed,
                    v.paRate, QStringLiteral("PA hours, fortnight to %1").arg(dayText(we))));
                m.paHoursOwed = 0;
            }
        }

        // Commissioned services: invoiced every 4 weeks in arrears.
        if (v.commission != Commission::None && (k % 4 == 3 || finalWeek)) {
            const QDate periodStart = m.start.addDays(7 * (k - k % 4));
            const qint64 weeks = k % 4 + 1;
            const QDate invoiced = we.addDays(rng.between(3, 10));
            const QString period = QStringLiteral("%1 to %2")
                                       .arg(dayText(std::max(periodStart, m.start)), dayText(we));
            const QString reference
                = QStringLiteral("INV-%1").arg(++m_invoice, 6, 10, QLatin1Char('0'));
            Event e;
            if (v.commission == Commission::HomeCare) {
                const qint64 delivered = quarterHours(v.commissionHours * weeks
                    * rng.between(90, 100) / 100 * m.spendPermille / 1000);
                e = hoursExpense(index, invoiced, m_cat.commissioned, m.careProvider, delivered,
                    v.commissionRate, QStringLiteral("Home care visits %1").arg(period));
            } else {
                const qint64 days
                    = std::max<qint64>(0, v.dayServiceDays * weeks - rng.between(0, 2));
                e = expense(index, invoiced, m_cat.commissioned, m.careProvider,
                    Money::fromPence(days * v.dayRate),
                    QStringLiteral("Day service, %1 day(s), %2").arg(days).arg(period));
            }
            e.entry.reference = reference;
            if (!Ledger::effectiveAmount(e.entry).isZero())
                schedule(std::move(e));
        }

        // Dorset allows an administration fee, shown separately from care.
        if (m.managementFee && k % 4 == 0)
            schedule(expense(index, ws.addDays(1), m_cat.managementFee, 0, Money::fromPence(1250),
                QStringLiteral("Administration fee, 4 weeks from %1 (shown separately from care "
                               "charges)")
                    .arg(dayText(ws))));
    }

    void post(qint64 week)
    {
        const auto found = m_buckets.find(week);
        if (found == m_buckets.end())
            return;
        std::vector<Event> events = std::move(found->second);
        m_buckets.erase(found);
        std::sort(events.begin(), events.end(), [](const Event &a, const Event &b) {
            return a.date != b.date ? a.date < b.date : a.seq < b.seq;
        });
        const QDate nextWeek = m_first.addDays(7 * (week + 1));
        for (Event &e : events) {
            PersonModel &m = m_people[std::size_t(e.person)];
            switch (e.action) {
            case Action::ReturnAll:
                if (m.balance <= Money())
                    continue;
                e.entry.amount = m.balance;
                [[fallthrough]];
            case Action::Post: {
                e.entry.batchId = 0;
                const Id id = m_ledger.post(e.entry);
                ++m_summary.transactions;
                const Money change = changeOf(e.entry);
                m.balance += change;
                const bool late = m.last.isValid() && e.date > m.last.addDays(-14);
                if (e.reversePermille > 0 && !late && m.rng.permille(e.reversePermille)) {
                    Event r;
                    r.action = Action::Reverse;
                    r.person = e.person;
                    r.date = std::max(e.date.addDays(m.rng.between(2, 10)), nextWeek);
                    r.txnId = id;
                    r.change = change;
                    const std::vector<QString> &reasons = reversalReasons();
                    r.reason = e.entry.kind == TxnKind::Contribution
                        ? QStringLiteral("Payment returned unpaid by the bank")
                        : e.entry.kind == TxnKind::CouncilPayment ? reasons[1]
                                                                  : m.rng.pick(reasons);
                    r.repost = r.reason == reasons[2] && e.entry.hours.has_value();
                    r.entry = e.entry;
                    schedule(std::move(r));
                }
                break;
            }
            case Action::Reverse: {
                m_ledger.reverse(e.txnId, e.reason, e.date);
                ++m_summary.transactions;
                ++m_summary.reversals;
                m.balance -= e.change;
                if (e.repost) {
                    NewEntry again = e.entry;
                    again.date = e.date;
                    again.hours = Hours::fromHundredths(
                        std::max<qint64>(25, again.hours->hundredths() - 100));
                    again.description += QStringLiteral(" (corrected hours)");
                    m_ledger.post(again);
                    ++m_summary.transactions;
                    m.balance += changeOf(again);
                }
                break;
            }
            }
        }
    }

    const ProviderFile &m_file;
    const Register &m_suppliers;
    std::vector<PersonModel> &m_people;
    QDate m_first, m_today;
    GeneratorSummary &m_summary;
    Ledger m_ledger;
    Categories m_cat;
    std::map<qint64, std::vector<Event>> m_buckets;
    quint64 m_seq = 0;
    qint64 m_invoice = 0;
};

} // namespace

void postLedger(const ProviderFile &file, std::vector<PersonModel> &people,
    const Register &suppliers, const QDate &firstDay, const QDate &today, GeneratorSummary &summary)
{
    Simulation sim(file, people, suppliers, firstDay, today, summary);
    sim.run();
}

} // namespace isf::demo
