// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
// Automatic and manual backups: verified copies, rotation, restore refusing to overwrite.
#include "core/storage/Backups.h"
#include "core/storage/PersonStore.h"
#include "core/storage/Schema.h"
#include "core/storage/Sql.h"
#include "core/util/Errors.h"
#include "tests/core_robust/RobustSupport.h"
#include "tests/support/Fixtures.h"
#include "tests/support/catch.h"

#include <QDir>
#include <QFile>
#include <QTimeZone>

#include <set>

using namespace isf;

namespace {

BackupEntry entry(const QString &date)
{
    return { date + QStringLiteral(".isf"),
        QDateTime(QDate::fromString(date, Qt::ISODate), QTime(0, 0)), QStringLiteral("daily") };
}

FixedClock at(const QDate &day)
{
    return FixedClock(QDateTime(day, QTime(9, 30), QTimeZone::utc()));
}

} // namespace

TEST_CASE("backups: the first open of each day makes one verified copy, later opens none")
{
    TempDir dir;
    const QString path = makeProviderFile(dir.path(QStringLiteral("daily.isf")), 5);
    const FixedClock monday = at(QDate(2026, 11, 30));
    QString first, second;
    {
        const ProviderFile file = ProviderFile::open(path, QStringLiteral("u"), monday);
        first = autoBackupIfDue(file);
    }
    {
        const ProviderFile file = ProviderFile::open(path, QStringLiteral("u"), monday);
        second = autoBackupIfDue(file);
    }
    CHECK(first == QDir(backupFolderFor(path)).filePath(QStringLiteral("daily-2026-11-30.isf")));
    CHECK(second.isEmpty());
    verifyBackupFile(first);
    const ProviderFile copy = ProviderFile::open(first, QStringLiteral("u"), monday);
    CHECK(listPeople(copy).size() == 5);
}

TEST_CASE("backups: rotation keeps 7 daily, 4 weekly and 12 monthly")
{
    std::vector<BackupEntry> all;
    for (QDate d(2026, 11, 30); d >= QDate(2025, 1, 1); d = d.addDays(-1))
        all.push_back(entry(d.toString(Qt::ISODate)));
    const auto removed = backupsToRemove(all, BackupRotation());
    QStringList kept;
    std::set<QString> gone;
    for (const auto &b : removed)
        gone.insert(b.path);
    for (const auto &b : all)
        if (!gone.count(b.path))
            kept << b.path.left(10);
    CHECK(kept.join(u' ')
        == u"2026-11-30 2026-11-29 2026-11-28 2026-11-27 2026-11-26 2026-11-25 2026-11-24 "
           "2026-11-22 2026-11-15 2026-10-31 2026-09-30 2026-08-31 2026-07-31 2026-06-30 "
           "2026-05-31 2026-04-30 2026-03-31 2026-02-28 2026-01-31 2025-12-31");
    CHECK(BackupRotation::parse(QStringLiteral("3, 2, 1")).toString() == u"3,2,1");
    CHECK_THROWS_AS(BackupRotation::parse(QStringLiteral("7,4")), InputError);
}

TEST_CASE("backups: a migration is preceded by a backup of the old file")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("old.isf"));
    runSqlite(path, {}); // an empty database, then format 3 as an older build wrote it
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v3"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        migrate(db, 0, 3);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v3"));
    const QByteArray before = sha256Of(path);
    const FixedClock clock = at(QDate(2026, 11, 30));
    {
        const ProviderFile file = ProviderFile::open(path, QStringLiteral("u"), clock);
        CHECK(file.schemaVersion() == kSchemaVersion);
    }
    const auto backups = listBackups(path);
    REQUIRE(backups.size() == 1);
    CHECK(backups.front().reason == QStringLiteral("before-v%1").arg(kSchemaVersion));
    // The copy is of the old file, format 3, as it was before the upgrade.
    QFile copy(backups.front().path);
    REQUIRE(copy.open(QIODevice::ReadOnly));
    const QByteArray header = copy.read(64);
    CHECK(quint8(header[63]) == 3); // user_version, big-endian at offset 60
    CHECK(sha256Of(path) != before);
}

TEST_CASE("restore: refuses to overwrite without force, keeps the replaced file with force")
{
    TestFile t;
    const Id council = t.addCouncil();
    t.addPerson(QStringLiteral("P1"), council);
    const QString backup = backupNow(*t);
    t.addPerson(QStringLiteral("P2"), council);
    t.file.reset();
    const QByteArray live = sha256Of(t.path);
    try {
        restoreBackup(backup, t.path, false, t.clock);
        FAIL("restored over an existing file");
    } catch (const StorageError &e) {
        CHECK(e.message()
            == t.path
                + QStringLiteral(" already exists; restoring would replace it. Give --force to "
                                 "replace it (it is kept in its backup folder first), or restore "
                                 "to a new name."));
    }
    CHECK(sha256Of(t.path) == live);
    const RestoreResult r = restoreBackup(backup, t.path, true, t.clock);
    CHECK(r.savedCurrent.contains(QStringLiteral("-before-restore.isf")));
    {
        const ProviderFile restored = ProviderFile::open(t.path, QStringLiteral("u"), t.clock);
        CHECK(listPeople(restored).size() == 1);
    }
    const ProviderFile kept = ProviderFile::open(r.savedCurrent, QStringLiteral("u"), t.clock);
    CHECK(listPeople(kept).size() == 2);
}

TEST_CASE("restore: a damaged backup is refused before anything is replaced")
{
    TempDir dir;
    const QString live = makeProviderFile(dir.path(QStringLiteral("live.isf")), 1);
    const QString bad = makeProviderFile(dir.path(QStringLiteral("bad.isf")), 1);
    scribble(bad, 100, 60);
    const QByteArray before = sha256Of(live);
    const FixedClock clock = at(QDate(2026, 11, 30));
    CHECK_THROWS_AS(restoreBackup(bad, live, true, clock), StorageError);
    CHECK(sha256Of(live) == before);
}
