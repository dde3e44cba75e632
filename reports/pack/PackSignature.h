// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
// The provider's signature on an audit pack: manifest.sig beside manifest.json holds
// the Ed25519 signature over the manifest's own SHA-256 with the signing key, so a
// pack whose manifest was rebuilt, or that another key signed, is told apart.

#include "core/integrity/Checkpoint.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace isf::reports {

inline const QString kManifestSignatureName = QStringLiteral("manifest.sig");

struct ManifestSignature {
    QByteArray publicKey, signature;
};

QByteArray signedManifestBytes(const QByteArray &manifestSha256Hex);
QByteArray manifestSignatureJson(const ManifestSignature &s);
// Throws StorageError when the bytes are not a manifest signature.
ManifestSignature parseManifestSignature(const QByteArray &bytes);

// The signed checkpoint an audit pack carries in its manifest; none for older packs.
// Throws StorageError when the pack cannot be opened.
std::optional<Checkpoint> packCheckpoint(const QString &path, const QString &password = {});

} // namespace isf::reports
