// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include "core/domain/Entities.h"

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace isf {

enum class TxnKind {
    OpeningBalance,
    CouncilPayment,
    Contribution,
    Expense,
    ReturnToCouncil,
    Adjustment,
    Transfer,
    Reversal
};
QString txnKindCode(TxnKind k); // opening_balance, council_payment, ...
QString txnKindLabel(TxnKind k); // "Opening balance", "Council payment", ...
TxnKind parseTxnKind(const QString &code); // throws InputError listing the kinds
// True when the kind adds to the person's fund (council payment, contribution, opening balance).
bool isMoneyIn(TxnKind k);

// What a person asks to post. The ledger turns it into balanced postings.
struct NewEntry {
    TxnKind kind = TxnKind::Expense;
    QDate date;
    Id personId = 0;
    Money amount; // positive; the kind gives the direction (an adjustment may be signed)
    Id categoryId = 0; // expense only
    Id supplierId = 0;
    QString reference; // invoice or remittance reference
    QString description;
    std::optional<Hours> hours; // expense: hours and rate; amount defaults to hours x rate
    std::optional<Money> rate;
    Id bankAccountId = 0; // 0: the client bank account
    Id toBankAccountId = 0; // transfer only
    Id batchId = 0; // set by imports
};

struct Posting {
    Id accountId = 0;
    Id personId = 0; // 0 for none
    Money amount; // debit positive, credit negative
};

// A journal entry's postings. finalize() is the one place that checks an entry
// balances; it throws LedgerError otherwise.
class JournalEntry {
public:
    void add(Id accountId, Id personId, Money amount)
    {
        m_postings.push_back({ accountId, personId, amount });
    }
    const std::vector<Posting> &postings() const { return m_postings; }
    void finalize() const;

private:
    std::vector<Posting> m_postings;
};

// A posted transaction as stored.
struct PostedTxn {
    Id id = 0;
    TxnKind kind = TxnKind::Expense;
    QDate date;
    Id personId = 0;
    Money amount;
    Id categoryId = 0, supplierId = 0;
    QString reference, description;
    std::optional<Hours> hours;
    std::optional<Money> rate;
    Id reversesId = 0;
    QString reason;
    Id batchId = 0;
    QString recordedBy, recordedAt, prevHash, hash;
    std::vector<Posting> postings;
};

} // namespace isf
