// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <vector>

namespace isf::reports {

struct ManifestFile {
    QString path;
    QByteArray sha256; // hex
    qint64 bytes = 0;
};

// manifest.json: the pack's files with their SHA-256, the period, the ledger's hash
// chain head and the product version. It carries its own SHA-256, computed over its
// exact bytes with the hash field set to 64 zeros, so a change to any byte of the
// manifest itself is caught too.
QByteArray buildManifest(QJsonObject header, const std::vector<ManifestFile> &files);

struct ParsedManifest {
    QJsonObject json;
    std::vector<ManifestFile> files;
    QByteArray selfHash;
    bool selfHashValid = false;
};
// Throws StorageError when the bytes are not a manifest.
ParsedManifest parseManifest(const QByteArray &bytes);

QByteArray sha256Hex(const QByteArray &data);

} // namespace isf::reports

namespace isf::reports {
// The folder-safe form of a person reference or file name inside a pack.
QString packSafeName(QString name);
} // namespace isf::reports
