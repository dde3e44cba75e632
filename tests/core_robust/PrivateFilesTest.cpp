// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
// Files holding personal data are 0600 whatever the umask, and written whole or not at all.
#include "core/csv/CsvWriter.h"
#include "core/storage/Backups.h"
#include "core/util/AtomicFile.h"
#include "core/util/Errors.h"
#include "tests/core_robust/RobustSupport.h"
#include "tests/support/Fixtures.h"
#include "tests/support/catch.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sys/stat.h>

using namespace isf;

namespace {

int modeOf(const QString &path)
{
    struct stat st = {};
    REQUIRE(::stat(QFile::encodeName(path).constData(), &st) == 0);
    return int(st.st_mode & 0777);
}

// Sets a permissive umask for the test's lifetime, as a careless login might.
struct Umask {
    explicit Umask(mode_t mask) : previous(::umask(mask)) { }
    ~Umask() { ::umask(previous); }
    mode_t previous;
};

QStringList leftovers(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
}

} // namespace

TEST_CASE("private: a new provider file and its -wal and -shm are 0600 under umask 000")
{
    const Umask open(0);
    TestFile t;
    t.addCouncil();
    CHECK(modeOf(t.path) == 0600);
    REQUIRE(QFile::exists(t.path + QStringLiteral("-wal")));
    CHECK(modeOf(t.path + QStringLiteral("-wal")) == 0600);
    CHECK(modeOf(t.path + QStringLiteral("-shm")) == 0600);
}

TEST_CASE("private: exports and backups are 0600 under umask 000")
{
    const Umask open(0);
    TestFile t;
    t.addCouncil();
    CsvWriter csv;
    csv.writeRow({ QStringLiteral("a") });
    csv.writeRow({ QStringLiteral("1") });
    const QString exported = t.dir.path(QStringLiteral("out.csv"));
    csv.save(exported);
    CHECK(modeOf(exported) == 0600);
    const QString backup = backupNow(*t);
    CHECK(modeOf(backup) == 0600);
    CHECK(modeOf(backupFolderFor(t.path)) == 0700);
}

TEST_CASE("atomic: writing replaces the file whole and leaves no temporary behind")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("report.csv"));
    writeFileAtomically(path, "old\n");
    writeFileAtomically(path, "new\n");
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll() == "new\n");
    CHECK(leftovers(dir.root()) == QStringList { QStringLiteral("report.csv") });
}

TEST_CASE("atomic: an unfinished write leaves the old file and nothing else")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("pack.zip"));
    writeFileAtomically(path, "old");
    {
        AtomicFile file(path);
        writeTextFile(file.tempPath(), "half of a new pack");
        // destroyed without commit(): as if the writer failed
    }
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll() == "old");
    CHECK(leftovers(dir.root()) == QStringList { QStringLiteral("pack.zip") });
}

TEST_CASE("atomic: commit without replace refuses a target that appeared meanwhile")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("new.isf"));
    AtomicFile file(path);
    writeTextFile(file.tempPath(), "mine");
    writeTextFile(path, "someone else's");
    CHECK_THROWS_AS(file.commit(false), StorageError);
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll() == "someone else's");
}

TEST_CASE("atomic: a folder that does not exist is named in the error")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("missing/out.csv"));
    try {
        writeFileAtomically(path, "x");
        FAIL("wrote into a missing folder");
    } catch (const StorageError &e) {
        CHECK(e.message()
            == QStringLiteral("Could not write %1: the folder does not exist.")
                   .arg(QDir::toNativeSeparators(path)));
    }
}
