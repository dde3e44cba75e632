// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include "core/domain/Entities.h"
#include "core/rules/AgreementTimeline.h"
#include "core/rules/Contributions.h"
#include "core/rules/HoursBank.h"
#include "core/rules/PaymentReconciliation.h"

#include <QHash>

#include <vector>

namespace isf {

class ProviderFile;

// The net change of a person's fund on one day: what that day's entries posted to the
// client bank accounts for the person (worked out from each entry's kind and amount, as
// the Ledger posts them; tests check it against balanceAt()).
struct BalanceChange {
    QDate date;
    qint64 pence = 0;
};

// A return of money to the council (not reversed).
struct CouncilReturn {
    Id txnId = 0;
    QDate date;
    Money amount;
};

// An expense paid to a supplier (not reversed), for the duplicate check.
struct SupplierExpense {
    Id txnId = 0;
    Id personId = 0;
    QDate date;
    Money amount;
    Id supplierId = 0;
    QString reference;
};

// What the rules know about one person at an as-of date: everything dated after it is
// left out, and a reversal dated on or before it removes what it reverses.
struct PersonFacts {
    Id personId = 0;
    QString ref, name;
    Id councilId = 0;
    QString councilName;
    Policy policy; // the council's policy with the current agreement's overrides
    AgreementTimeline timeline;
    // The day the person's records begin: the date of their opening balance or, when they
    // have none, of the file's earliest opening balance (the day the provider moved its
    // records into the file). Payments and contributions due before it, and what was
    // received before it, are in the balance brought forward; nothing before it is
    // expected or owed. Invalid when the file has no opening balances.
    QDate recordsFrom;
    std::vector<BalanceChange> balanceChanges; // by date
    std::vector<ReceivedPayment> councilPayments; // by date
    std::vector<ContributionReceipt> contributions; // by date; a reversal is negative
    std::vector<CouncilReturn> returns; // by date
    std::vector<DeliveredHours> hours; // hours rows and expenses with hours
};

// A client bank account's reconciliation state, for reconciliation_overdue.
struct ReconciliationState {
    Id accountId = 0;
    QString accountName;
    QDate firstStatementDay; // the first day the bank's statements cover (invalid: none)
    QDate lastSigned; // as-of of the last signed reconciliation on or before asOf
    int reconcileWeeks = 5; // the provider's policy
};

struct RuleInputs {
    QDate asOf;
    std::vector<ReconciliationState> reconciliations; // whole-file loads only
    std::vector<PersonFacts> people; // by reference
    QHash<Id, Supplier> suppliers;
    std::vector<SupplierExpense> expenses; // by person, then supplier, then date
};

// What to read: the balance stream and the transactions stream are the costly parts.
enum RuleInputParts : unsigned {
    BalanceParts = 1,
    TransactionParts = 2, // council payments, contributions, returns, expenses
    HoursParts = 4,
    AllParts = 7,
};

// The rules for one person, from the facts, with the records beginning at recordsFrom.
std::vector<ExpectedPayment> expectedPayments(const PersonFacts &facts, const QDate &asOf);
PaymentReconciliation reconcilePerson(const PersonFacts &facts, const QDate &asOf);
std::vector<ContributionDue> contributionsDue(const PersonFacts &facts, const QDate &asOf);
std::vector<ContributionReceipt> contributionsReceived(const PersonFacts &facts);
ContributionPosition contributionPositionOf(const PersonFacts &facts, const QDate &asOf);
HoursBank hoursBankOf(const PersonFacts &facts, const QDate &asOf);

// Reads everything the rules need for every person in a fixed handful of queries (one
// streaming query for all balance changes, one for the transactions, one for hours),
// never one per person or per day.
RuleInputs loadRuleInputs(const ProviderFile &file, const QDate &asOf, unsigned parts = AllParts);
// The same for one person (for a person's page or a statement).
PersonFacts loadPersonFacts(const ProviderFile &file, Id personId, const QDate &asOf);

} // namespace isf
