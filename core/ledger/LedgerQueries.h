// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include "core/ledger/Entry.h"

#include <vector>

namespace isf {

class ProviderFile;

struct PersonBalance {
    Id personId = 0;
    QString ref;
    Money balance;
};

// One line of a person's ledger: the transaction and what it did to the fund.
struct LedgerLine {
    Id txnId = 0;
    QDate date;
    TxnKind kind = TxnKind::Expense;
    TxnKind reversedKind = TxnKind::Expense; // for a reversal: the kind it reverses
    QString category, supplier, reference, description, reason, recordedBy, hash;
    std::optional<Hours> hours;
    std::optional<Money> rate;
    Money change; // + money in, - money out, as it moved the person's fund
    Money running; // balance after this line
    Id reversesId = 0;
    Id reversedById = 0;
};

struct PersonLedger {
    Money opening; // balance at the end of the day before `from`
    std::vector<LedgerLine> lines;
    Money closing;
};

// Balance of a person's fund at the end of a day. Uses the monthly totals and the
// postings of one month at most, whatever the size of the file.
Money balanceAt(const ProviderFile &file, Id personId, const QDate &date);
// Every person's balance at the end of a day, ordered by reference.
std::vector<PersonBalance> balancesAt(const ProviderFile &file, const QDate &date);
// A person's ledger between two days (inclusive) with a running balance.
PersonLedger personLedger(
    const ProviderFile &file, Id personId, const QDate &from, const QDate &to);
// A window of that ledger for paged views: `limit` lines from `offset`, with the
// running balance carried in from the lines before.
std::vector<LedgerLine> personLedgerPage(const ProviderFile &file, Id personId, const QDate &from,
    const QDate &to, int offset, int limit);
int personLedgerCount(const ProviderFile &file, Id personId, const QDate &from, const QDate &to);

struct BankReconciliation {
    QDate date;
    Money bankBalance; // every posting to the client bank accounts
    Money fundsTotal; // the sum of every person's fund
    Money difference() const { return bankBalance - fundsTotal; }
};
BankReconciliation bankAgainstFunds(const ProviderFile &file, const QDate &date);

} // namespace isf
