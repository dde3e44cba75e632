// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include <QSqlDatabase>
#include <QString>

namespace isf {

class Clock;

// One provider's data: a SQLite file opened through QtSql. Opening checks that the
// file is an ISF Desk file of a schema this build understands before anything is
// written to it, then migrates older files forward in one transaction. WAL, a busy
// timeout and foreign keys are set on every connection, so two open copies and a
// crash mid-write leave the file consistent.
class ProviderFile {
public:
    // Creates a new provider file; refuses to overwrite an existing file.
    static ProviderFile create(const QString &path, const QString &providerName,
        const QString &userName, const Clock &clock);
    // Opens an existing provider file, migrating it if it was written by an older
    // version. Throws StorageError (never modifying the file) when it is missing, not
    // an ISF Desk file, or written by a newer version.
    static ProviderFile open(const QString &path, const QString &userName, const Clock &clock);

    ProviderFile(ProviderFile &&other) noexcept;
    ProviderFile &operator=(ProviderFile &&other) noexcept;
    ProviderFile(const ProviderFile &) = delete;
    ProviderFile &operator=(const ProviderFile &) = delete;
    ~ProviderFile();

    QSqlDatabase database() const;
    const QString &path() const { return m_path; }
    // The user name recorded in the audit log for every change.
    const QString &userName() const { return m_userName; }
    void setUserName(const QString &name) { m_userName = name; }
    const Clock &clock() const { return *m_clock; }
    int schemaVersion() const;

    // Checkpoints the WAL and copies the whole file consistently to path (backup).
    void backupTo(const QString &path) const;

private:
    ProviderFile(QString path, QString connectionName, QString userName, const Clock &clock);
    static QString openConnection(const QString &path, bool readOnly);

    QString m_path;
    QString m_connectionName;
    QString m_userName;
    const Clock *m_clock = nullptr;
};

} // namespace isf
