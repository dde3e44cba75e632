// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
// Verification of the journal and what hangs off it: the journal's own chain, every
// covered row against the journal, the ledger's chain head against the journal, closed
// periods, the signing keys and every checkpoint (in the file, or given from outside).

#include "core/domain/Entities.h"
#include "core/integrity/Checkpoint.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

namespace isf {

class ProviderFile;
struct VerifyReport;

// What the journal says the file holds, rebuilt from the entries alone.
struct JournalState {
    struct Row {
        QByteArray hash;
        Id entry = 0;
    };
    QHash<QString, Row> rows; // "table\0key" -> the last hash recorded
    QHash<Id, QByteArray> entryHashes;
    QHash<Id, QString> entryLabels; // "entry 57 (update person 3 by alice at ...)"
    QHash<Id, Id> statementIssuedAtTxn; // statement id -> last transaction when issued
    struct Import {
        Id batch = 0, entry = 0, after = 0, last = 0; // it posted transactions after+1..last
    };
    std::vector<Import> imports;
    Id lastEntry = 0;
    Id txnLast = 0;
    QByteArray txnHead;
    Id txnLastEntry = 0;
    bool chainOk = false;
};

// Checks the journal's chain; fills state even past a broken entry (for messages).
JournalState checkJournalChain(const ProviderFile &file, VerifyReport &r);

// Every covered row against the journal: changed, added or deleted outside ISF Desk.
void checkRowsAgainstJournal(const ProviderFile &file, const JournalState &s, VerifyReport &r);

// The ledger's last transaction against the journal's last record of it.
void checkLedgerAgainstJournal(const ProviderFile &file, const JournalState &s, VerifyReport &r);

// Each issued statement's closing balance, and no entry posted into a closed period.
void checkClosedPeriods(const ProviderFile &file, const JournalState &s, VerifyReport &r);

// The signing keys' endorsements and every checkpoint recorded in the file.
void checkKeysAndFileCheckpoints(const ProviderFile &file, const JournalState &s, VerifyReport &r);

// A checkpoint held outside the file: the file must hold exactly what it signed, and
// may only add to it. origin names it in messages ("CP.json", "the pack PACK.zip").
// expectedFingerprint, when given, is the key the checkpoint must be signed with.
void checkAgainstCheckpoint(const ProviderFile &file, const JournalState &s, const Checkpoint &cp,
    const QString &origin, VerifyReport &r, const QString &expectedFingerprint = QString());

} // namespace isf
