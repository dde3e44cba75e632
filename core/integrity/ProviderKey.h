// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
// The provider file's signing keys: the public halves live in the file (signing_keys,
// covered by the journal), the private half outside it (KeyStore). A lost key is
// replaced by a new one; the change is a journal entry naming the old fingerprint,
// endorsed by the new key (and by the old one too when this computer still holds it).

#include "core/domain/Entities.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace isf {

class ProviderFile;

struct SigningKeyRecord {
    Id id = 0;
    QByteArray publicKey;
    QString fingerprint, createdAt, createdBy, replacesFingerprint, reason;
    QByteArray endorsement; // the new key's signature over endorsedBytes()
    QByteArray oldKeyEndorsement; // the replaced key's, when it was still at hand
    QByteArray endorsedBytes() const;
};

// Every key the file has had, oldest first.
std::vector<SigningKeyRecord> signingKeys(const ProviderFile &file);

// The key in use; fingerprint empty when the file has none yet.
SigningKeyRecord currentSigningKey(const ProviderFile &file);

// Makes the file's first key when it has none (isf init, the first open of an older
// file); returns the key in use.
SigningKeyRecord ensureSigningKey(const ProviderFile &file);

// Replaces the key in use (lost, or due to be changed); returns the new key.
SigningKeyRecord replaceSigningKey(const ProviderFile &file, const QString &reason);

// The private key of the key in use. Throws StorageError naming what to do when this
// computer does not hold it.
QByteArray providerSecretKey(const ProviderFile &file);

} // namespace isf
