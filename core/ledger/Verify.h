#pragma once
#include "core/domain/Entities.h"

#include <QStringList>

#include <functional>

namespace isf {

class ProviderFile;

struct VerifyReport {
    QStringList passed; // one line per check that held
    QStringList problems; // one line per check that failed, naming what is wrong
    Id firstBadTxn = 0; // the first transaction whose hash or balance is wrong
    QByteArray chainHead; // the hash of the last transaction
    qint64 transactions = 0;
    bool ok() const { return problems.isEmpty(); }
};

// Checks a provider file end to end: SQLite integrity, that every transaction
// balances, that the hash chain is unbroken (naming the first altered or missing
// transaction), that the month totals match the postings, and that the client bank
// balance equals the sum of the people's funds. Reads only.
VerifyReport verifyFile(const ProviderFile &file);

} // namespace isf
