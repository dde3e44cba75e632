// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "reports/pack/PackSignature.h"

#include "core/util/Errors.h"
#include "reports/pack/Manifest.h"
#include "reports/pack/ZipArchive.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace isf::reports {

QByteArray signedManifestBytes(const QByteArray &manifestSha256Hex)
{
    return "isf-audit-pack-manifest-1|" + manifestSha256Hex;
}

QByteArray manifestSignatureJson(const ManifestSignature &s)
{
    return QJsonDocument(
        QJsonObject { { QStringLiteral("format"), QStringLiteral("isf-manifest-signature-1") },
            { QStringLiteral("algorithm"), QStringLiteral("ed25519") },
            { QStringLiteral("public_key"), QString::fromLatin1(s.publicKey.toBase64()) },
            { QStringLiteral("signature"), QString::fromLatin1(s.signature.toHex()) } })
        .toJson(QJsonDocument::Indented);
}

ManifestSignature parseManifestSignature(const QByteArray &bytes)
{
    const QJsonDocument doc = QJsonDocument::fromJson(bytes);
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("format")).toString() != u"isf-manifest-signature-1")
        throw StorageError(QStringLiteral("manifest.sig is not an ISF Desk manifest signature."));
    return { QByteArray::fromBase64(o.value(QStringLiteral("public_key")).toString().toLatin1()),
        QByteArray::fromHex(o.value(QStringLiteral("signature")).toString().toLatin1()) };
}

std::optional<Checkpoint> packCheckpoint(const QString &path, const QString &password)
{
    const ZipReader zip(path, password);
    if (!zip.contains(QStringLiteral("manifest.json")))
        throw StorageError(QStringLiteral("%1 is not an ISF Desk audit pack.").arg(path));
    const ParsedManifest m = parseManifest(zip.read(QStringLiteral("manifest.json")));
    const QJsonValue cp = m.json.value(QStringLiteral("checkpoint"));
    if (!cp.isObject())
        return std::nullopt;
    try {
        return Checkpoint::fromJson(cp.toObject());
    } catch (const Error &e) {
        throw StorageError(QStringLiteral("%1: %2").arg(path, e.message()));
    }
}

} // namespace isf::reports
