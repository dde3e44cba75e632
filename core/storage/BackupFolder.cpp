// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "core/storage/BackupFolder.h"

#include "core/util/Errors.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>
#include <set>

namespace isf {
namespace {

QString stem(const QString &providerPath)
{
    return QFileInfo(providerPath).completeBaseName();
}

} // namespace

QString backupFolderFor(const QString &providerPath)
{
    const QFileInfo info(providerPath);
    return info.absoluteDir().filePath(info.fileName() + QStringLiteral(".backups"));
}

QString backupPathFor(const QString &providerPath, const QDateTime &at, const QString &reason)
{
    const QString date = at.date().toString(Qt::ISODate);
    const QString name = reason == u"daily"
        ? QStringLiteral("%1-%2.isf").arg(stem(providerPath), date)
        : QStringLiteral("%1-%2-%3-%4.isf")
              .arg(stem(providerPath), date, at.time().toString(QStringLiteral("HHmmss")), reason);
    return QDir(backupFolderFor(providerPath)).filePath(name);
}

std::vector<BackupEntry> listBackupEntries(const QString &providerPath)
{
    const QDir folder(backupFolderFor(providerPath));
    static const QRegularExpression pattern(
        QStringLiteral("-(\\d{4}-\\d{2}-\\d{2})(?:-(\\d{6})-([a-z0-9-]+))?\\.isf$"));
    std::vector<BackupEntry> out;
    const QString prefix = stem(providerPath) + u'-';
    for (const QFileInfo &f : folder.entryInfoList({ QStringLiteral("*.isf") }, QDir::Files)) {
        if (!f.fileName().startsWith(prefix))
            continue;
        const auto m = pattern.match(f.fileName().mid(prefix.size() - 1));
        if (!m.hasMatch())
            continue;
        const QDate date = QDate::fromString(m.captured(1), Qt::ISODate);
        if (!date.isValid())
            continue;
        const QTime time = m.captured(2).isEmpty()
            ? QTime(0, 0)
            : QTime::fromString(m.captured(2), QStringLiteral("HHmmss"));
        out.push_back({ f.absoluteFilePath(), QDateTime(date, time.isValid() ? time : QTime(0, 0)),
            m.captured(3).isEmpty() ? QStringLiteral("daily") : m.captured(3) });
    }
    std::sort(out.begin(), out.end(), [](const BackupEntry &a, const BackupEntry &b) {
        return a.made != b.made ? a.made > b.made : a.path > b.path;
    });
    return out;
}

QString latestBackupPath(const QString &providerPath)
{
    const auto all = listBackupEntries(providerPath);
    return all.empty() ? QString() : all.front().path;
}

BackupRotation BackupRotation::parse(const QString &text)
{
    const QStringList parts = text.split(u',');
    BackupRotation r;
    bool ok = parts.size() == 3;
    int values[3] = { 0, 0, 0 };
    for (int i = 0; ok && i < 3; ++i) {
        values[i] = parts[i].trimmed().toInt(&ok);
        ok = ok && values[i] >= 0 && values[i] <= 1000;
    }
    if (!ok || values[0] + values[1] + values[2] == 0)
        throw InputError(QStringLiteral("the backup rotation is three whole numbers, daily, "
                                        "weekly and monthly backups to keep (e.g. 7,4,12), "
                                        "not \"%1\"")
                             .arg(text));
    r.daily = values[0];
    r.weekly = values[1];
    r.monthly = values[2];
    return r;
}

QString BackupRotation::toString() const
{
    return QStringLiteral("%1,%2,%3").arg(daily).arg(weekly).arg(monthly);
}

std::vector<BackupEntry> backupsToRemove(
    const std::vector<BackupEntry> &newestFirst, const BackupRotation &rotation)
{
    std::set<QString> keep;
    // The newest backup in each of the first `limit` distinct buckets (day, week, month).
    auto keepNewestPer = [&](int limit, auto bucketOf) {
        std::set<qint64> seen;
        for (const BackupEntry &b : newestFirst) {
            const qint64 bucket = bucketOf(b.made.date());
            if (seen.count(bucket))
                continue;
            if (int(seen.size()) >= limit)
                break;
            seen.insert(bucket);
            keep.insert(b.path);
        }
    };
    keepNewestPer(rotation.daily, [](const QDate &d) { return d.toJulianDay(); });
    keepNewestPer(rotation.weekly, [](const QDate &d) {
        int year = 0;
        const int week = d.weekNumber(&year);
        return qint64(year) * 100 + week;
    });
    keepNewestPer(
        rotation.monthly, [](const QDate &d) { return qint64(d.year()) * 100 + d.month(); });
    if (!newestFirst.empty())
        keep.insert(newestFirst.front().path);
    std::vector<BackupEntry> out;
    for (const BackupEntry &b : newestFirst)
        if (!keep.count(b.path))
            out.push_back(b);
    return out;
}

} // namespace isf
