// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include "core/domain/Entities.h"
#include "core/integrity/Checkpoint.h"

#include <QStringList>

#include <functional>
#include <vector>

namespace isf {

class ProviderFile;

struct VerifyReport {
    QStringList passed; // one line per check that held
    QStringList problems; // one line per check that failed, naming what is wrong
    Id firstBadTxn = 0; // the first transaction whose hash or balance is wrong
    Id firstBadEntry = 0; // the first journal entry that is wrong or no longer holds
    QByteArray chainHead; // the hash of the last transaction
    qint64 transactions = 0;
    bool ok() const { return problems.isEmpty(); }
};

struct VerifyOptions {
    // quick_check instead of integrity_check.
    bool quick = false;
    std::vector<std::pair<Checkpoint, QString>> checkpoints; // held outside, with origin
    QString expectedFingerprint; // the key those checkpoints must carry, when given
};

// Checks a provider file end to end: SQLite integrity, that every transaction
// balances, that the hash chain is unbroken (naming the first altered or missing
// transaction), that the month totals match the postings, that the client bank
// balance equals the sum of the people's funds, that the journal's chain holds and
// every row matches it, that closed periods are still closed, and that the file holds
// exactly the history each signed checkpoint (in the file or given) signed. Reads only.
VerifyReport verifyFile(const ProviderFile &file, const VerifyOptions &options = {});

} // namespace isf
