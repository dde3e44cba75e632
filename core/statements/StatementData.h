// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
// A person's statement for one period, as figures: assembled and checked in core so that
// every number on the printed statement (reports/documents/Statements.h) is testable
// without a GUI, and the same data feeds the normal and the easy-read forms.

#include "core/domain/Entities.h"
#include "core/ledger/Entry.h"
#include "core/rules/alerts/AlertStore.h"
#include "core/time/Period.h"

#include <optional>
#include <vector>

namespace isf {

class ProviderFile;

// One entry of the person's ledger within the period, as the statement lists it.
struct StatementItem {
    Id txnId = 0;
    QDate date;
    TxnKind kind = TxnKind::Expense; // as posted: Reversal for a reversal
    TxnKind section = TxnKind::Expense; // what it counts as: for a reversal, what it reverses
    QString category, supplier, reference, description;
    std::optional<Hours> hours; // signed: negative on a reversal of an expense with hours
    std::optional<Money> rate;
    // Towards its section's total, in the section's direction (money in: what came in;
    // money out: what went out). A reversal counts against its section (negative).
    Money amount;
    bool isReversal = false;
    Id reversesId = 0; // the entry a reversal undoes
    QDate reversesDate; // its date, when known (it may be in an earlier period)
    QString reason; // why it was reversed
    Id reversedById = 0; // this entry was undone later by that reversal
    QDate reversedOn; // the reversal's date, when it is within the period
};

// A group of items: a kind of money in, or an expense category (or the returns to the
// council) of money out.
struct StatementSection {
    QString name; // "Council payments", "Contributions", "Personal care", ...
    TxnKind kind = TxnKind::Expense;
    std::vector<StatementItem> items; // by date, then entry number
    Money total; // sum of the items' amounts
};

// Support hours for the agreement weeks that ended within the period (a week counts
// once, in the statement its last day falls in).
struct StatementHours {
    bool planInHours = false; // the delivery plan has lines with hours
    bool hasBank = false; // some line is bankable
    int weeks = 0; // agreement weeks ending within the period
    Period weeksCovered; // from the first of those weeks to the last (invalid when none)
    Hours planned, delivered, unplanned;
    Hours banked, drawn, expired; // put into / taken from / expired out of the bank
    Hours bankAtStart, bankAtEnd; // banked hours before and after those weeks
};

// The person's assessed contribution: in the period and to its end.
struct StatementContributions {
    bool applies = false; // the agreement has a contribution at some point
    Money weeklyInForce; // at the period's end
    QString collection; // how it is collected, from the agreement
    Money dueInPeriod, paidInPeriod; // fallen due / received (net of reversals) in the period
    Money dueToDate, paidToDate; // since the records began, to the period's end
    Money owed() const { return dueToDate - paidToDate; } // negative: paid ahead
};

// An alert that held at the period's end.
struct StatementAlert {
    QString rule; // excess_balance, contribution_arrears, ...
    QString title; // "Balance over the limit"
    QString detail; // the rule's plain words, with the figures
    QDate since;
    Money amount; // how far over the limit (money rules), else zero
    AlertStatus status = AlertStatus::Open; // from the alerts register, when recorded
    QString note; // the acknowledgement's explanation
};

struct StatementData {
    Period period;
    QDate generatedOn;
    Provider provider;
    QString providerKey; // the signing key's fingerprint, printed in the footer
    Person person;
    Council council;
    std::optional<Agreement> agreement; // the version in force at the period's end
    Policy policy; // the council's, with the agreement's overrides
    StatementCycle cycle = StatementCycle::FourWeekly;
    Money weeklyBudget; // in force at the period's end (uplifts included)

    Money opening; // balance at the end of the day before the period
    std::vector<StatementSection> moneyIn; // council payments, contributions, ...
    std::vector<StatementSection> moneyOut; // expense categories, then returns
    Money totalIn, totalOut;
    Money closing; // balance at the end of the period's last day, read independently
    int entries = 0, reversals = 0;

    Money contingency; // set aside for contingencies or planned extra need
    QString contingencyNote;
    Money allowedToKeep; // cap_weeks x the weekly budget: the limit of the balance

    StatementHours hours;
    StatementContributions contributions;
    std::vector<StatementAlert> alerts;

    // Every item, in date order, with the section it is in (for ledgers and tests).
    std::vector<const StatementItem *> allItems() const;
    const StatementSection *inSection(TxnKind kind) const;
    const StatementSection *outSection(const QString &name) const;

    // Throws LedgerError unless every section's total is the sum of its items, the
    // totals are the sums of the sections, and opening + in - out == closing, to the
    // penny. buildStatement() never returns data that fails it.
    void check() const;
};

// The statement of a person's fund for a period: the ledger (personLedger), the
// balances at both ends (read a second way, so check() proves them), the agreement
// version in force at the end, hours, contribution and the alerts that held at the end.
// Throws InputError when there is no such person or the period is invalid.
StatementData buildStatement(const ProviderFile &file, Id personId, const Period &period);

// Builds many statements through one connection, reading what they share (provider,
// councils, the file's records start) once. One instance per thread.
class StatementBuilder {
public:
    explicit StatementBuilder(const ProviderFile &file);
    ~StatementBuilder();
    StatementBuilder(const StatementBuilder &) = delete;
    StatementBuilder &operator=(const StatementBuilder &) = delete;

    // Reads every person's agreement versions now, in one go (a few tens of
    // milliseconds for a thousand people): for building statements for many people.
    // Without it, each build reads the person's own.
    void preloadAgreements();

    StatementData build(Id personId, const Period &period) const;
    // The same for several periods of one person, reading the person's history once.
    std::vector<StatementData> build(Id personId, const std::vector<Period> &periods) const;

private:
    struct Shared;
    const ProviderFile &m_file;
    std::unique_ptr<Shared> d;
};

// The words for an alert rule on a statement ("Balance over the limit").
QString alertTitle(const QString &rule);

} // namespace isf
