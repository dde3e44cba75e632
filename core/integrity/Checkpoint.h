// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
// A signed checkpoint: where the journal and the ledger stood at a moment, signed with
// the provider key, like a transparency log's signed tree head. Held outside the file
// (CP.json, an audit pack, a backup, an issued statement's record) it lets verify prove
// that the file still holds exactly that history and only adds to it.

#include "core/domain/Entities.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace isf {

class ProviderFile;

struct Checkpoint {
    Id sequence = 0; // 1 for the file's first checkpoint
    QString madeAt, purpose, provider;
    Id journalLast = 0;
    QByteArray journalHead; // 32 bytes
    Id txnLast = 0; // transactions 1..txnLast
    QByteArray txnHead; // the ledger chain's hash at txnLast (hex)
    qint64 statementsIssued = 0;
    Id lastStatementId = 0;
    QByteArray publicKey, signature;

    QByteArray signedBytes() const;
    bool signatureValid() const;
    QJsonObject toJson() const;
    QByteArray toJsonBytes() const;
    // Throws InputError naming the field when the object is not a checkpoint.
    static Checkpoint fromJson(const QJsonObject &o);
    static Checkpoint fromJsonBytes(const QByteArray &bytes, const QString &origin);
    // "checkpoint 17 of 2026-11-28"
    QString label() const;
};

// Signs where the file stands now and records the checkpoint in the file (itself a
// journal entry). purpose: "statement", "audit pack", "backup", "closed", "manual".
// Throws StorageError when this computer does not hold the provider's private key.
// record = false signs the checkpoint without keeping it in the file: for a pack made
// from a file its user may only read, where the pack alone carries it.
Checkpoint makeCheckpoint(const ProviderFile &file, const QString &purpose, bool record = true);

// The checkpoints recorded in the file, oldest first.
std::vector<Checkpoint> fileCheckpoints(const ProviderFile &file);

} // namespace isf
