// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
// A CSV that is cut off, short, long, binary or absurd is refused with line and column.
#include "core/csv/CsvReader.h"
#include "core/util/Errors.h"
#include "tests/support/catch.h"

#include <QDir>

using namespace isf;

namespace {

QString parseError(const QByteArray &bytes)
{
    try {
        CsvTable::parse(bytes, QStringLiteral("payments.csv"));
    } catch (const InputError &e) {
        return e.message();
    }
    return QStringLiteral("(accepted)");
}

const QByteArray kHeader = "person_ref,date,type,amount,category,supplier,reference,description\n";

} // namespace

TEST_CASE("strict csv: a last line cut off mid-row is refused, not imported as a wrong amount")
{
    // 2897.12 cut to 28, and the rest of the row gone.
    CHECK(parseError(kHeader
              + "P0001,2026-04-06,council_payment,2897.12,,,RA-1,Payment\n"
                "P0002,2026-04-06,council_payment,28")
        == QStringLiteral("payments.csv:3: the last line has no line end and only 4 of the "
                          "header's 8 fields: the file looks cut off. Export it again"));
}

TEST_CASE("strict csv: a short row anywhere is refused with its count")
{
    CHECK(parseError(kHeader
              + "P0001,2026-04-06,council_payment,10.00\nP0002,2026-04-06,contribution,5.00,,,,x\n")
        == QStringLiteral("payments.csv:2: row has 4 fields but the header has 8"));
}

TEST_CASE("strict csv: a long row is refused with its count")
{
    CHECK(parseError(kHeader + "P1,2026-04-06,expense,1.00,Other,,,x,extra\n")
        == QStringLiteral("payments.csv:2: row has 9 fields but the header has 8"));
}

TEST_CASE("strict csv: a complete last row without a line end is fine")
{
    const CsvTable t = CsvTable::parse(
        kHeader + "P1,2026-04-06,expense,1.00,Other,,,x", QStringLiteral("payments.csv"));
    REQUIRE(t.rowCount() == 1);
    CHECK(t.row(0).text(u"description") == u"x");
}

TEST_CASE("strict csv: a NUL byte is refused with line and column")
{
    QByteArray bytes = kHeader + "P1,2026-04-06,expense,1.00,Other,,,bad";
    bytes.append('\0');
    bytes.append("text\n");
    CHECK(parseError(bytes)
        == QStringLiteral("payments.csv:2: column 8 (description) holds a NUL byte (0x00); this is "
                          "not a text CSV file, or it is damaged"));
}

TEST_CASE("strict csv: a field over 10,000 characters is refused with line and column")
{
    const QByteArray huge(4 * 1024 * 1024, 'a'); // a 4 MB cell
    CHECK(parseError(kHeader + "P1,2026-04-06,expense,1.00,Other,," + huge + ",x\n")
        == QStringLiteral("payments.csv:2: column 7 (reference) holds 4194304 characters; a field "
                          "may hold at most 10000"));
    // 10,000 exactly is allowed.
    const QByteArray edge(10000, 'b');
    CHECK(parseError(kHeader + "P1,2026-04-06,expense,1.00,Other,," + edge + ",x\n")
        == QStringLiteral("(accepted)"));
}

#include "core/storage/FileLocation.h"
#include "core/time/Dates.h"

TEST_CASE("input limits: dates outside 1900-2200 say the range")
{
    for (const char *text : { "1899-12-31", "31/12/2201", "0001-01-01" }) {
        try {
            parseDate(QString::fromLatin1(text));
            FAIL("accepted " << text);
        } catch (const InputError &e) {
            CHECK(e.message()
                == u'"' + QString::fromLatin1(text)
                    + QStringLiteral("\" is outside the dates ISF Desk accepts (1900 to 2200)"));
        }
    }
    CHECK(parseDate(u"1900-01-01") == QDate(1900, 1, 1));
    CHECK(parseDate(u"31/12/2200") == QDate(2200, 12, 31));
}

TEST_CASE("locations: synced folders are named, ordinary folders are fine")
{
    CHECK(untrustedLocationReason(QStringLiteral("/home/sam/Dropbox/care/provider.isf"))
        == u"it is in a folder that Dropbox synchronises");
    CHECK(untrustedLocationReason(QStringLiteral("/Users/sam/OneDrive - Meadowbank/provider.isf"))
        == u"it is in a folder that OneDrive synchronises");
    CHECK(untrustedLocationReason(
              QStringLiteral("/Users/sam/Library/Mobile Documents/com~apple~CloudDocs/p.isf"))
        == u"it is in a folder that iCloud Drive synchronises");
    CHECK(untrustedLocationReason(QStringLiteral("//server/finance/provider.isf"))
        == u"it is on a network share (//server/finance/provider.isf)");
    CHECK(untrustedLocationReason(QDir::tempPath() + QStringLiteral("/provider.isf")).isEmpty());
}
