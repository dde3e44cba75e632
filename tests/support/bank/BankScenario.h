// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
// The ledger the hand-written statements in tests/data/bank are matched against (see
// the README there): three Lancashire people in the default client account and two
// Dorset people in a second account, with every entry's id kept by name.
#pragma once
#include "core/bank/BankAccounts.h"
#include "core/ledger/Entry.h"
#include "tests/support/Fixtures.h"

#include <QMap>

struct BankScenario {
    BankScenario();
    TestFile t;
    isf::Id lancs = 0, dorset = 0; // bank account ids
    QMap<QString, isf::Id> person, txn; // by ref / by name ("taxi1", "cheque", ...)

    isf::ProviderFile &file() { return *t; }
    static QString data(const char *name);
    isf::Id post(const QString &name, isf::TxnKind kind, const QString &ref, const QDate &date,
        const char16_t *amount, const QString &supplier = {}, const QString &reference = {},
        isf::Id bank = 0);
    // The transaction ids of the council payments of one remittance, in person order.
    std::vector<isf::Id> remittance(const QString &reference) const;
};
