// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
// Where the provider's private key lives: the system keychain (QtKeychain) when the
// session has one, else a file readable only by its owner in the user's config folder
// ($XDG_CONFIG_HOME/isf-desk/keys). Never the provider file, never a log.

#include <QByteArray>
#include <QString>

namespace isf {

// The secret key for the public key with this fingerprint; empty when this computer
// does not hold it.
QByteArray loadSecretKey(const QString &fingerprint);

// Keeps the secret key; returns where it went ("the system keychain" or the file's
// path). Throws StorageError when it could be kept nowhere.
QString storeSecretKey(const QString &fingerprint, const QByteArray &secretKey);

} // namespace isf
