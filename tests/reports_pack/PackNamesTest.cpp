// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
// Person folders in an audit pack: unique and safe on every system, whatever the refs.
#include "reports/pack/PackNames.h"

#include "tests/support/catch.h"

#include <QSet>

using namespace isf;
using namespace isf::reports;

TEST_CASE("Pack folders never collide and never escape people/")
{
    const QHash<Id, QString> f = personFolders({ { 1, QStringLiteral("A/1") },
        { 2, QStringLiteral("A_1") }, { 3, QStringLiteral("..") }, { 4, QStringLiteral("CON") },
        { 5, QStringLiteral("con.txt") }, { 6, QStringLiteral("P0006") },
        { 7, QStringLiteral("p0006") }, { 8, QStringLiteral("B\\2") }, { 9, QStringLiteral("") },
        { 10, QStringLiteral("x.") } });
    CHECK(f.value(1) == u"A_1-id1");
    CHECK(f.value(2) == u"A_1-id2");
    CHECK(f.value(3) == u"_-id3");
    CHECK(f.value(4) == u"CON-id4");
    CHECK(f.value(5) == u"con_txt-id5");
    CHECK(f.value(6) == u"P0006-id6"); // differs from p0006 only in case
    CHECK(f.value(7) == u"p0006-id7");
    CHECK(f.value(8) == u"B_2");
    CHECK(f.value(10) == u"x");
    QSet<QString> lower;
    for (const QString &name : f) {
        CHECK(!name.contains(u'/'));
        CHECK(!name.contains(u'\\'));
        CHECK(name != u"..");
        CHECK(!isReservedWindowsName(name));
        lower.insert(name.toLower());
    }
    CHECK(lower.size() == f.size());
}

TEST_CASE("Reserved Windows names are recognised in any case and with an extension")
{
    CHECK(isReservedWindowsName(QStringLiteral("nul")));
    CHECK(isReservedWindowsName(QStringLiteral("COM1")));
    CHECK(isReservedWindowsName(QStringLiteral("lpt9.csv")));
    CHECK(!isReservedWindowsName(QStringLiteral("CONSOLE")));
    CHECK(!isReservedWindowsName(QStringLiteral("P0001")));
}
