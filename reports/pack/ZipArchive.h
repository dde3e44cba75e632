// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>

struct zip;
struct zip_source;

namespace isf::reports {

// A zip archive through libzip, written entry by entry. With a password, every entry
// is encrypted with AES-256 (WinZip AE-2), which 7-Zip and WinZip read.
class ZipWriter {
public:
    // Creates (or truncates) the archive at path. Nothing is written to disk until
    // close(); a ZipWriter destroyed without close() leaves no file behind.
    ZipWriter(const QString &path, const QString &password = QString());
    ~ZipWriter();
    ZipWriter(const ZipWriter &) = delete;
    ZipWriter &operator=(const ZipWriter &) = delete;

    // Adds bytes as an entry. compress=false for data that is already compressed
    // (PDFs, xlsx), which saves time and nothing else.
    void add(const QString &name, const QByteArray &data, bool compress = true);
    // Adds a file from disk, read at close() so it need not stay in memory.
    void addFile(const QString &name, const QString &sourcePath, bool compress = true);
    void setComment(const QString &comment);
    // Writes the archive; throws StorageError on failure (then no archive exists).
    void close();

private:
    void encrypt(qint64 index);
    void addSource(const QString &name, zip_source *source, bool compress);
    zip *m_zip = nullptr;
    QString m_path;
    QByteArray m_password;
};

// Reads entries of an archive, decrypting with the password when one is given.
class ZipReader {
public:
    ZipReader(const QString &path, const QString &password = QString());
    ~ZipReader();
    ZipReader(const ZipReader &) = delete;
    ZipReader &operator=(const ZipReader &) = delete;

    QStringList names() const;
    bool contains(const QString &name) const;
    QString comment() const; // the archive's comment ("" when none)
    // Throws StorageError when the entry is missing, damaged, or the password is wrong.
    QByteArray read(const QString &name) const;
    bool isEncrypted(const QString &name) const;

private:
    zip *m_zip = nullptr;
    QString m_path;
};

} // namespace isf::reports
