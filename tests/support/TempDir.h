// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include <QString>
#include <QTemporaryDir>

// A throwaway folder for one test, removed when it goes out of scope.
class TempDir {
public:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString root() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
};

// Writes text to a file and returns its path (for CSV fixtures in tests).
QString writeTextFile(const QString &path, const QByteArray &content);
