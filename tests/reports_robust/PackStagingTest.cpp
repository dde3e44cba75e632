// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
// Audit packs leave no personal data behind: staging in a 0700 folder removed however the
// run ends (also on SIGTERM), encrypted packs staged in memory, the pack itself 0600, and
// a folder left by a killed run cleared by the next.
#include "core/ledger/Ledger.h"
#include "core/storage/ReferenceStore.h"
#include "core/util/Errors.h"
#include "reports/pack/AuditPack.h"
#include "reports/pack/PackVerifier.h"
#include "tests/support/Fixtures.h"
#include "tests/support/catch.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <csignal>
#include <sys/stat.h>

using namespace isf;
using namespace isf::reports;

namespace {

struct Pack {
    TestFile t;
    Id council = 0;
    Pack()
    {
        council = t.addCouncil();
        const Id alex = t.addPerson(QStringLiteral("L001"), council);
        t.addAgreement(alex, QDate(2025, 4, 7), gbp(u"500.00"));
        NewEntry e;
        e.kind = TxnKind::CouncilPayment;
        e.personId = alex;
        e.date = QDate(2025, 4, 7);
        e.amount = gbp(u"1920.00");
        Ledger(*t).post(e);
    }
    AuditPackOptions options(const QString &name)
    {
        AuditPackOptions o;
        o.scope.period = financialYear(2025);
        o.scope.councilId = council;
        o.scope.councilName = QStringLiteral("Lancashire County Council");
        o.outputPath = t.dir.path(name);
        o.threads = 1;
        return o;
    }
    QStringList staging() const
    {
        return QDir(t.dir.root())
            .entryList(QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot)
            .filter(QStringLiteral(".isf-pack-"));
    }
    // Every file under the staging folders, and the folders' modes.
    QStringList stagedFiles(QList<int> *modes = nullptr) const
    {
        QStringList out;
        for (const QString &dir : staging()) {
            struct stat st = {};
            ::stat(QFile::encodeName(t.dir.path(dir)).constData(), &st);
            if (modes)
                modes->append(int(st.st_mode & 0777));
            QDirIterator it(
                t.dir.path(dir), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext())
                out << it.next();
        }
        return out;
    }
};

int modeOf(const QString &path)
{
    struct stat st = {};
    REQUIRE(::stat(QFile::encodeName(path).constData(), &st) == 0);
    return int(st.st_mode & 0777);
}

} // namespace

TEST_CASE("pack staging: plain packs stage in a 0700 folder, removed when done; the pack is 0600")
{
    const mode_t previous = ::umask(0);
    Pack p;
    AuditPackOptions o = p.options(QStringLiteral("plain.zip"));
    QStringList seen;
    QList<int> modes;
    o.progress = [&](int, int, const QString &what) {
        if (what == u"Writing the archive")
            seen = p.stagedFiles(&modes);
        return true;
    };
    const AuditPackResult r = writeAuditPack(*p.t, o);
    ::umask(previous);
    CHECK_FALSE(seen.isEmpty());
    CHECK(modes == QList<int> { 0700 });
    CHECK(p.staging().isEmpty());
    CHECK(modeOf(r.path) == 0600);
}

TEST_CASE("pack staging: an encrypted pack writes no plaintext file while it works")
{
    Pack p;
    AuditPackOptions o = p.options(QStringLiteral("secret.zip"));
    o.password = QStringLiteral("correct horse battery");
    QStringList seen = { QStringLiteral("(never looked)") };
    o.progress = [&](int, int, const QString &what) {
        if (what == u"Writing the archive")
            seen = p.stagedFiles();
        return true;
    };
    const AuditPackResult r = writeAuditPack(*p.t, o);
    CHECK(seen.isEmpty());
    CHECK(verifyPack(r.path, o.password).ok());
}

TEST_CASE("pack staging: SIGTERM stops the run and removes its working files")
{
    Pack p;
    AuditPackOptions o = p.options(QStringLiteral("term.zip"));
    o.progress = [&](int done, int, const QString &) {
        if (done >= 1)
            std::raise(SIGTERM); // caught while the pack runs: the process is not killed
        return true;
    };
    CHECK_THROWS_WITH(writeAuditPack(*p.t, o),
        "interrupted: no pack was written, and its working files were removed.");
    CHECK(p.staging().isEmpty());
    CHECK_FALSE(QFileInfo::exists(o.outputPath));
}

TEST_CASE("pack staging: a folder left by a killed run is cleared at the next run")
{
    Pack p;
    // A process id no system hands out, so the folder's owner is certainly gone.
    const QString left = p.t.dir.path(QStringLiteral(".isf-pack-2147483000-AbCdEf"));
    REQUIRE(QDir().mkpath(left + QStringLiteral("/people/L001")));
    writeTextFile(
        left + QStringLiteral("/people/L001/ledger.csv"), "date,amount\n2025-04-07,1920.00\n");
    writeAuditPack(*p.t, p.options(QStringLiteral("next.zip")));
    CHECK(p.staging().isEmpty());
}
