// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include <QByteArray>
#include <QSettings>
#include <QStringList>

#include <memory>

namespace isf::ui {

// The app's settings as typed keys with their defaults, over one QSettings. The app
// uses the user's settings; tests pass a throwaway INI file.
class AppSettings {
public:
    AppSettings(); // the user's settings (organisation "ISF Desk")
    explicit AppSettings(const QString &iniPath); // a file of its own, for tests
    ~AppSettings();

    QStringList recentFiles() const;
    void addRecentFile(const QString &path); // most recent first, at most 8
    void removeRecentFile(const QString &path);
    QString lastFile() const;

    QString userName() const; // defaults to the login name
    void setUserName(const QString &name);

    QByteArray windowGeometry() const;
    QByteArray windowState() const;
    void setWindow(const QByteArray &geometry, const QByteArray &state);

    bool demoOffered() const;
    void setDemoOffered(bool offered);

    QSettings &raw() { return *m_settings; }

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace isf::ui
