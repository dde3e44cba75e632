// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "core/storage/FileLocation.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#if defined(__linux__)
#include <sys/vfs.h>
#endif

namespace isf {
namespace {

QString networkFilesystem(const QString &folder)
{
#if defined(__linux__)
    struct statfs fs = {};
    if (::statfs(QFile::encodeName(folder).constData(), &fs) != 0)
        return QString();
    switch (static_cast<unsigned long>(fs.f_type)) {
    case 0x6969UL:
        return QStringLiteral("an NFS network share");
    case 0x517BUL:
    case 0xFF534D42UL:
    case 0xFE534D42UL:
        return QStringLiteral("a Windows (SMB/CIFS) network share");
    case 0x5346414FUL:
        return QStringLiteral("an AFS network share");
    case 0x01021997UL:
        return QStringLiteral("a shared folder of a virtual machine (9P)");
    default:
        return QString();
    }
#else
    Q_UNUSED(folder);
    return QString();
#endif
}

} // namespace

QString untrustedLocationReason(const QString &path)
{
    const QFileInfo info(path);
    const QString folder = info.absolutePath();
    if (path.startsWith(QLatin1String("\\\\")) || path.startsWith(QLatin1String("//")))
        return QStringLiteral("it is on a network share (%1)").arg(QDir::toNativeSeparators(path));
    const QString network = networkFilesystem(folder);
    if (!network.isEmpty())
        return QStringLiteral("it is on %1").arg(network);
    static const char *const synced[][2] = {
        { "Dropbox", "Dropbox" },
        { "OneDrive", "OneDrive" },
        { "Google Drive", "Google Drive" },
        { "GoogleDrive", "Google Drive" },
        { "My Drive", "Google Drive" },
        { "iCloud Drive", "iCloud Drive" },
        { "iCloudDrive", "iCloud Drive" },
        { "Mobile Documents", "iCloud Drive" },
        { "Box", "Box" },
        { "Box Sync", "Box" },
        { "Nextcloud", "Nextcloud" },
        { "pCloudDrive", "pCloud" },
        { "Sync", "Sync.com" },
    };
    const QStringList parts = QDir::fromNativeSeparators(folder).split(u'/', Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        for (const auto &s : synced) {
            const QLatin1String name(s[0]);
            // "OneDrive - Contoso" is how OneDrive for Business names its folder.
            if (part.compare(name, Qt::CaseInsensitive) == 0
                || (part.startsWith(name, Qt::CaseInsensitive)
                    && part.mid(name.size()).startsWith(QLatin1String(" - "))))
                return QStringLiteral("it is in a folder that %1 synchronises")
                    .arg(QLatin1String(s[1]));
        }
    }
    return QString();
}

} // namespace isf
