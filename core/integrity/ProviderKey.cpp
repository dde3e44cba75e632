// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "core/integrity/ProviderKey.h"

#include "core/integrity/KeyStore.h"
#include "core/integrity/SigningKey.h"
#include "core/storage/AuditLog.h"
#include "core/storage/ProviderFile.h"
#include "core/storage/Sql.h"
#include "core/util/Errors.h"

namespace isf {
namespace {

SigningKeyRecord addKey(const ProviderFile &file, const QString &reason)
{
    WriteTransaction txn(file.database());
    const SigningKeyRecord old = currentSigningKey(file);
    const KeyPair pair = generateKeyPair();
    SigningKeyRecord k;
    k.publicKey = pair.publicKey;
    k.fingerprint = fingerprint(pair.publicKey);
    k.createdAt = timestamp(file);
    k.createdBy = file.userName();
    k.replacesFingerprint = old.fingerprint;
    k.reason = reason;
    k.endorsement = signDetached(k.endorsedBytes(), pair.secretKey);
    if (!old.fingerprint.isEmpty()) {
        const QByteArray oldSecret = loadSecretKey(old.fingerprint);
        if (!oldSecret.isEmpty())
            k.oldKeyEndorsement = signDetached(k.endorsedBytes(), oldSecret);
    }
    const QString where = storeSecretKey(k.fingerprint, pair.secretKey);
    SqlQuery insert(file.database(),
        QStringLiteral("INSERT INTO signing_keys (public_key, fingerprint, created_at, "
                       "created_by, replaces_fingerprint, reason, endorsement, "
                       "old_key_endorsement) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    insert
        .bind(
            { QString::fromLatin1(k.publicKey.toBase64()), k.fingerprint, k.createdAt, k.createdBy,
                k.replacesFingerprint, k.reason, QString::fromLatin1(k.endorsement.toBase64()),
                QString::fromLatin1(k.oldKeyEndorsement.toBase64()) })
        .exec("save the signing key");
    k.id = insert.lastInsertId();
    const QString detail = old.fingerprint.isEmpty()
        ? QStringLiteral("signing key %1 made; its private key is kept in %2")
              .arg(k.fingerprint, where)
        : QStringLiteral("signing key %1 replaces %2 (%3); %4; its private key is kept in %5")
              .arg(k.fingerprint, old.fingerprint, reason,
                  k.oldKeyEndorsement.isEmpty()
                      ? QStringLiteral("the old private key was not at hand")
                      : QStringLiteral("endorsed by the old key too"),
                  where);
    audit(file, old.fingerprint.isEmpty() ? QStringLiteral("create") : QStringLiteral("replace"),
        QStringLiteral("signing_key"), k.id, detail);
    txn.commit();
    return k;
}

} // namespace

QByteArray SigningKeyRecord::endorsedBytes() const
{
    return "isf-key-v1|" + publicKey.toBase64() + '|' + replacesFingerprint.toUtf8() + '|'
        + createdAt.toUtf8() + '|' + createdBy.toUtf8() + '|' + reason.toUtf8();
}

std::vector<SigningKeyRecord> signingKeys(const ProviderFile &file)
{
    SqlQuery q(file.database(),
        QStringLiteral("SELECT id, public_key, fingerprint, created_at, created_by, "
                       "replaces_fingerprint, reason, endorsement, old_key_endorsement FROM "
                       "signing_keys ORDER BY id"));
    q.exec("read the signing keys");
    std::vector<SigningKeyRecord> out;
    while (q.next())
        out.push_back(
            { q.int64(0), QByteArray::fromBase64(q.text(1).toLatin1()), q.text(2), q.text(3),
                q.text(4), q.text(5), q.text(6), QByteArray::fromBase64(q.text(7).toLatin1()),
                QByteArray::fromBase64(q.text(8).toLatin1()) });
    return out;
}

SigningKeyRecord currentSigningKey(const ProviderFile &file)
{
    const std::vector<SigningKeyRecord> all = signingKeys(file);
    return all.empty() ? SigningKeyRecord() : all.back();
}

SigningKeyRecord ensureSigningKey(const ProviderFile &file)
{
    const SigningKeyRecord current = currentSigningKey(file);
    if (!current.fingerprint.isEmpty())
        return current;
    return addKey(file, QStringLiteral("first key"));
}

SigningKeyRecord replaceSigningKey(const ProviderFile &file, const QString &reason)
{
    if (currentSigningKey(file).fingerprint.isEmpty())
        return ensureSigningKey(file);
    return addKey(file, reason.trimmed().isEmpty() ? QStringLiteral("key replaced") : reason);
}

QByteArray providerSecretKey(const ProviderFile &file)
{
    const SigningKeyRecord k = ensureSigningKey(file);
    const QByteArray secret = loadSecretKey(k.fingerprint);
    if (secret.isEmpty())
        throw StorageError(
            QStringLiteral("This computer does not hold the private key of signing key %1, so "
                           "nothing can be signed here. If the key is lost, make a new one with "
                           "\"isf key new\" and send the council the new public key.")
                .arg(k.fingerprint));
    return secret;
}

} // namespace isf
