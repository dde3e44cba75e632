// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
// A file written before the journal (format 4) keeps its history when it is upgraded:
// its audit entries join the chain, the upgrade is itself an entry, signed.
#include "core/integrity/Checkpoint.h"
#include "core/integrity/ProviderKey.h"
#include "core/ledger/Verify.h"
#include "core/storage/AuditLog.h"
#include "core/storage/ProviderFile.h"
#include "core/storage/Schema.h"
#include "core/storage/Sql.h"
#include "core/time/Clock.h"
#include "tests/support/TempDir.h"
#include "tests/support/catch.h"

#include <QSqlDatabase>
#include <QTimeZone>

using namespace isf;

TEST_CASE("a format-4 file upgrades with its audit history chained and the upgrade signed")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("v4.isf"));
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v4"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        migrate(db, 0, 4);
        execSql(db, QStringLiteral("INSERT INTO provider (id, name) VALUES (1, 'Old Provider')"),
            "test");
        for (int i = 1; i <= 3; ++i)
            execSql(db,
                QStringLiteral("INSERT INTO audit_log (at, user_name, action, entity, entity_id, "
                               "detail) VALUES ('2026-01-0%1T09:00:00Z', 'ann', 'update', "
                               "'provider', 1, 'edit %1')")
                    .arg(i),
                "test");
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v4"));
    FixedClock clock(QDateTime(QDate(2026, 11, 28), QTime(12, 0), QTimeZone::utc()));
    const ProviderFile file = ProviderFile::open(path, QStringLiteral("tester"), clock);
    CHECK(file.schemaVersion() == kSchemaVersion);
    const std::vector<AuditEntry> log = auditEntries(file);
    REQUIRE(log.size() >= 5); // 3 old, the upgrade, the key, the checkpoint
    CHECK(log.back().detail == u"edit 1"); // newest first: the old history is all there
    bool upgrade = false;
    for (const AuditEntry &e : log)
        upgrade = upgrade || (e.action == u"upgrade" && e.detail.startsWith(u"file format 4 to "));
    CHECK(upgrade);
    CHECK_FALSE(currentSigningKey(file).fingerprint.isEmpty());
    const std::vector<Checkpoint> cps = fileCheckpoints(file);
    REQUIRE(cps.size() == 1);
    CHECK(cps.front().purpose == u"upgrade");
    CHECK(cps.front().signatureValid());
    const VerifyReport r = verifyFile(file);
    INFO(r.problems.join(u'\n').toStdString());
    CHECK(r.ok());

    SECTION("an old entry edited after the upgrade is found")
    {
        execSql(file.database(),
            QStringLiteral("UPDATE audit_log SET user_name = 'bob' WHERE id = 2"), "test");
        const VerifyReport bad = verifyFile(file);
        CHECK(bad.firstBadEntry == 2);
        CHECK(bad.problems.join(u'\n').contains(u"journal entry 2 (update provider 1 by bob"));
    }
}
