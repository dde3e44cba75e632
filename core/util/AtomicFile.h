// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include <QByteArray>
#include <QFile>
#include <QString>

namespace isf {

// Every file ISF Desk writes (exports, PDFs, packs, backups) is written whole or not at
// all, and readable by its owner only: a temporary name beside the target, created 0600
// whatever the umask, fsync, rename over the target, fsync of the folder. A crash or a
// kill at any moment leaves either the old file or the new one, never a part.

// Writes data to path atomically (replacing any file there). Throws StorageError naming
// the path and the reason (disk full, read-only folder, ...).
void writeFileAtomically(const QString &path, const QByteArray &data);

// For writers that produce the file themselves (libzip, SQLite's VACUUM INTO): a fresh
// temporary path beside the target, removed again unless commit() moved it into place.
class AtomicFile {
public:
    explicit AtomicFile(QString target);
    ~AtomicFile();
    AtomicFile(const AtomicFile &) = delete;
    AtomicFile &operator=(const AtomicFile &) = delete;

    // Where the writer should write. Nothing exists there yet.
    const QString &tempPath() const { return m_temp; }
    const QString &target() const { return m_target; }
    // Makes the written temporary file private (0600) and durable, then renames it onto
    // the target. With replace false, refuses (StorageError) when the target exists, even
    // if it appeared a moment ago (the rename itself refuses).
    void commit(bool replace = true);

private:
    QString m_target;
    QString m_temp;
    bool m_done = false;
};

// A streaming writer's device for AtomicFile: write to device(), then commit(). Until
// then the target is untouched; destroyed without commit(), nothing is left.
class AtomicWriteFile {
public:
    explicit AtomicWriteFile(const QString &target);
    ~AtomicWriteFile();
    QIODevice &device();
    void commit();

private:
    AtomicFile m_file;
    QFile *m_out;
};

// Makes from private (0600) and durable and renames it onto to (refusing an existing
// target unless replace), then makes the rename durable. Throws StorageError.
void moveIntoPlace(const QString &from, const QString &to, bool replace);

// Creates an empty file readable and writable by its owner only (0600), refusing when
// something is already there. Throws StorageError.
void createPrivateFile(const QString &path);

// chmod 0600 (for files a library created with the umask's permissions).
void makePrivate(const QString &path);

// fsync of one file and of the folder that holds it, so a rename survives a power cut.
void syncFileAndFolder(const QString &path);

// True while a process with that id runs (used to recognise files a killed run left).
bool isProcessAlive(qint64 pid);

// "disk full", "permission denied", ... for errno, in plain words.
QString describeErrno(int error);

} // namespace isf
