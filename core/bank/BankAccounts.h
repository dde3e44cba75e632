// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include "core/domain/Entities.h"

#include <QStringList>

#include <optional>
#include <vector>

namespace isf {

class ProviderFile;

// A client bank account: a ledger account of kind 'bank' (its id is the ledger
// account's id, which is what a NewEntry's bankAccountId names), with the bank's
// details, what it holds, and the CSV column profile last used to import its
// statements. The account that held everything before accounts had details is the
// default: entries that name no account post to it.
struct BankAccount {
    Id id = 0;
    QString name, code;
    QString sortCode, accountNumber;
    bool isDefault = false;
    QString csvProfile; // "date=Date;description=Details;..." (see CsvMapping)
    std::optional<Money> openingBalance; // the bank's balance before its first line
    QDate openingDate; // the day before the first statement line
    std::vector<Id> councilIds, personIds; // what it holds; both empty: everything
    QStringList councilNames, personRefs; // for display

    // "****5678": the last four digits only, as on paper and on screen.
    QString maskedNumber() const;
};

std::vector<BankAccount> listBankAccounts(const ProviderFile &file);
std::optional<BankAccount> bankAccountById(const ProviderFile &file, Id id);
// The named account, or the default one when name is empty; throws InputError
// naming the accounts there are when there is no such account.
BankAccount requireBankAccount(const ProviderFile &file, const QString &name);

// What a person can set about an account. Empty lists leave holdings as they are
// unless replaceHoldings is set.
struct BankAccountDetails {
    QString name;
    std::optional<QString> sortCode, accountNumber;
    std::optional<QStringList> councils, people; // names / refs
};
// Creates the account (a new ledger account of kind 'bank') or updates the one with
// that name; checks the sort code (6 digits) and account number (8 digits); writes
// the audit log. Returns the account id.
Id saveBankAccount(const ProviderFile &file, const BankAccountDetails &details);
void saveCsvProfile(const ProviderFile &file, Id accountId, const QString &profile);

// 12-34-56 from 123456, 12 34 56 or 12-34-56; throws InputError otherwise.
QString normaliseSortCode(const QString &text);

} // namespace isf
