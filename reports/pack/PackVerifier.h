// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include <QString>
#include <QStringList>

namespace isf::reports {

// The key a council registered for the provider: its public key file, or just its
// fingerprint. Neither given: the pack is checked as before, and the report says that
// its authenticity was not checked.
struct PackKey {
    QByteArray publicKey;
    QString fingerprint;
    bool given() const { return !publicKey.isEmpty() || !fingerprint.isEmpty(); }
};

struct PackVerifyReport {
    QStringList passed;
    QStringList problems;
    QString firstBadFile; // the first file that does not match, as named in the pack
    int filesChecked = 0;
    int peopleChecked = 0;
    bool authenticityChecked = false; // the signature was checked against a given key
    QString signer; // the fingerprint of the key that signed the manifest
    bool ok() const { return problems.isEmpty(); }
};

// Checks an audit pack as a council would: the manifest's own hash, every file's
// SHA-256 against the manifest, no file added or missing, and that summary.csv's
// figures equal the ledgers in the pack (opening, money in and out, spending by
// category, closing, and the totals row). Throws StorageError when the archive
// cannot be opened at all (not a zip, or the password is wrong).
// With a key: also the manifest's signature (manifest.sig) by that key, the archive
// comment, and the checkpoint the manifest carries.
PackVerifyReport verifyPack(
    const QString &path, const QString &password = QString(), const PackKey &key = {});

} // namespace isf::reports
