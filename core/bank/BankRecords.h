// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include "core/bank/Statement.h"
#include "core/domain/Entities.h"
#include "core/ledger/Entry.h"

#include <vector>

namespace isf {

// A bank statement line as kept in the file, with its match.
struct BankLine {
    Id id = 0;
    Id accountId = 0;
    Id statementId = 0;
    QDate date;
    Money amount; // + paid in, - paid out
    QString description, reference;
    std::optional<Money> balance;
    QString key;
    bool bankError = false;
    QString errorNote;
    Id groupId = 0; // the active match group, 0 when unmatched
    bool locked = false; // its match is part of a signed reconciliation
};

// A ledger transaction as it moved one client bank account.
struct LedgerItem {
    Id txnId = 0;
    QDate date;
    TxnKind kind = TxnKind::Expense;
    Money amount; // on the bank account: + in, - out
    QString reference, description, supplier, personRef;
    Id personId = 0;
    Id reversesId = 0, reversedById = 0;
    Id groupId = 0; // the active match group, 0 when not cleared
};

// One imported statement.
struct StatementRecord {
    Id id = 0;
    Id accountId = 0;
    QString format, sourceName, sha256;
    QDate firstDate, lastDate;
    std::optional<Money> opening, closing;
    int lineCount = 0, added = 0;
    QString importedAt, importedBy;
};

} // namespace isf
