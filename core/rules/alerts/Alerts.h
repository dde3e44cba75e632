// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include "core/domain/Entities.h"
#include "core/rules/RuleInputs.h"

#include <QStringList>

#include <memory>
#include <vector>

namespace isf {

class ProviderFile;

enum class AlertUnit { Money, Hours, None };

// One condition that holds at an as-of date.
//
// `since` is the first day of the unbroken run of days (ending at the as-of date) on
// which the condition held, so it stays the same while the condition lasts; `amount`
// is how far over the limit it is at the as-of date (pence, or hundredths of an hour),
// zero for rules without an amount. The key (rule, whom it concerns, subject, since)
// is what acknowledgements are kept against.
struct Alert {
    QString rule; // snake_case, one of alertRuleNames()
    Id personId = 0; // 0 for a supplier alert
    QString personRef;
    Id supplierId = 0;
    QString supplierName;
    QString subject; // within the rule: "" for the fund, "payment:2026-04-06", "txn:42", "dbs"
    QDate since;
    qint64 amount = 0;
    AlertUnit unit = AlertUnit::None;
    QString detail; // plain words: what, by how much, against which limit

    QString key() const;
    Money money() const { return Money::fromPence(amount); }
    Hours hours() const { return Hours::fromHundredths(amount); }
};

// excess_balance, surplus_held, contribution_arrears, overspend, missing_payment,
// short_payment, review_due, notice_ending, banked_hours_cap, banked_hours_expiring,
// possible_duplicate, supplier_check.
QStringList alertRuleNames();

// What the person rules read, computed once per person at the as-of date.
struct PersonAnalysis {
    const PersonFacts *facts = nullptr;
    QDate asOf;
    // End-of-day series from `from` to asOf (index = days since `from`).
    QDate from;
    std::vector<qint64> balance; // the fund's balance
    std::vector<qint64> limitBudget; // weekly budget the balance limits use
    std::vector<qint64> arrears; // contributions due - received
    std::vector<qint64> weeklyContribution; // in force that day
    Money contributionsDue, contributionsReceived; // to asOf
    PaymentReconciliation payments;
    HoursBank bank;
    bool hasBank = false;

    int days() const { return int(balance.size()); }
    QDate day(int i) const { return from.addDays(i); }
    // The first day of the run of days ending at asOf on which cond(i) holds; invalid
    // when it does not hold at asOf.
    template <class Cond> QDate runStart(Cond &&cond) const
    {
        int i = days() - 1;
        if (i < 0 || !cond(i))
            return QDate();
        while (i > 0 && cond(i - 1))
            --i;
        return day(i);
    }
};

PersonAnalysis analysePerson(const PersonFacts &facts, const QDate &asOf);

// A rule: a small object over the precomputed data. Person rules look at one person's
// analysis; file rules (duplicates, supplier checks) at the whole file's inputs.
class AlertRule {
public:
    virtual ~AlertRule() = default;
    virtual QString name() const = 0;
    virtual void evaluatePerson(const PersonAnalysis &, std::vector<Alert> &) const { }
    virtual void evaluateFile(const RuleInputs &, std::vector<Alert> &) const { }
};

// The rules, in the order of alertRuleNames().
const std::vector<std::unique_ptr<AlertRule>> &alertRules();

// Every alert that holds at inputs.asOf, ordered by person reference, rule and since.
std::vector<Alert> computeAlerts(const RuleInputs &inputs);
std::vector<Alert> computeAlerts(const ProviderFile &file, const QDate &asOf);

// The same rules for one person (supplier checks and duplicates across people are left
// out); for a person's page.
std::vector<Alert> computePersonAlerts(const PersonFacts &facts, const QDate &asOf);

} // namespace isf
