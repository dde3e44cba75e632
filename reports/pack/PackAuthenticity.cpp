// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "reports/pack/PackAuthenticity.h"

#include "core/integrity/Checkpoint.h"
#include "core/integrity/SigningKey.h"
#include "core/util/Errors.h"
#include "reports/pack/PackSignature.h"
#include "reports/pack/ZipArchive.h"

#include <QRegularExpression>

namespace isf::reports {
namespace {

void checkComment(const ZipReader &zip, const ParsedManifest &manifest,
    const std::function<void(const QString &, const QString &)> &problem, PackVerifyReport &report)
{
    static const QRegularExpression named(
        QStringLiteral("manifest\\.json SHA-256: ([0-9a-f]{64})"));
    const QRegularExpressionMatch m = named.match(zip.comment());
    const QString archive = QStringLiteral("the archive comment");
    if (!m.hasMatch())
        problem(archive,
            QStringLiteral("missing or altered: it no longer names the SHA-256 of manifest.json "
                           "(the archive was rebuilt)"));
    else if (m.captured(1).toLatin1() != manifest.selfHash)
        problem(archive,
            QStringLiteral("names manifest SHA-256 %1, but manifest.json's own is %2: the "
                           "manifest was rebuilt after the pack was made")
                .arg(m.captured(1), QString::fromLatin1(manifest.selfHash)));
    else
        report.passed << QStringLiteral("The archive comment names the same manifest SHA-256");
}

} // namespace

void checkAuthenticity(const ZipReader &zip, const ParsedManifest &manifest, const PackKey &key,
    PackVerifyReport &report, const std::function<void(const QString &, const QString &)> &problem)
{
    checkComment(zip, manifest, problem, report);
    const QString given = !key.publicKey.isEmpty() ? fingerprint(key.publicKey) : key.fingerprint;
    if (!zip.contains(kManifestSignatureName)) {
        if (key.given())
            problem(kManifestSignatureName,
                QStringLiteral("missing: the pack is not signed, so it cannot be shown to come "
                               "from the provider with key %1")
                    .arg(given));
        else
            report.passed << QStringLiteral(
                "NOTE: the pack is not signed; its authenticity was not checked.");
        return;
    }
    ManifestSignature sig;
    try {
        sig = parseManifestSignature(zip.read(kManifestSignatureName));
    } catch (const Error &e) {
        problem(kManifestSignatureName, e.message());
        return;
    }
    const QString signer = fingerprint(sig.publicKey);
    report.signer = signer;
    const QByteArray named = QByteArray::fromBase64(
        manifest.json.value(QStringLiteral("signing_key"))[QStringLiteral("public_key")]
            .toString()
            .toLatin1());
    bool ok = true;
    if (!verifyDetached(signedManifestBytes(manifest.selfHash), sig.signature, sig.publicKey)) {
        problem(kManifestSignatureName,
            QStringLiteral("the signature does not match manifest.json: the manifest was changed "
                           "or rebuilt after the provider signed it"));
        ok = false;
    }
    if (named != sig.publicKey) {
        problem(kManifestSignatureName,
            QStringLiteral("made with key %1, but manifest.json names key %2")
                .arg(signer, fingerprint(named)));
        ok = false;
    }
    const QJsonValue cpJson = manifest.json.value(QStringLiteral("checkpoint"));
    if (cpJson.isObject()) {
        try {
            const Checkpoint cp = Checkpoint::fromJson(cpJson.toObject());
            if (!cp.signatureValid() || cp.publicKey != sig.publicKey) {
                problem(QStringLiteral("manifest.json"),
                    QStringLiteral("the checkpoint it carries is not validly signed by key %1")
                        .arg(signer));
                ok = false;
            }
        } catch (const Error &e) {
            problem(QStringLiteral("manifest.json"), e.message());
            ok = false;
        }
    }
    if (key.given()) {
        const bool same = !key.publicKey.isEmpty() ? key.publicKey == sig.publicKey
                                                   : sameFingerprint(signer, key.fingerprint);
        if (!same) {
            problem(kManifestSignatureName,
                QStringLiteral("signed by key %1, not by the provider's key %2 that you gave: "
                               "the pack was made or re-signed by someone else")
                    .arg(signer, given));
            ok = false;
        }
        report.authenticityChecked = ok;
        if (ok)
            report.passed << QStringLiteral(
                "Signed by the provider's key %1: the pack is the one the provider made")
                                 .arg(signer);
    } else if (ok) {
        report.passed << QStringLiteral(
            "NOTE: the manifest is signed by key %1, but its authenticity was NOT checked: give "
            "--public-key provider.pub or --fingerprint FP (the key the provider registered "
            "with you) to check that the provider made this pack.")
                             .arg(signer);
    }
}

} // namespace isf::reports
