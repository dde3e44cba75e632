// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include "core/bank/BankRecords.h"

#include <QSet>

namespace isf {

class ProviderFile;

// The statement lines of one account (oldest first), to `to` when it is valid;
// unmatchedOnly leaves out lines in an active match.
std::vector<BankLine> loadBankLines(
    const ProviderFile &file, Id accountId, const QDate &to = {}, bool unmatchedOnly = false);
std::optional<BankLine> bankLineById(const ProviderFile &file, Id lineId);
// Every line key the account already has.
QSet<QString> bankLineKeys(const ProviderFile &file, Id accountId);
// The sum of the account's lines dated before `day`.
Money bankLinesBefore(const ProviderFile &file, Id accountId, const QDate &day);
// The bank's balance at the end of a day: the opening balance plus every line to it.
Money bankBalanceAt(const ProviderFile &file, Id accountId, const QDate &day);
// The last day any imported statement covers (invalid before the first import).
QDate lastStatementDay(const ProviderFile &file, Id accountId);
std::vector<StatementRecord> listStatements(const ProviderFile &file, Id accountId);

// Writes a statement's record and its new lines (many rows to a statement); returns the
// statement id. The caller holds the write transaction.
Id insertStatement(const ProviderFile &file, const StatementRecord &record,
    const std::vector<const StatementLine *> &newLines);
// Sets the account's opening balance (the first import does).
void setOpeningBalance(const ProviderFile &file, Id accountId, Money opening, const QDate &day);
void setBankError(const ProviderFile &file, Id lineId, bool isError, const QString &note);

// Ledger transactions that moved the account: every one dated after `since` (all
// when invalid) up to `to` (no limit when invalid), and those before it that are
// matched to a bank line; unmatchedOnly keeps those not cleared.
std::vector<LedgerItem> loadLedgerItems(const ProviderFile &file, Id accountId, const QDate &since,
    const QDate &to = {}, bool unmatchedOnly = false);
// The given transactions as they moved the account (those that did not are left out).
std::vector<LedgerItem> ledgerItemsByIds(
    const ProviderFile &file, Id accountId, const std::vector<Id> &txnIds);
// The ledger's balance on the account at the end of a day, and the part of it that
// belongs to people's funds.
Money ledgerBalanceAt(const ProviderFile &file, Id accountId, const QDate &day, bool fundsOnly);

} // namespace isf
