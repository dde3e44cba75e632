// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "core/integrity/SigningKey.h"

#include "core/util/Errors.h"

#include <QCryptographicHash>
#include <QList>

#include <sodium.h>

namespace isf {
namespace {

void ensureSodium()
{
    static const bool ready = sodium_init() >= 0;
    if (!ready)
        throw StorageError(QStringLiteral("The signing library could not start."));
}

QString normalised(QString s)
{
    s.remove(u'-');
    s.remove(u' ');
    return s.toUpper();
}

} // namespace

KeyPair generateKeyPair()
{
    ensureSodium();
    KeyPair k;
    k.publicKey.resize(crypto_sign_PUBLICKEYBYTES);
    k.secretKey.resize(crypto_sign_SECRETKEYBYTES);
    crypto_sign_keypair(reinterpret_cast<unsigned char *>(k.publicKey.data()),
        reinterpret_cast<unsigned char *>(k.secretKey.data()));
    return k;
}

QByteArray signDetached(const QByteArray &message, const QByteArray &secretKey)
{
    ensureSodium();
    if (secretKey.size() != crypto_sign_SECRETKEYBYTES)
        throw StorageError(QStringLiteral("The provider's private key is damaged."));
    QByteArray sig(crypto_sign_BYTES, '\0');
    crypto_sign_detached(reinterpret_cast<unsigned char *>(sig.data()), nullptr,
        reinterpret_cast<const unsigned char *>(message.constData()), quint64(message.size()),
        reinterpret_cast<const unsigned char *>(secretKey.constData()));
    return sig;
}

bool verifyDetached(
    const QByteArray &message, const QByteArray &signature, const QByteArray &publicKey)
{
    ensureSodium();
    if (signature.size() != crypto_sign_BYTES || publicKey.size() != crypto_sign_PUBLICKEYBYTES)
        return false;
    return crypto_sign_verify_detached(
               reinterpret_cast<const unsigned char *>(signature.constData()),
               reinterpret_cast<const unsigned char *>(message.constData()),
               quint64(message.size()),
               reinterpret_cast<const unsigned char *>(publicKey.constData()))
        == 0;
}

QString fingerprint(const QByteArray &publicKey)
{
    const QByteArray hex = QCryptographicHash::hash(publicKey, QCryptographicHash::Sha256)
                               .left(10)
                               .toHex()
                               .toUpper();
    QStringList groups;
    for (int i = 0; i < hex.size(); i += 4)
        groups << QString::fromLatin1(hex.mid(i, 4));
    return groups.join(u'-');
}

bool sameFingerprint(const QString &a, const QString &b)
{
    return !a.isEmpty() && normalised(a) == normalised(b);
}

QByteArray publicKeyFileText(const QByteArray &publicKey)
{
    return "isf-ed25519 " + publicKey.toBase64() + ' ' + fingerprint(publicKey).toLatin1() + '\n';
}

QByteArray parsePublicKeyText(const QByteArray &text)
{
    const QList<QByteArray> words = text.simplified().split(' ');
    QByteArray b64 = words.value(0);
    if (b64 == "isf-ed25519")
        b64 = words.value(1);
    const auto decoded
        = QByteArray::fromBase64Encoding(b64, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != crypto_sign_PUBLICKEYBYTES)
        throw InputError(QStringLiteral(
            "This is not an ISF Desk public key file (expected \"isf-ed25519 KEY FINGERPRINT\")."));
    return decoded.decoded;
}

} // namespace isf
