// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
// Ed25519 signatures (libsodium): the provider's key signs checkpoints, audit pack
// manifests and key changes, so that a council holding the public key (or just its
// fingerprint) can tell the provider's own history from one rebuilt by someone else.

#include <QByteArray>
#include <QString>

namespace isf {

struct KeyPair {
    QByteArray publicKey; // 32 bytes
    QByteArray secretKey; // 64 bytes; never written to the provider file or a log
};

KeyPair generateKeyPair();
QByteArray signDetached(const QByteArray &message, const QByteArray &secretKey);
bool verifyDetached(
    const QByteArray &message, const QByteArray &signature, const QByteArray &publicKey);

// The short form a person compares by eye: the first 10 bytes of the key's SHA-256 as
// five groups of four hex digits, "3F2A-90C1-...".
QString fingerprint(const QByteArray &publicKey);
// Compares fingerprints ignoring case, spaces and dashes.
bool sameFingerprint(const QString &a, const QString &b);

// provider.pub: "isf-ed25519 <base64 key> <fingerprint>\n".
QByteArray publicKeyFileText(const QByteArray &publicKey);
// Throws InputError when the text is not a public key file (or a bare base64 key).
QByteArray parsePublicKeyText(const QByteArray &text);

} // namespace isf
