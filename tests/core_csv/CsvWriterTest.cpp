// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "core/csv/CsvWriter.h"

#include "core/csv/CsvReader.h"
#include "core/money/Money.h"
#include "core/util/Errors.h"
#include "tests/support/TempDir.h"
#include "tests/support/catch.h"

#include <vector>

using isf::CsvTable;
using isf::CsvWriter;

TEST_CASE("csv writer: quotes only fields holding a comma, quote, CR or LF")
{
    CsvWriter writer;
    writer.writeRow({ QStringLiteral("plain"), QStringLiteral("a,b"), QStringLiteral("say \"hi\""),
        QStringLiteral("line\nbreak"), QStringLiteral("cr\rx"), QString(), QStringLiteral(" lead "),
        QStringLiteral("it's") });
    writer.writeRow({ QStringLiteral("\"") });
    CHECK(writer.rowCount() == 2);
    CHECK(writer.data()
        == "plain,\"a,b\",\"say \"\"hi\"\"\",\"line\nbreak\",\"cr\rx\",, lead ,it's\n"
           "\"\"\"\"\n");
}

TEST_CASE("csv writer: UTF-8 without a byte order mark, LF line ends")
{
    CsvWriter writer;
    writer.writeRow({ QStringLiteral("name"), QStringLiteral("amount") });
    writer.writeRow({ QStringLiteral("Zoë"), QStringLiteral("£5") });
    const QByteArray bytes = writer.takeData();
    CHECK(bytes
        == "name,amount\nZo\xC3\xAB,\xC2\xA3"
           "5\n");
    CHECK(writer.data().isEmpty());
    CHECK(writer.rowCount() == 0);
}

TEST_CASE("csv writer: textCell stops formulas, numberCell and moneyCell leave numbers alone")
{
    CHECK(CsvWriter::textCell(u"=SUM(A1:A9)") == u"'=SUM(A1:A9)");
    CHECK(CsvWriter::textCell(u"+44 1234") == u"'+44 1234");
    CHECK(CsvWriter::textCell(u"-5.00") == u"'-5.00");
    CHECK(CsvWriter::textCell(u"@cmd") == u"'@cmd");
    CHECK(CsvWriter::textCell(u"\t=1") == u"'\t=1");
    CHECK(CsvWriter::textCell(u"\r=1") == u"'\r=1");
    CHECK(CsvWriter::textCell(u"Ann = Bob") == u"Ann = Bob");
    CHECK(CsvWriter::textCell(u"") == u"");

    CHECK(CsvWriter::numberCell(u"-5.00") == u"-5.00");
    CHECK(CsvWriter::numberCell(u"1240.01") == u"1240.01");
    CHECK(CsvWriter::numberCell(u"12") == u"12");
    CHECK(CsvWriter::numberCell(u"-0") == u"-0");
    CHECK(CsvWriter::numberCell(u"=1+1") == u"'=1+1");
    CHECK(CsvWriter::numberCell(u"-1+1") == u"'-1+1");
    CHECK(CsvWriter::numberCell(u"-") == u"'-");
    CHECK(CsvWriter::numberCell(u"-5.") == u"'-5.");
    CHECK(CsvWriter::numberCell(u"-.5") == u"'-.5");
    CHECK(CsvWriter::numberCell(u"5.") == u"5.");

    CHECK(CsvWriter::moneyCell(isf::Money::fromPence(-500)) == u"-5.00");
    CHECK(CsvWriter::moneyCell(isf::Money::fromPence(124001)) == u"1240.01");

    CsvWriter writer;
    writer.writeRow({ CsvWriter::textCell(u"=HYPERLINK(\"x\")"),
        CsvWriter::moneyCell(isf::Money::fromPence(-500)) });
    CHECK(writer.data() == "\"'=HYPERLINK(\"\"x\"\")\",-5.00\n");
}

TEST_CASE("csv writer: what is written reads back field for field")
{
    const std::vector<QStringList> rows {
        { QStringLiteral("name"), QStringLiteral("note"), QStringLiteral("amount") },
        { QStringLiteral("Ann"), QStringLiteral("1 High St, Town"), QStringLiteral("-5.00") },
        { QStringLiteral("\"Bob\""), QStringLiteral("first\nsecond\r\nthird\rfourth"),
            QStringLiteral("0.00") },
        { QStringLiteral("  spaced  "), QString(), QStringLiteral("\"\"\"") },
        { QStringLiteral("Zoë 😀"), QStringLiteral(" \"x\" "), QStringLiteral(",") },
        { CsvWriter::textCell(u"=1+1"), QStringLiteral("\t"), QStringLiteral("'") },
        { QStringLiteral("last"), QStringLiteral(""), QStringLiteral("") },
    };
    CsvWriter writer;
    for (const QStringList &row : rows)
        writer.writeRow(row);

    const CsvTable table = CsvTable::parse(writer.data(), QStringLiteral("out.csv"));
    CHECK(table.header() == rows[0]);
    REQUIRE(table.rowCount() == qsizetype(rows.size() - 1));
    for (std::size_t i = 1; i < rows.size(); ++i) {
        const QStringList expected = rows[i];
        CHECK(table.records()[i - 1].fields == expected);
    }
    CHECK(table.records()[2].line == 7); // Bob's note holds three line breaks
    CHECK(table.row(4).text(u"name") == u"'=1+1");
}

TEST_CASE("csv writer: save writes the file and load reads it back")
{
    TempDir dir;
    CsvWriter writer;
    writer.writeRow({ QStringLiteral("a"), QStringLiteral("b") });
    writer.writeRow({ QStringLiteral("1"), QStringLiteral("x,y") });
    const QString path = dir.path(QStringLiteral("export.csv"));
    writer.save(path);
    const CsvTable table = CsvTable::load(path);
    CHECK(table.sourceName() == u"export.csv");
    CHECK(table.row(0).text(u"b") == u"x,y");
    CHECK_THROWS_AS(
        writer.save(dir.path(QStringLiteral("no/such/folder/x.csv"))), isf::StorageError);
}
