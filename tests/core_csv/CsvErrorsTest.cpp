// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "core/csv/CsvErrors.h"

#include "core/csv/CsvReader.h"
#include "core/util/Errors.h"
#include "tests/support/catch.h"

#include <stdexcept>

using isf::CsvErrors;
using isf::CsvProblem;
using isf::CsvRow;
using isf::CsvTable;

namespace {

// Stands in for a date parser: refuses 31 February the way core's parsers word things.
int dayOf(const QString &text)
{
    if (text == u"31/02/1990")
        throw isf::InputError(u'"' + text + QStringLiteral("\" is not a real date"));
    return text.left(2).toInt();
}

} // namespace

TEST_CASE("csv errors: each problem is SOURCE:LINE: COLUMN: message, sorted by line")
{
    CsvErrors errors(QStringLiteral("people.csv"));
    CHECK(errors.isEmpty());
    CHECK(errors.count() == 0);
    CHECK(errors.toString() == u"");

    errors.add(9, u"amount", QStringLiteral("\"x\" is not an amount of money"));
    errors.add(7, u"date_of_birth", QStringLiteral("\"31/02/1990\" is not a real date"));
    errors.addRow(9, QStringLiteral("the end date is before the start date"));
    errors.add(3, u"name", QStringLiteral("a value is required"));

    CHECK_FALSE(errors.isEmpty());
    CHECK(errors.count() == 4);
    const QStringList expected {
        QStringLiteral("people.csv:3: name: a value is required"),
        QStringLiteral("people.csv:7: date_of_birth: \"31/02/1990\" is not a real date"),
        QStringLiteral("people.csv:9: amount: \"x\" is not an amount of money"),
        QStringLiteral("people.csv:9: the end date is before the start date"),
    };
    CHECK(errors.lines() == expected);
    CHECK(errors.toString() == expected.join(u'\n'));

    const std::vector<CsvProblem> problems = errors.problems();
    REQUIRE(problems.size() == 4);
    CHECK(problems[0].line == 3);
    CHECK(problems[0].column == u"name");
    CHECK(problems[3].column == u"");
    CHECK(problems[3].message == u"the end date is before the start date");
}

TEST_CASE("csv errors: toString can stop after a number of lines")
{
    CsvErrors errors(QStringLiteral("f.csv"));
    for (int line = 5; line >= 2; --line)
        errors.add(line, u"c", QStringLiteral("bad"));
    CHECK(errors.toString(2) == u"f.csv:2: c: bad\nf.csv:3: c: bad\n... and 2 more problems");
    CHECK(errors.toString(3)
        == u"f.csv:2: c: bad\nf.csv:3: c: bad\nf.csv:4: c: bad\n... and 1 more problem");
    CHECK(errors.toString(4) == errors.toString());
}

TEST_CASE("csv errors: field() turns a refused value into a problem of its line and column")
{
    const CsvTable table = CsvTable::parse(
        "name,date_of_birth\n\nAnn,01/01/1990\n\"Bob\nBrown\",31/02/1990\n,\nCy,02/03/1990\n",
        QStringLiteral("people.csv"));
    CsvErrors errors(table.sourceName());
    std::vector<int> days;
    int named = 0;
    for (const isf::CsvRecord &record : table.records()) {
        const CsvRow row(table, record);
        const std::optional<int> day = errors.field(row, u"date_of_birth", dayOf);
        if (day)
            days.push_back(*day);
        if (errors.required(row, u"name"))
            ++named;
    }
    CHECK(days == std::vector<int> { 1, 2 });
    CHECK(named == 3);
    CHECK(errors.toString() == u"people.csv:4: date_of_birth: \"31/02/1990\" is not a real date");

    // A blank required field, and a lambda that only validates.
    const CsvTable blanks = CsvTable::parse("name,amount\n ,5\n", QStringLiteral("s.csv"));
    CsvErrors more(blanks.sourceName());
    CHECK_FALSE(more.required(blanks.row(0), u"name").has_value());
    CHECK(more.required(blanks.row(0), u"amount") == QStringLiteral("5"));
    const bool ok = more.field(blanks.row(0), u"amount", [](QStringView text) {
        if (text != u"6")
            throw isf::InputError(QStringLiteral("must be 6"));
    });
    CHECK_FALSE(ok);
    CHECK(more.lines()
        == QStringList { QStringLiteral("s.csv:2: name: a value is required"),
            QStringLiteral("s.csv:2: amount: must be 6") });
}

TEST_CASE("csv errors: only InputError is collected; throwIfAny reports them all")
{
    const CsvTable table = CsvTable::parse("a\n1\n", QStringLiteral("t.csv"));
    CsvErrors errors(table.sourceName());
    CHECK_NOTHROW(errors.throwIfAny());
    CHECK_THROWS_AS(errors.field(table.row(0), u"a",
                        [](const QString &) -> int { throw std::logic_error("bug"); }),
        std::logic_error);
    CHECK(errors.isEmpty());

    errors.add(2, u"a", QStringLiteral("first"));
    errors.add(1, u"a", QStringLiteral("second"));
    try {
        errors.throwIfAny();
        FAIL("problems were not thrown");
    } catch (const isf::InputError &e) {
        CHECK(e.message() == u"t.csv:1: a: second\nt.csv:2: a: first");
    }
}
