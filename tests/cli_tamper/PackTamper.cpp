// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "tests/cli_tamper/PackTamper.h"

#include "core/integrity/SigningKey.h"
#include "reports/pack/Manifest.h"
#include "reports/pack/PackSignature.h"
#include "reports/pack/ZipArchive.h"
#include "tests/support/catch.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

namespace tamper {
namespace {

using namespace isf;
using namespace isf::reports;

struct Pack {
    QMap<QString, QByteArray> entries;
    QString comment;
};

Pack readPack(const QString &path)
{
    Pack p;
    const ZipReader zip(path);
    for (const QString &name : zip.names())
        p.entries.insert(name, zip.read(name));
    p.comment = zip.comment();
    return p;
}

void writePack(const QString &path, const Pack &p)
{
    QFile::remove(path);
    ZipWriter zip(path);
    for (auto it = p.entries.cbegin(); it != p.entries.cend(); ++it)
        zip.add(it.key(), it.value());
    if (!p.comment.isEmpty())
        zip.setComment(p.comment);
    zip.close();
}

QByteArray rebuiltManifest(const Pack &p, QJsonObject header)
{
    header.remove(QStringLiteral("files"));
    header.remove(QStringLiteral("manifest_sha256"));
    std::vector<ManifestFile> files;
    for (auto it = p.entries.cbegin(); it != p.entries.cend(); ++it)
        if (it.key() != u"manifest.json" && it.key() != kManifestSignatureName)
            files.push_back({ it.key(), sha256Hex(it.value()), it.value().size() });
    return buildManifest(header, files);
}

} // namespace

QString packFolder(const QString &pack, int n)
{
    const Pack p = readPack(pack);
    const QJsonObject m
        = QJsonDocument::fromJson(p.entries.value(QStringLiteral("manifest.json"))).object();
    return m.value(QStringLiteral("folders")).toArray().at(n)[QStringLiteral("folder")].toString();
}

bool applyPackStep(const QString &path, const QString &op, const QString &argument)
{
    Pack p = readPack(path);
    const QString entry = argument.section(u' ', 0, 0);
    const QString rest = argument.section(u' ', 1);
    if (op == u"zip-replace") {
        REQUIRE(p.entries.contains(entry));
        p.entries[entry] = rest.toUtf8();
    } else if (op == u"zip-edit") {
        REQUIRE(p.entries.contains(entry));
        const QString from = rest.section(QStringLiteral(" => "), 0, 0);
        const QString to = rest.section(QStringLiteral(" => "), 1);
        QByteArray &data = p.entries[entry];
        INFO("zip-edit: " << from.toStdString() << " not in " << entry.toStdString());
        REQUIRE(data.contains(from.toUtf8()));
        data.replace(data.indexOf(from.toUtf8()), from.toUtf8().size(), to.toUtf8());
    } else if (op == u"zip-remove") {
        REQUIRE(p.entries.remove(entry) == 1);
    } else if (op == u"zip-add") {
        p.entries.insert(entry, rest.toUtf8());
    } else if (op == u"zip-swap") {
        const QString other = rest.trimmed();
        REQUIRE(p.entries.contains(entry));
        REQUIRE(p.entries.contains(other));
        std::swap(p.entries[entry], p.entries[other]);
    } else if (op == u"zip-rehash-manifest") {
        const QJsonObject header
            = QJsonDocument::fromJson(p.entries.value(QStringLiteral("manifest.json"))).object();
        p.entries[QStringLiteral("manifest.json")] = rebuiltManifest(p, header);
    } else if (op == u"zip-fix-comment") {
        const ParsedManifest m = parseManifest(p.entries.value(QStringLiteral("manifest.json")));
        p.comment = QStringLiteral("ISF Desk audit pack. manifest.json SHA-256: %1")
                        .arg(QString::fromLatin1(m.selfHash));
    } else if (op == u"zip-drop-comment") {
        p.comment.clear();
    } else if (op == u"zip-resign") {
        // The attacker's own key: the manifest names it, and it signs the manifest.
        const KeyPair mine = generateKeyPair();
        QJsonObject header
            = QJsonDocument::fromJson(p.entries.value(QStringLiteral("manifest.json"))).object();
        header.insert(QStringLiteral("signing_key"),
            QJsonObject { { QStringLiteral("fingerprint"), fingerprint(mine.publicKey) },
                { QStringLiteral("public_key"), QString::fromLatin1(mine.publicKey.toBase64()) } });
        header.remove(QStringLiteral("checkpoint"));
        const QByteArray manifest = rebuiltManifest(p, header);
        p.entries[QStringLiteral("manifest.json")] = manifest;
        const ParsedManifest m = parseManifest(manifest);
        p.entries[kManifestSignatureName] = manifestSignatureJson(
            { mine.publicKey, signDetached(signedManifestBytes(m.selfHash), mine.secretKey) });
        p.comment = QStringLiteral("ISF Desk audit pack. manifest.json SHA-256: %1")
                        .arg(QString::fromLatin1(m.selfHash));
    } else {
        return false;
    }
    writePack(path, p);
    return true;
}

} // namespace tamper
