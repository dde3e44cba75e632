// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "reports/pack/Manifest.h"

#include "core/util/Errors.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace isf::reports {
namespace {

const QByteArray kHashKey = "\"manifest_sha256\": \"";
const QByteArray kZeros(64, '0');

// The bytes the self-hash is computed over: the manifest with its own hash zeroed.
QByteArray withZeroedHash(QByteArray bytes, qsizetype *position = nullptr)
{
    const qsizetype at = bytes.indexOf(kHashKey);
    if (at < 0 || at + kHashKey.size() + 64 > bytes.size())
        return {};
    const qsizetype start = at + kHashKey.size();
    if (position)
        *position = start;
    bytes.replace(start, 64, kZeros);
    return bytes;
}

} // namespace

QByteArray sha256Hex(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

QByteArray buildManifest(QJsonObject header, const std::vector<ManifestFile> &files)
{
    QJsonArray list;
    for (const ManifestFile &f : files)
        list.append(QJsonObject { { QStringLiteral("path"), f.path },
            { QStringLiteral("sha256"), QString::fromLatin1(f.sha256) },
            { QStringLiteral("bytes"), f.bytes } });
    header.insert(QStringLiteral("files"), list);
    header.insert(QStringLiteral("manifest_sha256"), QString::fromLatin1(kZeros));
    QByteArray bytes = QJsonDocument(header).toJson(QJsonDocument::Indented);
    qsizetype position = 0;
    const QByteArray zeroed = withZeroedHash(bytes, &position);
    bytes.replace(position, 64, sha256Hex(zeroed));
    return bytes;
}

ParsedManifest parseManifest(const QByteArray &bytes)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (doc.isNull() || !doc.isObject())
        throw StorageError(QStringLiteral("manifest.json is not valid JSON (%1 at byte %2).")
                               .arg(error.errorString())
                               .arg(error.offset));
    ParsedManifest m;
    m.json = doc.object();
    for (const QJsonValue &v : m.json.value(QStringLiteral("files")).toArray()) {
        const QJsonObject o = v.toObject();
        m.files.push_back({ o.value(QStringLiteral("path")).toString(),
            o.value(QStringLiteral("sha256")).toString().toLatin1(),
            qint64(o.value(QStringLiteral("bytes")).toDouble()) });
    }
    m.selfHash = m.json.value(QStringLiteral("manifest_sha256")).toString().toLatin1();
    const QByteArray zeroed = withZeroedHash(bytes);
    m.selfHashValid = !zeroed.isEmpty() && sha256Hex(zeroed) == m.selfHash;
    return m;
}

} // namespace isf::reports

namespace isf::reports {
QString packSafeName(QString s)
{
    for (QChar &c : s)
        if (!(c.isLetterOrNumber() || c == u'-' || c == u'_' || c == u'.'))
            c = u'_';
    // Windows drops trailing dots, and a name of dots alone is a path step.
    while (s.endsWith(u'.'))
        s.chop(1);
    return s.isEmpty() ? QStringLiteral("_") : s;
}
} // namespace isf::reports
