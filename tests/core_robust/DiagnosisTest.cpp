// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
// Each diagnosis of the issue, with a file made the way the fault makes it. Opening
// must name the real cause and leave the file exactly as it was.
#include "core/storage/Backups.h"
#include "core/storage/PersonStore.h"
#include "core/storage/ReadOnlyOpen.h"
#include "core/storage/Schema.h"
#include "core/storage/Sql.h"
#include "core/util/Errors.h"
#include "tests/core_robust/RobustSupport.h"
#include "tests/support/Fixtures.h"
#include "tests/support/catch.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTimeZone>

using namespace isf;

namespace {

QString journalMode(const QString &path)
{
    // Byte 18 of the SQLite header is 2 for WAL, 1 for a rollback journal.
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray header = f.read(20);
    return header[18] == 2 ? QStringLiteral("wal") : QStringLiteral("rollback");
}

FixedClock noon()
{
    return FixedClock(QDateTime(QDate(2026, 11, 28), QTime(12, 0), QTimeZone::utc()));
}

} // namespace

TEST_CASE("diagnosis: an empty (0-byte) file is refused and stays empty")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("empty.isf"));
    writeTextFile(path, "");
    CHECK(openError(path)
        == path
            + QStringLiteral(" is empty (0 bytes): it is not an ISF Desk provider file. "
                             "Nothing was written to it."));
    CHECK(QFileInfo(path).size() == 0);
}

TEST_CASE("diagnosis: SQLite with our application_id but not our tables is never switched to WAL")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("foreign.isf"));
    runSqlite(path,
        { QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId),
            QStringLiteral("CREATE TABLE notes (body TEXT)") });
    const QByteArray before = sha256Of(path);
    CHECK(openError(path)
        == path
            + QStringLiteral(" carries ISF Desk's mark but is not a complete ISF Desk provider "
                             "file (it records no file format). It was not changed."));
    CHECK(sha256Of(path) == before);
    CHECK(journalMode(path) == u"rollback");
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal")));
}

TEST_CASE("diagnosis: an empty SQLite file with our mark does not silently get our schema")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("blank.isf"));
    runSqlite(path, { QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId) });
    const QByteArray before = sha256Of(path);
    CHECK(openError(path).contains(QStringLiteral("is not a complete ISF Desk provider file")));
    CHECK(sha256Of(path) == before);
}

TEST_CASE("diagnosis: a current-format file whose header says 3 is diagnosed, not re-migrated")
{
    TempDir dir;
    const QString path = makeProviderFile(dir.path(QStringLiteral("v4.isf")));
    runSqlite(path, { QStringLiteral("PRAGMA user_version = 3") });
    const QByteArray before = sha256Of(path);
    const QString error = openError(path);
    CHECK(error.startsWith(path
        + QStringLiteral(" records two different file formats (3 in its header, %1 inside): "
                         "another program changed it, or it is damaged. It was not changed. "
                         "Restore from a backup: ")
              .arg(kSchemaVersion)));
    CHECK_FALSE(error.contains(QStringLiteral("already exists")));
    CHECK(sha256Of(path) == before);
    CHECK(listBackups(path).empty()); // no "before migration" copy of a file we will not touch
}

TEST_CASE("diagnosis: a damaged file names the latest backup to restore from")
{
    TempDir dir;
    const QString path = makeProviderFile(dir.path(QStringLiteral("damaged.isf")));
    const FixedClock clock = noon();
    {
        const ProviderFile file = ProviderFile::open(path, QStringLiteral("tester"), clock);
        REQUIRE_FALSE(autoBackupIfDue(file).isEmpty());
    }
    const QString latest = latestBackupPath(path);
    REQUIRE(latest.endsWith(QStringLiteral("damaged.isf.backups/damaged-2026-11-28.isf")));
    scribble(path, 100, 60); // page 1's b-tree header: sqlite_master is unreadable
    const QByteArray before = sha256Of(path);
    const QString error = openError(path);
    CHECK(error
        == path
            + QStringLiteral(" is damaged (its database structure is broken). Nothing was "
                             "changed. Restore from a backup: the latest is ")
            + latest + QStringLiteral(" (isf restore \"") + latest + QStringLiteral("\" \"") + path
            + QStringLiteral("\")."));
    CHECK_FALSE(error.contains(QStringLiteral("disk is full")));
    CHECK(sha256Of(path) == before);
}

TEST_CASE("diagnosis: damage found while working says damaged, not disk full")
{
    TempDir dir;
    const QString path = makeProviderFile(dir.path(QStringLiteral("late.isf")), 400);
    const qint64 size = QFileInfo(path).size();
    // The people's rows fill the pages after the schema; wreck most of them.
    scribble(path, size / 2, size / 2 - 4096);
    const FixedClock clock = noon();
    QString error;
    try {
        const ProviderFile file = ProviderFile::open(path, QStringLiteral("tester"), clock);
        for (int i = 0; i < 5; ++i)
            listPeople(file);
        SqlQuery q(
            file.database(), QStringLiteral("SELECT count(*), sum(length(notes)) FROM people"));
        q.exec("read the people");
    } catch (const StorageError &e) {
        error = e.message();
    }
    CHECK(error.contains(QStringLiteral(" is damaged (its database structure is broken).")));
    CHECK_FALSE(error.contains(QStringLiteral("disk")));
}

TEST_CASE("diagnosis: a file missing its last 4 KiB is damaged, not foreign")
{
    TempDir dir;
    const QString path = makeProviderFile(dir.path(QStringLiteral("cut.isf")), 200);
    const qint64 size = QFileInfo(path).size();
    REQUIRE(QFile::resize(path, size - 4096));
    const QByteArray before = sha256Of(path);
    const QString error = openError(path);
    CHECK(
        error.startsWith(path + QStringLiteral(" is damaged (its database structure is broken).")));
    CHECK(error.endsWith(QStringLiteral("(it is %1 bytes long but its header says %2: the end of "
                                        "the file is missing).")
                             .arg(size - 4096)
                             .arg(size)));
    CHECK(sha256Of(path) == before);
}

TEST_CASE("diagnosis: a full disk says so, and nothing half-written stays")
{
    TestFile t;
    const Id council = t.addCouncil();
    const qint64 pages
        = scalar((*t).database(), QStringLiteral("PRAGMA page_count"), {}, "pages").toLongLong();
    // SQLite's own limit makes the file's disk "full" at its present size.
    execSql((*t).database(), QStringLiteral("PRAGMA max_page_count = %1").arg(pages), "limit");
    QString error;
    int added = 0;
    try {
        for (; added < 5000; ++added)
            t.addPerson(QStringLiteral("F%1").arg(added), council, QString(400, QLatin1Char('x')),
                QStringLiteral("Full"));
    } catch (const StorageError &e) {
        error = e.message();
    }
    CHECK(error.endsWith(QStringLiteral(": the disk holding %1 is full. Nothing was changed; free "
                                        "some space and try again.")
                             .arg(t.path)));
    CHECK(int(listPeople(*t).size()) == added);
}

TEST_CASE("diagnosis: a file locked by another program says so")
{
    qputenv("ISF_BUSY_TIMEOUT_MS", "200");
    TestFile t;
    const Id council = t.addCouncil();
    QSqlDatabase other
        = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
    other.setDatabaseName(t.path);
    REQUIRE(other.open());
    QSqlQuery hold(other);
    REQUIRE(hold.exec(QStringLiteral("BEGIN EXCLUSIVE")));
    QString error;
    try {
        t.addPerson(QStringLiteral("L1"), council);
    } catch (const StorageError &e) {
        error = e.message();
    }
    REQUIRE(hold.exec(QStringLiteral("ROLLBACK")));
    other.close();
    other = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    qunsetenv("ISF_BUSY_TIMEOUT_MS");
    CHECK(error
        == QStringLiteral("Could not start saving: ") + t.path
            + QStringLiteral(" is locked by another program or window that is writing to it. Try "
                             "again when it has finished."));
}

TEST_CASE("diagnosis: a file opened read-only reads, and a write names the reason")
{
    TempDir dir;
    const QString path = makeProviderFile(dir.path(QStringLiteral("ro.isf")), 3);
    const QByteArray before = sha256Of(path);
    const FixedClock clock = noon();
    const ProviderFile file = openProviderFileReadOnly(path, QStringLiteral("reader"), clock);
    CHECK(isReadOnly(file));
    CHECK(listPeople(file).size() == 3);
    QString error;
    try {
        WriteTransaction txn(file.database());
        savePerson(file, listPeople(file).front());
        txn.commit();
    } catch (const StorageError &e) {
        error = e.message();
    }
    CHECK(error.endsWith(path
        + QStringLiteral(" cannot be changed: it was opened for reading only, or its disk is "
                         "read-only. Reading still works; to make changes, ask for write access "
                         "or copy the file to a folder of your own.")));
    CHECK(error.startsWith(QStringLiteral("Could not ")));
    CHECK(sha256Of(path) == before);
}

TEST_CASE("diagnosis: a missing file and a missing folder")
{
    TempDir dir;
    CHECK(openError(dir.path(QStringLiteral("nope.isf")))
        == dir.path(QStringLiteral("nope.isf")) + QStringLiteral(" does not exist."));
    CHECK(openError(dir.path(QStringLiteral("no/such/folder.isf")))
        == dir.path(QStringLiteral("no/such/folder.isf")) + QStringLiteral(" does not exist."));
}
