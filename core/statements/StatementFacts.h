// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
// What the council rules know about one person (rules/RuleInputs.h PersonFacts), read
// once through the per-person indexes and cut at any as-of date, for statements.
//
// loadPersonFacts() reads the same for one date, but finds where records begin by
// scanning every transaction in the file for opening balances (about a second on a
// 1,000-person, 5-year file): fine for one person's page, far too slow for a statement
// per person, or for the thirteen statements of a person's year. The cut follows the same
// rules as RuleInputs: nothing dated after the as-of date, and a reversal dated on or
// before it removes what it reverses (a reversed contribution becomes a negative receipt
// on the day of its reversal). tests/core_statements checks both give the same facts.

#include "core/ledger/Entry.h"
#include "core/rules/RuleInputs.h"

#include <vector>

namespace isf {

class ProviderFile;

class PersonHistory {
public:
    PersonFacts factsAt(const QDate &asOf) const;

private:
    friend class FactsReader;
    struct Txn {
        Id id = 0;
        TxnKind kind = TxnKind::Expense;
        QDate date;
        Money amount;
        Id supplierId = 0;
        std::optional<Hours> hours;
        QString reference;
        Id reversesId = 0;
        TxnKind reversedKind = TxnKind::Expense;
    };
    PersonFacts m_base; // person, council, policy, timeline, recordsFrom
    std::vector<BalanceChange> m_balance; // by date
    std::vector<Txn> m_txns; // by date, then id
    std::vector<DeliveredHours> m_hoursRows; // by week start, then id
};

// One per connection (thread).
class FactsReader {
public:
    explicit FactsReader(const ProviderFile &file);
    // Everything dated on or before `through`. The person's agreement timeline is read
    // unless given (callers printing for many people read them all at once).
    PersonHistory read(const Person &person, const Council &council, const QDate &through,
        const AgreementTimeline *timeline = nullptr) const;

private:
    const ProviderFile &m_file;
    Id m_openingAccount = 0;
    QDate m_fileRecordsFrom; // the file's earliest opening balance
};

} // namespace isf
