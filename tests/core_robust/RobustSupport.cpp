// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "tests/core_robust/RobustSupport.h"

#include "core/util/Errors.h"
#include "tests/support/Fixtures.h"
#include "tests/support/catch.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

using namespace isf;

QByteArray sha256Of(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

void runSqlite(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("raw-") + path;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        for (const QString &sql : statements) {
            QSqlQuery q(db);
            INFO(sql.toStdString());
            REQUIRE(q.exec(sql));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

void scribble(const QString &path, qint64 offset, qint64 count)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadWrite));
    REQUIRE(f.seek(offset));
    REQUIRE(f.write(QByteArray(int(count), char(0xFF))) == count);
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

QString makeProviderFile(const QString &path, int people)
{
    TestFile t;
    const Id council = t.addCouncil();
    for (int i = 0; i < people; ++i)
        t.addPerson(QStringLiteral("P%1").arg(i, 4, 10, QLatin1Char('0')), council);
    (*t).backupTo(path);
    return path;
}
