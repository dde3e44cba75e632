// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "core/csv/CsvReader.h"

#include "core/util/Errors.h"
#include "tests/support/TempDir.h"
#include "tests/support/catch.h"

#include <vector>

using isf::CsvRecord;
using isf::CsvRow;
using isf::CsvTable;

namespace {

CsvTable parse(const QByteArray &bytes)
{
    return CsvTable::parse(bytes, QStringLiteral("t.csv"));
}

// The message parse() refuses the bytes with, or "(parsed)".
QString refusal(const QByteArray &bytes)
{
    try {
        parse(bytes);
    } catch (const isf::InputError &e) {
        return e.message();
    }
    return QStringLiteral("(parsed)");
}

std::vector<int> lines(const CsvTable &table)
{
    std::vector<int> out;
    for (const CsvRecord &record : table.records())
        out.push_back(record.line);
    return out;
}

QStringList fields(const CsvTable &table, std::size_t index)
{
    return table.records().at(index).fields;
}

} // namespace

TEST_CASE("csv: a plain LF file gives a header and data rows with their lines")
{
    const CsvTable table = parse("name,amount\nAnn,5.00\nBob,-1.50\n");
    CHECK(table.sourceName() == u"t.csv");
    CHECK(table.header() == QStringList { QStringLiteral("name"), QStringLiteral("amount") });
    CHECK(table.headerLine() == 1);
    REQUIRE(table.rowCount() == 2);
    CHECK(lines(table) == std::vector<int> { 2, 3 });
    CHECK(fields(table, 0) == QStringList { QStringLiteral("Ann"), QStringLiteral("5.00") });
    CHECK(fields(table, 1) == QStringList { QStringLiteral("Bob"), QStringLiteral("-1.50") });
}

TEST_CASE("csv: a UTF-8 byte order mark is dropped and never reaches the first column name")
{
    const CsvTable table = parse("\xEF\xBB\xBFName,Amount\r\nAnn,\xC2\xA3"
                                 "5\r\n");
    CHECK(table.header().at(0) == u"Name");
    CHECK(table.columnIndex(u"name") == 0);
    CHECK(table.columnIndex(u"AMOUNT") == 1);
    CHECK(table.row(0).text(u"amount") == u"£5");
    CHECK(lines(table) == std::vector<int> { 2 });
}

TEST_CASE("csv: CRLF, LF and lone CR line ends each end one line, mixed in one file")
{
    const CsvTable table = parse("a,b\r\n1,2\n3,4\r5,6\r\n7,8");
    CHECK(lines(table) == std::vector<int> { 2, 3, 4, 5 });
    CHECK(fields(table, 2) == QStringList { QStringLiteral("5"), QStringLiteral("6") });
    CHECK(fields(table, 3) == QStringList { QStringLiteral("7"), QStringLiteral("8") });
}

TEST_CASE("csv: quoted fields keep commas")
{
    const CsvTable table = parse("name,address,amount\nAnn,\"1 High St, Town\",\"1,240.01\"\n");
    CHECK(fields(table, 0)
        == QStringList {
            QStringLiteral("Ann"), QStringLiteral("1 High St, Town"), QStringLiteral("1,240.01") });
}

TEST_CASE("csv: line breaks inside quotes are kept and later rows keep their physical lines")
{
    const CsvTable table = parse("name,note\n"
                                 "Ann,\"first\nsecond\r\nthird\"\n"
                                 "Bob,x\n"
                                 "\"Cy\rCy\",y\n"
                                 "Dee,z\n");
    CHECK(lines(table) == std::vector<int> { 2, 5, 6, 8 });
    CHECK(fields(table, 0).at(1) == u"first\nsecond\r\nthird");
    CHECK(fields(table, 2).at(0) == u"Cy\rCy");
    CHECK(fields(table, 3).at(0) == u"Dee");
}

TEST_CASE("csv: doubled quotes inside a quoted field become one quote")
{
    const CsvTable table = parse("a,b,c,d\n\"He said \"\"hi\"\"\",\"\"\"\"\"\",\"\",\"x\"\"\"\n");
    CHECK(fields(table, 0)
        == QStringList { QStringLiteral("He said \"hi\""), QStringLiteral("\"\""), QString(),
            QStringLiteral("x\"") });
}

TEST_CASE("csv: blanks around a quoted field are dropped; a quote inside bare text is text")
{
    const CsvTable table = parse("a,b,c\n  \"x, y\"  ,5'10\",\t\"z\"\n");
    CHECK(fields(table, 0)
        == QStringList { QStringLiteral("x, y"), QStringLiteral("5'10\""), QStringLiteral("z") });
}

TEST_CASE("csv: blank lines and all-blank rows are skipped, the trailing line end ignored")
{
    const CsvTable table = parse("\n\na,b\n\n1,2\n   \n,,\n\"\",\n3,4\n\n");
    CHECK(table.headerLine() == 3);
    CHECK(lines(table) == std::vector<int> { 5, 9 });
    CHECK(fields(table, 1) == QStringList { QStringLiteral("3"), QStringLiteral("4") });
    CHECK(parse("a,b\n").rowCount() == 0);
}

TEST_CASE("csv: column names are trimmed and found in any case")
{
    const CsvTable table = parse(" Name ,Date Of Birth\t\nAnn,1990-02-28\n");
    CHECK(
        table.header() == QStringList { QStringLiteral("Name"), QStringLiteral("Date Of Birth") });
    CHECK(table.columnIndex(u"date of birth") == 1);
    CHECK(table.columnIndex(u" NAME ") == 0);
    CHECK(table.columnIndex(u"nam") == -1);
    CHECK(table.columnIndex(u"") == -1);
    CHECK(table.hasColumn(u"name"));
    CHECK_FALSE(table.hasColumn(u"amount"));
}

TEST_CASE("csv: a column name given twice, in any case, is refused")
{
    CHECK(refusal("name,Amount,NAME\nAnn,1,2\n")
        == u"t.csv:1: column \"NAME\" appears more than once in the header (columns 1 and 3)");
    CHECK(refusal("\r\n a , a\n")
        == u"t.csv:2: column \"a\" appears more than once in the header (columns 1 and 2)");
    // A name that looks like a placeholder is quoted as it is.
    CHECK(refusal("%2,x,%2\n")
        == u"t.csv:1: column \"%2\" appears more than once in the header (columns 1 and 3)");
}

TEST_CASE("csv: requireColumns names every missing column, in the order asked")
{
    const CsvTable table = parse("name,amount\nAnn,1\n");
    CHECK_NOTHROW(table.requireColumns({ QStringLiteral("AMOUNT"), QStringLiteral("name") }));
    try {
        table.requireColumns({ QStringLiteral("name"), QStringLiteral("date_of_birth"),
            QStringLiteral("amount"), QStringLiteral("council") });
        FAIL("missing columns were accepted");
    } catch (const isf::InputError &e) {
        CHECK(e.message() == u"t.csv:1: missing column(s): date_of_birth, council");
    }
    // The header's own line, when blank lines come first.
    try {
        parse("\n\nname\n").requireColumns({ QStringLiteral("amount") });
        FAIL("a missing column was accepted");
    } catch (const isf::InputError &e) {
        CHECK(e.message() == u"t.csv:3: missing column(s): amount");
    }
}

TEST_CASE("csv: a row with more fields than the header is refused with its line")
{
    CHECK(refusal("a,b\n1,2\n1,2,3\n") == u"t.csv:3: row has 3 fields but the header has 2");
    CHECK(refusal("a,b\n\"x\ny\",2\n1,2,\n") == u"t.csv:4: row has 3 fields but the header has 2");
    // An unquoted comma in a value shifts the columns: refused even though the extra is blank.
    CHECK(refusal("name,amount\nSmith, John,\n")
        == u"t.csv:2: row has 3 fields but the header has 2");
}

TEST_CASE("csv: a row with fewer fields than the header is refused with the count")
{
    // A short row is how a cut or mangled file looks: its missing fields are not blanks.
    CHECK(refusal("a,b,c\n1\n") == u"t.csv:2: row has 1 fields but the header has 3");
}

TEST_CASE("csv: a row reads fields by column, trimmed; raw keeps them as written")
{
    const CsvTable table = parse("Name,Note,Amount\n  Ann \t, \" x \" ,\xC2\xA0"
                                 "5\n");
    const CsvRow row(table, table.records().front());
    CHECK(row.text(u"name") == u"Ann");
    CHECK(row.text(u"note") == u"x");
    CHECK(row.text(u"amount") == u"5"); // a no-break space is white space too
    CHECK(row.raw(u"name") == u"  Ann \t");
    CHECK(row.raw(u"note") == u" x ");
    CHECK(row.text(u"missing") == u"");
    CHECK(row.isBlank(u"missing"));
    CHECK(row.text(2) == u"5");
    CHECK(row.text(3) == u"");
    CHECK(row.text(-1) == u"");
}

TEST_CASE("csv: a quote that is never closed is refused at the line where it opens")
{
    CHECK(refusal("a,b\n1,2\n3,\"open\n4,5\n6,7\n")
        == u"t.csv:3: a quote opened on this line is never closed");
    CHECK(refusal("a,b\n\"x\ny\",\"\"\"\n")
        == u"t.csv:3: a quote opened on this line is never closed");
}

TEST_CASE("csv: text after a closing quote is refused at its line")
{
    CHECK(refusal("a,b\n\"two\nlines\"x,2\n")
        == u"t.csv:3: a quoted field has text after its closing quote (a quote inside a quoted "
           "field must be doubled: \"\")");
}

namespace {
QString notUtf8(int line, const char *hex)
{
    return QStringLiteral("t.csv:%1: the text is not UTF-8 (unexpected byte 0x%2); save the file "
                          "as \"CSV UTF-8\" and import it again")
        .arg(line)
        .arg(QLatin1StringView(hex));
}
} // namespace

TEST_CASE("csv: text that is not UTF-8 is refused with its physical line")
{
    // Windows-1252 from an old export: é and £ are single bytes.
    CHECK(refusal("a,b\n1,2\nCaf\xE9,3\n") == notUtf8(3, "E9"));
    CHECK(refusal("a,b\n\"x\r\ny\",\xA3"
                  "5\n")
        == notUtf8(3, "A3"));
    CHECK(refusal("a\rb\r\xFF") == notUtf8(3, "FF"));
    // Overlong form, surrogate, beyond U+10FFFF, a sequence cut off by the end of the file,
    // a continuation byte with no lead.
    CHECK(refusal("a\n\xC0\xAF") == notUtf8(2, "C0"));
    CHECK(refusal("a\n\xED\xA0\x80") == notUtf8(2, "ED"));
    CHECK(refusal("a\n\xF4\x90\x80\x80") == notUtf8(2, "F4"));
    CHECK(refusal("a\n\xE2\x82") == notUtf8(2, "E2"));
    CHECK(refusal("abcdefghijklmnop\n\x80") == notUtf8(2, "80"));
    CHECK(refusal("\xFF\xFE"
                  "a\n")
        == u"t.csv:1: the file is UTF-16 text, not UTF-8; save it as \"CSV UTF-8\" and import "
           "it again");
}

TEST_CASE("csv: multi-byte UTF-8 of every length is read")
{
    const CsvTable table = parse("a,b,c,d\n\xC2\xA3,\xE2\x82\xAC,\xF0\x9F\x98\x80,Zo\xC3\xAB\n");
    CHECK(fields(table, 0)
        == QStringList {
            QStringLiteral("£"), QStringLiteral("€"), QStringLiteral("😀"), QStringLiteral("Zoë") });
}

TEST_CASE("csv: a file without a header is refused")
{
    CHECK(refusal("") == u"t.csv:1: the file is empty: it has no header row");
    CHECK(refusal("\xEF\xBB\xBF\r\n  \r\n") == u"t.csv:1: the file is empty: it has no header row");
}

TEST_CASE("csv: unnamed header columns are allowed while they hold nothing")
{
    const CsvTable table = parse("a,b,,\n1,2,,\n3,4\n");
    CHECK(table.header()
        == QStringList { QStringLiteral("a"), QStringLiteral("b"), QString(), QString() });
    CHECK(table.rowCount() == 2);
    CHECK(refusal("a,,b\n1,,2\n3,x,4\n")
        == u"t.csv:3: field 2 has a value but its column has no name in the header");
}

TEST_CASE("csv: load reads a file and names it by its file name")
{
    TempDir dir;
    const QString path = writeTextFile(dir.path(QStringLiteral("people.csv")), "name\nAnn\n");
    const CsvTable table = CsvTable::load(path);
    CHECK(table.sourceName() == u"people.csv");
    CHECK(table.row(0).text(u"name") == u"Ann");
    try {
        CsvTable::load(dir.path(QStringLiteral("absent.csv")));
        FAIL("a missing file was read");
    } catch (const isf::InputError &e) {
        CHECK(e.message().startsWith(u"absent.csv: cannot be read: "));
    }
}

TEST_CASE("csv: a large file keeps every row and line number")
{
    QByteArray bytes = "id,name,note\r\n";
    for (int i = 1; i <= 20000; ++i) {
        bytes += QByteArray::number(i) + ",\"Name, " + QByteArray::number(i) + "\",";
        bytes += (i % 100 == 0) ? QByteArray("\"two\nlines\"\r\n") : QByteArray("plain\r\n");
    }
    const CsvTable table = parse(bytes);
    REQUIRE(table.rowCount() == 20000);
    // Rows 100, 200, ... each take two physical lines.
    CHECK(table.records().back().line == 20000 + 1 + 199);
    CHECK(table.row(19999).text(u"name") == u"Name, 20000");
    CHECK(table.row(99).text(u"note") == u"two\nlines");
}
