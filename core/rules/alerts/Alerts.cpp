// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "core/rules/alerts/Alerts.h"

#include "core/bank/ReconciliationOverdue.h"
#include "core/rules/PaymentSchedule.h"
#include "core/time/Dates.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace isf {
namespace {

QString money(qint64 pence)
{
    return Money::fromPence(pence).display();
}

QString weeksText(int n)
{
    return n == 1 ? QStringLiteral("1 week's") : QStringLiteral("%1 weeks'").arg(n);
}

QString daysText(qint64 n)
{
    return n == 1 ? QStringLiteral("1 day") : QStringLiteral("%1 days").arg(n);
}

Alert personAlert(const PersonAnalysis &a, const char *rule, const QDate &since)
{
    Alert alert;
    alert.rule = QLatin1String(rule);
    alert.personId = a.facts->personId;
    alert.personRef = a.facts->ref;
    alert.since = since;
    return alert;
}

// ---- balance rules ---------------------------------------------------------------

class ExcessBalance final : public AlertRule {
public:
    QString name() const override { return QStringLiteral("excess_balance"); }
    void evaluatePerson(const PersonAnalysis &a, std::vector<Alert> &out) const override
    {
        if (a.facts->timeline.isEmpty())
            return;
        const qint64 cap = a.facts->policy.capWeeks;
        const QDate since
            = a.runStart([&](int i) { return a.balance[i] > cap * a.limitBudget[i]; });
        if (!since.isValid())
            return;
        const int i = a.days() - 1;
        Alert alert = personAlert(a, "excess_balance", since);
        alert.unit = AlertUnit::Money;
        alert.amount = a.balance[i] - cap * a.limitBudget[i];
        alert.detail = a.limitBudget[i] == 0
            ? QStringLiteral("Balance %1 is held with no budget in force (the agreement ended "
                             "on %2); it should be returned to the council.")
                  .arg(money(a.balance[i]), isoDate(a.facts->timeline.lastDay()))
            : QStringLiteral("Balance %1 is over %2 budget (%3 at %4 a week) by %5.")
                  .arg(money(a.balance[i]), weeksText(int(cap)), money(cap * a.limitBudget[i]),
                      money(a.limitBudget[i]), money(alert.amount));
        out.push_back(alert);
    }
};

class SurplusHeld final : public AlertRule {
public:
    QString name() const override { return QStringLiteral("surplus_held"); }
    void evaluatePerson(const PersonAnalysis &a, std::vector<Alert> &out) const override
    {
        if (a.facts->timeline.isEmpty())
            return;
        const Policy &p = a.facts->policy;
        const qint64 floor = p.effectiveFloorWeeks();
        const QDate start
            = a.runStart([&](int i) { return a.balance[i] > floor * a.limitBudget[i]; });
        if (!start.isValid())
            return;
        const qint64 runDays = start.daysTo(a.asOf) + 1;
        const qint64 allowed = 7LL * p.holdWeeks;
        if (runDays <= allowed)
            return;
        const int i = a.days() - 1;
        Alert alert = personAlert(a, "surplus_held", start.addDays(allowed));
        alert.unit = AlertUnit::Money;
        alert.amount = a.balance[i] - floor * a.limitBudget[i];
        alert.detail
            = QStringLiteral("Balance has stayed above %1 budget at the end of every day "
                             "since %2 (%3, more than %4 weeks); it is %5 now, %6 above "
                             "%7.")
                  .arg(weeksText(int(floor)), isoDate(start), daysText(runDays))
                  .arg(p.holdWeeks)
                  .arg(money(a.balance[i]), money(alert.amount), money(floor * a.limitBudget[i]));
        out.push_back(alert);
    }
};

class Overspend final : public AlertRule {
public:
    QString name() const override { return QStringLiteral("overspend"); }
    void evaluatePerson(const PersonAnalysis &a, std::vector<Alert> &out) const override
    {
        const QDate since = a.runStart([&](int i) { return a.balance[i] < 0; });
        if (!since.isValid())
            return;
        Alert alert = personAlert(a, "overspend", since);
        alert.unit = AlertUnit::Money;
        alert.amount = -a.balance.back();
        alert.detail = QStringLiteral("The fund is overdrawn by %1.").arg(money(alert.amount));
        out.push_back(alert);
    }
};

// ---- contributions ---------------------------------------------------------------

class ContributionArrears final : public AlertRule {
public:
    QString name() const override { return QStringLiteral("contribution_arrears"); }
    void evaluatePerson(const PersonAnalysis &a, std::vector<Alert> &out) const override
    {
        if (a.arrears.empty())
            return;
        const qint64 weeks = a.facts->policy.arrearsWeeks;
        const QDate since
            = a.runStart([&](int i) { return a.arrears[i] > weeks * a.weeklyContribution[i]; });
        if (!since.isValid())
            return;
        const int i = a.days() - 1;
        const qint64 limit = weeks * a.weeklyContribution[i];
        Alert alert = personAlert(a, "contribution_arrears", since);
        alert.unit = AlertUnit::Money;
        alert.amount = a.arrears[i] - limit;
        alert.detail = QStringLiteral("Contributions owed %1 (due %2, received %3) are more than "
                                      "%4 contribution (%5 at %6 a week) by %7.")
                           .arg(money(a.arrears[i]), a.contributionsDue.display(),
                               a.contributionsReceived.display(), weeksText(int(weeks)),
                               money(limit), money(a.weeklyContribution[i]), money(alert.amount));
        out.push_back(alert);
    }
};

// ---- council payments ------------------------------------------------------------

class PaymentRule final : public AlertRule {
public:
    PaymentRule(const char *name, PaymentStatus status) : m_name(name), m_status(status) { }
    QString name() const override { return QLatin1String(m_name); }
    void evaluatePerson(const PersonAnalysis &a, std::vector<Alert> &out) const override
    {
        for (const PaymentMatch &m : a.payments.matches) {
            if (m.status != m_status)
                continue;
            Alert alert = personAlert(a, m_name, m.graceEnds.addDays(1));
            alert.subject = QStringLiteral("payment:%1").arg(isoDate(m.expected.due));
            alert.unit = AlertUnit::Money;
            alert.amount = (m.expected.amount - m.received).pence();
            const QString what
                = QStringLiteral("council payment of %1 due %2 (for %3 to %4)")
                      .arg(m.expected.amount.display(), isoDate(m.expected.due),
                          isoDate(m.expected.period.first), isoDate(m.expected.period.last));
            alert.detail = m_status == PaymentStatus::Missing
                ? QStringLiteral("The %1 was not received within %2 of its due date.")
                      .arg(what, daysText(a.facts->policy.graceDays))
                : QStringLiteral("%1 received of the %2: %3 short.")
                      .arg(m.received.display(), what, money(alert.amount));
            out.push_back(alert);
        }
    }

private:
    const char *m_name;
    PaymentStatus m_status;
};

// ---- dates -----------------------------------------------------------------------

class ReviewDue final : public AlertRule {
public:
    QString name() const override { return QStringLiteral("review_due"); }
    void evaluatePerson(const PersonAnalysis &a, std::vector<Alert> &out) const override
    {
        const AgreementTimeline &t = a.facts->timeline;
        if (t.isEmpty() || t.current().status != AgreementStatus::Active)
            return;
        const QDate review = t.current().reviewDate;
        if (!review.isValid())
            return;
        const QDate since = review.addDays(-a.facts->policy.reviewNoticeDays);
        if (a.asOf < since)
            return;
        Alert alert = personAlert(a, "review_due", since);
        const qint64 left = a.asOf.daysTo(review);
        alert.detail = left >= 0 ? QStringLiteral("The agreement's review is due on %1 (in %2).")
                                       .arg(isoDate(review), daysText(left))
                                 : QStringLiteral("The agreement's review was due on %1, %2 ago.")
                                       .arg(isoDate(review), daysText(-left));
        out.push_back(alert);
    }
};

class NoticeEnding final : public AlertRule {
public:
    QString name() const override { return QStringLiteral("notice_ending"); }
    void evaluatePerson(const PersonAnalysis &a, std::vector<Alert> &out) const override
    {
        const AgreementTimeline &t = a.facts->timeline;
        if (t.isEmpty() || t.current().status != AgreementStatus::Notice)
            return;
        const Agreement &c = t.current();
        if (!c.noticeEndsOn.isValid())
            return;
        QDate since = c.noticeEndsOn.addDays(-a.facts->policy.reviewNoticeDays);
        if (c.noticeGivenOn.isValid() && c.noticeGivenOn > since)
            since = c.noticeGivenOn;
        if (a.asOf < since)
            return;
        Alert alert = personAlert(a, "notice_ending", since);
        const qint64 left = a.asOf.daysTo(c.noticeEndsOn);
        const QString given
            = QStringLiteral("Notice was given by the %1 on %2%3")
                  .arg(c.noticeGivenBy.isEmpty() ? QStringLiteral("provider") : c.noticeGivenBy,
                      isoDate(c.noticeGivenOn),
                      c.noticeReason.isEmpty() ? QString()
                                               : QStringLiteral(" (%1)").arg(c.noticeReason));
        alert.detail = left >= 0
            ? QStringLiteral("%1; the agreement's last day is %2 (in %3).")
                  .arg(given, isoDate(c.noticeEndsOn), daysText(left))
            : QStringLiteral("%1; the notice ended on %2: end the agreement and return the "
                             "balance of %3.")
                  .arg(given, isoDate(c.noticeEndsOn), money(a.balance.back()));
        out.push_back(alert);
    }
};

// ---- hours -----------------------------------------------------------------------

class BankedHoursCap final : public AlertRule {
public:
    QString name() const override { return QStringLiteral("banked_hours_cap"); }
    void evaluatePerson(const PersonAnalysis &a, std::vector<Alert> &out) const override
    {
        const Policy &p = a.facts->policy;
        if (!a.hasBank || !p.bankCap || !a.bank.overCapSince.isValid())
            return;
        Alert alert = personAlert(a, "banked_hours_cap", a.bank.overCapSince);
        alert.unit = AlertUnit::Hours;
        alert.amount = (a.bank.balance - *p.bankCap).hundredths();
        alert.detail = QStringLiteral("%1 hours are banked, over the cap of %2 hours by %3.")
                           .arg(a.bank.balance.toString(), p.bankCap->toString(),
                               Hours::fromHundredths(alert.amount).toString());
        out.push_back(alert);
    }
};

class BankedHoursExpiring final : public AlertRule {
public:
    QString name() const override { return QStringLiteral("banked_hours_expiring"); }
    void evaluatePerson(const PersonAnalysis &a, std::vector<Alert> &out) const override
    {
        if (!a.hasBank || !a.bank.expiringSince.isValid() || a.bank.expiringSoon <= Hours())
            return;
        Alert alert = personAlert(a, "banked_hours_expiring", a.bank.expiringSince);
        alert.unit = AlertUnit::Hours;
        alert.amount = a.bank.expiringSoon.hundredths();
        QDate first;
        for (const BankLot &lot : a.bank.lots)
            if (lot.lastUsable.isValid()) {
                first = lot.lastUsable;
                break;
            }
        alert.detail
            = QStringLiteral("%1 banked hours expire within %2 unless used (the oldest after %3); "
                             "the bank holds %4 hours.")
                  .arg(a.bank.expiringSoon.toString(), daysText(a.facts->policy.reviewNoticeDays),
                      isoDate(first), a.bank.balance.toString());
        out.push_back(alert);
    }
};

// ---- spending across the file ----------------------------------------------------

class PossibleDuplicate final : public AlertRule {
public:
    QString name() const override { return QStringLiteral("possible_duplicate"); }
    void evaluateFile(const RuleInputs &in, std::vector<Alert> &out) const override
    {
        QHash<Id, QString> refs;
        for (const PersonFacts &p : in.people)
            refs.insert(p.personId, p.ref);
        const auto &e = in.expenses; // by person, then supplier, then date
        QHash<Id, int> flagged; // txn -> 1 when already raised
        auto raise = [&](const SupplierExpense &later, const SupplierExpense &earlier,
                         const QString &why) {
            if (flagged.contains(later.txnId))
                return;
            flagged.insert(later.txnId, 1);
            Alert alert;
            alert.rule = QStringLiteral("possible_duplicate");
            alert.personId = later.personId;
            alert.personRef = refs.value(later.personId);
            alert.supplierId = later.supplierId;
            alert.supplierName = in.suppliers.value(later.supplierId).name;
            alert.subject = QStringLiteral("txn:%1").arg(later.txnId);
            alert.since = later.date;
            alert.unit = AlertUnit::Money;
            alert.amount = later.amount.pence();
            alert.detail
                = QStringLiteral("%1: %2 to %3 on %4 (transaction %5) and %6 on %7 "
                                 "(transaction %8, %9).")
                      .arg(why, later.amount.display(), alert.supplierName, isoDate(later.date))
                      .arg(later.txnId)
                      .arg(earlier.amount.display(), isoDate(earlier.date))
                      .arg(earlier.txnId)
                      .arg(refs.value(earlier.personId));
            out.push_back(alert);
        };
        // Same supplier and invoice reference, on one person or two.
        QHash<QString, std::size_t> firstWithRef;
        for (std::size_t i = 0; i < e.size(); ++i) {
            const QString ref = e[i].reference.trimmed().toCaseFolded();
            if (ref.isEmpty())
                continue;
            const QString key = QString::number(e[i].supplierId) + u'|' + ref;
            const auto it = firstWithRef.constFind(key);
            if (it == firstWithRef.constEnd()) {
                firstWithRef.insert(key, i);
                continue;
            }
            const SupplierExpense &earlier = e[*it];
            const bool laterIsI
                = std::tie(e[i].date, e[i].txnId) > std::tie(earlier.date, earlier.txnId);
            if (laterIsI) {
                raise(
                    e[i], earlier, QStringLiteral("Invoice %1 entered twice").arg(e[i].reference));
            } else {
                raise(
                    earlier, e[i], QStringLiteral("Invoice %1 entered twice").arg(e[i].reference));
                firstWithRef.insert(key, i);
            }
        }
        // Same person, supplier and amount within 3 days, unless both carry different
        // invoice references (then they are two invoices).
        for (std::size_t j = 1; j < e.size(); ++j) {
            for (std::size_t i = j; i-- > 0;) {
                if (e[i].supplierId != e[j].supplierId || e[i].personId != e[j].personId
                    || e[i].date.daysTo(e[j].date) > 3)
                    break;
                if (e[i].amount != e[j].amount)
                    continue;
                const QString ri = e[i].reference.trimmed().toCaseFolded();
                const QString rj = e[j].reference.trimmed().toCaseFolded();
                if (!ri.isEmpty() && !rj.isEmpty() && ri != rj)
                    continue;
                raise(e[j], e[i],
                    QStringLiteral("Same amount to the same supplier within %1")
                        .arg(daysText(e[i].date.daysTo(e[j].date))));
                break;
            }
        }
    }
};

class SupplierCheck final : public AlertRule {
public:
    QString name() const override { return QStringLiteral("supplier_check"); }
    void evaluateFile(const RuleInputs &in, std::vector<Alert> &out) const override
    {
        struct Use {
            QDate first, last;
            QSet<Id> people;
            bool planned = false;
        };
        QHash<Id, Use> uses;
        for (const SupplierExpense &x : in.expenses) {
            Use &u = uses[x.supplierId];
            if (!u.first.isValid() || x.date < u.first)
                u.first = x.date;
            if (!u.last.isValid() || x.date > u.last)
                u.last = x.date;
            u.people.insert(x.personId);
        }
        for (const PersonFacts &p : in.people) {
            const AgreementTimeline &t = p.timeline;
            if (!t.hasFunding() || !t.covers(in.asOf))
                continue;
            for (const PlanLine &l : t.versionOn(in.asOf).plan) {
                if (!l.supplierId)
                    continue;
                Use &u = uses[l.supplierId];
                u.planned = true;
                u.people.insert(p.personId);
                if (!u.first.isValid() || t.firstDay() < u.first)
                    u.first = t.firstDay();
            }
        }
        for (auto it = uses.constBegin(); it != uses.constEnd(); ++it) {
            const Use &u = *it;
            const bool inUse = u.planned || (u.last.isValid() && u.last.daysTo(in.asOf) < 365);
            const auto s = in.suppliers.constFind(it.key());
            if (!inUse || s == in.suppliers.constEnd())
                continue;
            const QString usedFor = u.people.size() == 1
                ? QStringLiteral("used for 1 person")
                : QStringLiteral("used for %1 people").arg(u.people.size());
            auto raise = [&](const char *check, const QDate &since, const QString &what) {
                if (since > in.asOf)
                    return;
                Alert alert;
                alert.rule = QStringLiteral("supplier_check");
                alert.supplierId = s->id;
                alert.supplierName = s->name;
                alert.subject = QLatin1String(check);
                alert.since = since;
                alert.detail = QStringLiteral("%1 (%2): %3.").arg(s->name, usedFor, what);
                out.push_back(alert);
            };
            if (s->kind == SupplierKind::PersonalAssistant) {
                if (!s->dbsCheckedOn.isValid())
                    raise("dbs", u.first, QStringLiteral("no DBS check is recorded"));
                else if (s->dbsCheckedOn.addYears(kDbsValidYears) < in.asOf)
                    raise("dbs", s->dbsCheckedOn.addYears(kDbsValidYears).addDays(1),
                        QStringLiteral("the DBS check of %1 is more than %2 years old")
                            .arg(isoDate(s->dbsCheckedOn))
                            .arg(kDbsValidYears));
            }
            if (s->insuranceExpiresOn.isValid() && s->insuranceExpiresOn < in.asOf)
                raise("insurance", s->insuranceExpiresOn.addDays(1),
                    QStringLiteral("insurance expired on %1").arg(isoDate(s->insuranceExpiresOn)));
            if (s->kind == SupplierKind::CareProvider && s->cqcNumber.trimmed().isEmpty())
                raise("cqc", u.first, QStringLiteral("no CQC registration number is recorded"));
        }
    }

    static constexpr int kDbsValidYears = 3;
};

} // namespace

QString Alert::key() const
{
    const QString whom
        = personId ? QStringLiteral("p%1").arg(personId) : QStringLiteral("s%1").arg(supplierId);
    return QStringLiteral("%1|%2|%3|%4").arg(rule, whom, subject, isoDate(since));
}

QStringList alertRuleNames()
{
    QStringList out;
    for (const auto &rule : alertRules())
        out << rule->name();
    return out;
}

const std::vector<std::unique_ptr<AlertRule>> &alertRules()
{
    static const std::vector<std::unique_ptr<AlertRule>> rules = [] {
        std::vector<std::unique_ptr<AlertRule>> r;
        r.push_back(std::make_unique<ExcessBalance>());
        r.push_back(std::make_unique<SurplusHeld>());
        r.push_back(std::make_unique<ContributionArrears>());
        r.push_back(std::make_unique<Overspend>());
        r.push_back(std::make_unique<PaymentRule>("missing_payment", PaymentStatus::Missing));
        r.push_back(std::make_unique<PaymentRule>("short_payment", PaymentStatus::Short));
        r.push_back(std::make_unique<ReviewDue>());
        r.push_back(std::make_unique<NoticeEnding>());
        r.push_back(std::make_unique<BankedHoursCap>());
        r.push_back(std::make_unique<BankedHoursExpiring>());
        r.push_back(std::make_unique<PossibleDuplicate>());
        r.push_back(std::make_unique<SupplierCheck>());
        r.push_back(makeReconciliationOverdueRule());
        return r;
    }();
    return rules;
}

PersonAnalysis analysePerson(const PersonFacts &facts, const QDate &asOf)
{
    PersonAnalysis a;
    a.facts = &facts;
    a.asOf = asOf;
    const AgreementTimeline &t = facts.timeline;
    QDate from = asOf;
    auto earlier = [&](const QDate &d) {
        if (d.isValid() && d < from)
            from = d;
    };
    if (!facts.balanceChanges.empty())
        earlier(facts.balanceChanges.front().date);
    const std::vector<ContributionReceipt> received = contributionsReceived(facts);
    if (!received.empty())
        earlier(received.front().date);
    if (t.hasFunding())
        earlier(t.firstDay());
    a.from = from;
    const int n = int(from.daysTo(asOf)) + 1;

    a.balance.resize(std::size_t(n));
    a.limitBudget.resize(std::size_t(n));
    std::size_t next = 0;
    qint64 running = 0;
    for (int i = 0; i < n; ++i) {
        const QDate d = from.addDays(i);
        while (next < facts.balanceChanges.size() && facts.balanceChanges[next].date <= d)
            running += facts.balanceChanges[next++].pence;
        a.balance[std::size_t(i)] = running;
        a.limitBudget[std::size_t(i)] = t.isEmpty() ? 0 : t.limitBudgetOn(d).pence();
    }

    const std::vector<ContributionDue> due = contributionsDue(facts, asOf);
    if (!due.empty() || !received.empty()) {
        a.arrears.resize(std::size_t(n));
        a.weeklyContribution.resize(std::size_t(n));
        std::size_t nd = 0, nr = 0;
        qint64 cumDue = 0, cumReceived = 0;
        for (int i = 0; i < n; ++i) {
            const QDate d = from.addDays(i);
            while (nd < due.size() && due[nd].due <= d)
                cumDue += due[nd++].amount.pence();
            while (nr < received.size() && received[nr].date <= d)
                cumReceived += received[nr++].amount.pence();
            a.arrears[std::size_t(i)] = cumDue - cumReceived;
            a.weeklyContribution[std::size_t(i)] = t.weeklyContributionOn(d).pence();
        }
        a.contributionsDue = Money::fromPence(cumDue);
        a.contributionsReceived = Money::fromPence(cumReceived);
    }

    if (t.hasFunding())
        a.payments = reconcilePerson(facts, asOf);
    a.hasBank = hasBankableHours(t);
    if (a.hasBank)
        a.bank = hoursBankOf(facts, asOf);
    return a;
}

std::vector<Alert> computePersonAlerts(const PersonFacts &facts, const QDate &asOf)
{
    std::vector<Alert> out;
    const PersonAnalysis a = analysePerson(facts, asOf);
    for (const auto &rule : alertRules())
        rule->evaluatePerson(a, out);
    return out;
}

std::vector<Alert> computeAlerts(const RuleInputs &inputs)
{
    std::vector<Alert> out;
    for (const PersonFacts &p : inputs.people) {
        std::vector<Alert> mine = computePersonAlerts(p, inputs.asOf);
        out.insert(
            out.end(), std::make_move_iterator(mine.begin()), std::make_move_iterator(mine.end()));
    }
    for (const auto &rule : alertRules())
        rule->evaluateFile(inputs, out);
    const QStringList order = alertRuleNames();
    std::stable_sort(out.begin(), out.end(), [&](const Alert &x, const Alert &y) {
        const auto kx
            = std::make_tuple(x.personRef, x.supplierName, order.indexOf(x.rule), x.since);
        const auto ky
            = std::make_tuple(y.personRef, y.supplierName, order.indexOf(y.rule), y.since);
        return kx < ky;
    });
    return out;
}

std::vector<Alert> computeAlerts(const ProviderFile &file, const QDate &asOf)
{
    return computeAlerts(loadRuleInputs(file, asOf));
}

} // namespace isf
