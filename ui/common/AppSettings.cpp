// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "ui/common/AppSettings.h"

#include <QFileInfo>

namespace isf::ui {
namespace {
constexpr int kMaxRecent = 8;
const QString kRecent = QStringLiteral("files/recent");
const QString kUser = QStringLiteral("audit/userName");
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
const QString kDemo = QStringLiteral("start/demoOffered");
} // namespace

AppSettings::AppSettings()
    : m_settings(
        std::make_unique<QSettings>(QStringLiteral("ISF Desk"), QStringLiteral("ISF Desk")))
{ }

AppSettings::AppSettings(const QString &iniPath)
    : m_settings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{ }

AppSettings::~AppSettings() = default;

QStringList AppSettings::recentFiles() const
{
    return m_settings->value(kRecent).toStringList();
}

void AppSettings::addRecentFile(const QString &path)
{
    const QString full = QFileInfo(path).absoluteFilePath();
    QStringList list = recentFiles();
    list.removeAll(full);
    list.prepend(full);
    while (list.size() > kMaxRecent)
        list.removeLast();
    m_settings->setValue(kRecent, list);
}

void AppSettings::removeRecentFile(const QString &path)
{
    QStringList list = recentFiles();
    list.removeAll(path);
    m_settings->setValue(kRecent, list);
}

QString AppSettings::lastFile() const
{
    const QStringList list = recentFiles();
    return list.isEmpty() ? QString() : list.first();
}

QString AppSettings::userName() const
{
    QString fallback = qEnvironmentVariable("USER");
    if (fallback.isEmpty())
        fallback = qEnvironmentVariable("USERNAME");
    if (fallback.isEmpty())
        fallback = QStringLiteral("finance officer");
    return m_settings->value(kUser, fallback).toString();
}

void AppSettings::setUserName(const QString &name)
{
    m_settings->setValue(kUser, name.trimmed());
}

QByteArray AppSettings::windowGeometry() const
{
    return m_settings->value(kGeometry).toByteArray();
}

QByteArray AppSettings::windowState() const
{
    return m_settings->value(kState).toByteArray();
}

void AppSettings::setWindow(const QByteArray &geometry, const QByteArray &state)
{
    m_settings->setValue(kGeometry, geometry);
    m_settings->setValue(kState, state);
}

bool AppSettings::demoOffered() const
{
    return m_settings->value(kDemo, false).toBool();
}

void AppSettings::setDemoOffered(bool offered)
{
    m_settings->setValue(kDemo, offered);
}

} // namespace isf::ui
