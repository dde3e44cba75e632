// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "core/storage/AgreementStore.h"
#include "core/storage/AuditLog.h"
#include "core/storage/PersonStore.h"
#include "core/storage/ReferenceStore.h"
#include "core/storage/Schema.h"
#include "core/storage/Sql.h"
#include "core/util/Errors.h"
#include "tests/support/Fixtures.h"
#include "tests/support/catch.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTimeZone>

using namespace isf;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QString openError(const QString &path)
{
    FixedClock clock(QDateTime(QDate(2026, 11, 28), QTime(12, 0), QTimeZone::utc()));
    try {
        ProviderFile::open(path, QStringLiteral("tester"), clock);
    } catch (const StorageError &e) {
        return e.message();
    }
    return QStringLiteral("(opened)");
}

} // namespace

TEST_CASE("a new provider file has the schema, the accounts and the default categories")
{
    TestFile t;
    CHECK((*t).schemaVersion() == kSchemaVersion);
    CHECK(loadProvider(*t).name == u"Bluebell Support Ltd");
    QStringList names;
    for (const Category &c : listCategories(*t))
        names << c.name;
    CHECK(names.join(u',')
        == u"Personal care,Commissioned care,Personal assistant,Equipment,Activities,Transport,"
           "Household,Management fee,Shared support,Other");
    CHECK(findCategory(*t, QStringLiteral("management fee"))->isManagementFee);
    CHECK(findCategory(*t, QStringLiteral("Shared support"))->isSharedCost);
    QSqlQuery q((*t).database());
    REQUIRE(q.exec(QStringLiteral("PRAGMA journal_mode")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == u"wal");
    REQUIRE(q.exec(QStringLiteral("PRAGMA foreign_keys")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 1);
}

TEST_CASE("files that are not ISF Desk files, or are newer, are refused untouched")
{
    TempDir dir;
    SECTION("a text file")
    {
        const QString path = writeTextFile(
            dir.path(QStringLiteral("notes.isf")), "hello, this is not a database\n");
        const QByteArray before = fileHash(path);
        CHECK(openError(path) == path + QStringLiteral(" is not an ISF Desk provider file."));
        CHECK(fileHash(path) == before);
    }
    SECTION("another program's SQLite database")
    {
        const QString path = dir.path(QStringLiteral("other.sqlite"));
        {
            QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            db.setDatabaseName(path);
            REQUIRE(db.open());
            QSqlQuery(db).exec(QStringLiteral("CREATE TABLE x (a)"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        const QByteArray before = fileHash(path);
        CHECK(openError(path) == path + QStringLiteral(" is not an ISF Desk provider file."));
        CHECK(fileHash(path) == before);
    }
    SECTION("a file from a newer version")
    {
        QString path;
        {
            TestFile t;
            path = dir.path(QStringLiteral("newer.isf"));
            (*t).backupTo(path);
        }
        {
            QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
            db.setDatabaseName(path);
            REQUIRE(db.open());
            QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = 99"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("newer"));
        const QByteArray before = fileHash(path);
        CHECK(openError(path)
            == path
                + QStringLiteral(" was written by a newer version of ISF Desk (file format 99; "
                                 "this version reads up to %1). Open it with the newer version.")
                      .arg(kSchemaVersion));
        CHECK(fileHash(path) == before);
    }
    SECTION("a missing file")
    {
        CHECK(openError(dir.path(QStringLiteral("nope.isf")))
            == dir.path(QStringLiteral("nope.isf")) + QStringLiteral(" does not exist."));
    }
}

TEST_CASE("a file of the previous schema opens, migrates and keeps its data")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("v1.isf"));
    {
        // Build a version-1 file by hand, as the first release wrote it.
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        migrate(db, 0, 1);
        execSql(db,
            QStringLiteral("INSERT INTO meta (key, value) VALUES ('application', 'ISF Desk')"),
            "test");
        execSql(db, QStringLiteral("INSERT INTO provider (id, name) VALUES (1, 'Old Provider')"),
            "test");
        execSql(db,
            QStringLiteral(
                "INSERT INTO councils (name, preset, payment_interval_weeks, payment_in_advance, "
                "cap_weeks, hold_weeks, arrears_weeks, grace_days, review_notice_days, "
                "notice_weeks, "
                "allow_management_fee, allow_shared_costs, statement_cycle) VALUES ('Dorset "
                "Council', "
                "'dorset', 2, 1, 4, 12, 4, 7, 28, 4, 1, 0, '4-weekly')"),
            "test");
        execSql(db,
            QStringLiteral("INSERT INTO people (ref, given_name, family_name, council_id) VALUES "
                           "('P9', 'Sam', "
                           "'Jones', 1)"),
            "test");
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version")));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == 1);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v1"));
    FixedClock clock(QDateTime(QDate(2026, 11, 28), QTime(12, 0), QTimeZone::utc()));
    ProviderFile file = ProviderFile::open(path, QStringLiteral("tester"), clock);
    CHECK(file.schemaVersion() == kSchemaVersion);
    CHECK(loadProvider(file).name == u"Old Provider");
    CHECK(requirePerson(file, QStringLiteral("P9")).councilName == u"Dorset Council");
    // The version-2 tables exist and work.
    CHECK(scalar(file.database(), QStringLiteral("SELECT count(*) FROM alerts"), {}, "test").toInt()
        == 0);
    // Version 3: the council keeps no payment run until one is set.
    Council dorset = *findCouncil(file, QStringLiteral("Dorset Council"));
    CHECK_FALSE(dorset.policy.paymentAnchor.has_value());
    dorset.policy.set(QStringLiteral("payment_anchor"), QStringLiteral("06/04/2026"));
    saveCouncil(file, dorset);
    CHECK(findCouncil(file, QStringLiteral("Dorset Council"))
              ->policy.get(QStringLiteral("payment_anchor"))
        == u"2026-04-06");
}

TEST_CASE("a version-2 file migrates: councils' payment run unset, rules index")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("v2.isf"));
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v2"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        migrate(db, 0, 2);
        execSql(db,
            QStringLiteral("INSERT INTO meta (key, value) VALUES ('application', 'ISF Desk')"),
            "test");
        execSql(db, QStringLiteral("INSERT INTO provider (id, name) VALUES (1, 'Old Provider')"),
            "test");
        execSql(db,
            QStringLiteral(
                "INSERT INTO councils (name, preset, payment_interval_weeks, payment_in_advance, "
                "cap_weeks, hold_weeks, arrears_weeks, grace_days, review_notice_days, "
                "notice_weeks, allow_management_fee, allow_shared_costs, statement_cycle) "
                "VALUES ('Lancashire County Council', 'lancashire', 4, 1, 4, 12, 4, 7, 28, 4, 0, "
                "0, '4-weekly')"),
            "test");
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v2"));
    FixedClock clock(QDateTime(QDate(2026, 11, 28), QTime(12, 0), QTimeZone::utc()));
    ProviderFile file = ProviderFile::open(path, QStringLiteral("tester"), clock);
    CHECK(file.schemaVersion() == kSchemaVersion);
    CHECK(scalar(file.database(),
              QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = "
                             "'transactions_rules'"),
              {}, "test")
              .toInt()
        == 1);
    const auto council = findCouncil(file, QStringLiteral("Lancashire County Council"));
    REQUIRE(council.has_value());
    CHECK(council->policy.paymentIntervalWeeks == 4);
    CHECK_FALSE(council->policy.paymentAnchor.has_value());
}

TEST_CASE("people, councils and agreement versions round-trip, with an audit trail")
{
    TestFile t;
    const Id council = t.addCouncil(QStringLiteral("Dorset Council"), QStringLiteral("dorset"));
    const Id p = t.addPerson(
        QStringLiteral("P001"), council, QStringLiteral("Jo"), QStringLiteral("Bloggs"));
    CHECK_THROWS_WITH(t.addPerson(QStringLiteral("P001"), council),
        "There is already a person with reference \"P001\".");

    Agreement a;
    a.personId = p;
    a.status = AgreementStatus::Active;
    a.startDate = QDate(2026, 4, 6);
    a.budgets = { { QDate(2026, 4, 6), gbp(u"944.00") } };
    a.uplifts = { { QDate(2026, 7, 1), QDate(2026, 7, 31), gbp(u"100.00"),
        QStringLiteral("holiday support") } };
    a.contributionKind = ContributionKind::Percent;
    a.contributionPercentBp = 1250;
    a.plan.push_back({ QStringLiteral("Stay well at home"), QStringLiteral("Personal care"), 0,
        QString(), Hours::parse(u"20"), gbp(u"18.50"), gbp(u"370.00"), true });
    a.policyOverrides = { { QStringLiteral("cap_weeks"), QStringLiteral("6") } };
    const Id v1 = addAgreementVersion(*t, a);
    a.budgets.push_back({ QDate(2026, 10, 5), gbp(u"1000.00") });
    a.changeReason = QStringLiteral("review increased support");
    const Id v2 = addAgreementVersion(*t, a);

    const auto versions = agreementVersions(*t, p);
    REQUIRE(versions.size() == 2);
    CHECK(versions[0].id == v1);
    CHECK(versions[0].budgets.size() == 1);
    CHECK(versions[1].id == v2);
    CHECK(versions[1].version == 2);
    const Agreement cur = *currentAgreement(*t, p);
    CHECK(cur.id == v2);
    CHECK(cur.weeklyBudgetOn(QDate(2026, 7, 15)) == gbp(u"1044.00"));
    CHECK(cur.weeklyBudgetOn(QDate(2026, 10, 5)) == gbp(u"1000.00"));
    CHECK(cur.weeklyContributionOn(QDate(2026, 7, 15)) == gbp(u"130.50"));
    CHECK(cur.plan.at(0).hoursPerWeek == Hours::whole(20));
    CHECK(cur.effectivePolicy(councilById(*t, council)->policy).capWeeks == 6);
    CHECK(currentAgreements(*t).size() == 1);

    const auto log = auditEntries(*t, QStringLiteral("agreement"));
    REQUIRE(log.size() == 2);
    CHECK(log[0].userName == u"tester");
    CHECK(log[0].at == u"2026-11-28T12:00:00Z");
}

TEST_CASE("a failed action changes nothing")
{
    TestFile t;
    const Id council = t.addCouncil();
    Agreement a;
    a.personId = t.addPerson(QStringLiteral("P001"), council);
    a.startDate = QDate(2026, 4, 6);
    a.budgets = { { QDate(2026, 4, 6), gbp(u"100.00") } };
    a.policyOverrides = { { QStringLiteral("cap_weeks"), QStringLiteral("lots") } };
    CHECK_THROWS_WITH(
        addAgreementVersion(*t, a), "cap_weeks must be a whole number from 1 to 520, not \"lots\"");
    CHECK(agreementVersions(*t, a.personId).empty());
}

TEST_CASE("a backup copy opens as the same file")
{
    TestFile t;
    t.addPerson(QStringLiteral("P001"), t.addCouncil());
    const QString copy = t.dir.path(QStringLiteral("backup.isf"));
    (*t).backupTo(copy);
    ProviderFile opened = ProviderFile::open(copy, QStringLiteral("x"), t.clock);
    CHECK(findPerson(opened, QStringLiteral("P001")).has_value());
    CHECK_THROWS_AS((*t).backupTo(copy), StorageError);
}
