// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
// The statement readers on their own: column detection and profiles, line keys for
// identical lines, running balances that do not follow.
#include "core/bank/CsvStatementReader.h"
#include "core/bank/Statement.h"
#include "core/util/Errors.h"
#include "tests/support/catch.h"

using namespace isf;

TEST_CASE("CSV mappings are detected from the headers UK banks write")
{
    CsvMapping m = CsvMapping::detect(
        { QStringLiteral("Transaction Date"), QStringLiteral("Transaction Type"),
            QStringLiteral("Sort Code"), QStringLiteral("Account Number"),
            QStringLiteral("Transaction Description"), QStringLiteral("Debit Amount"),
            QStringLiteral("Credit Amount"), QStringLiteral("Balance") });
    CHECK(m.toProfile()
        == u"date=Transaction Date;description=Transaction Description;paid_in=Credit "
           u"Amount;paid_out=Debit Amount;balance=Balance");
    m = CsvMapping::detect(
        { QStringLiteral("Date"), QStringLiteral("Memo"), QStringLiteral("Amount") });
    CHECK(m.toProfile() == u"date=Date;description=Memo;amount=Amount");
    CHECK(CsvMapping::fromProfile(m.toProfile()).toProfile() == m.toProfile());
    CHECK_THROWS_WITH(CsvMapping::fromProfile(QStringLiteral("when=Date")),
        Catch::Contains("not a column mapping"));
    CHECK_THROWS_WITH(readCsvStatement("Posted,Text,Value\n", QStringLiteral("x.csv"), {}),
        Catch::Contains("cannot tell which column holds the date, the description"));
    CsvMapping given;
    given.date = QStringLiteral("Posted");
    given.description = QStringLiteral("Text");
    const Statement s = readCsvStatement(
        "Posted,Text,Value\n06 Apr 2026,CARD,-1.00\n", QStringLiteral("x.csv"), given);
    REQUIRE(s.lines.size() == 1);
    CHECK(s.lines[0].date == QDate(2026, 4, 6));
    CHECK(s.lines[0].amount == Money::fromPence(-100));
}

TEST_CASE("identical lines on one day keep separate keys; a balance that does not follow is named")
{
    Statement s = readCsvStatement(
        "Date,Description,Amount\n2026-04-06,CASH,-20.00\n2026-04-06,CASH,-20.00\n",
        QStringLiteral("cash.csv"), {});
    assignKeys(s);
    REQUIRE(s.lines.size() == 2);
    CHECK(s.lines[0].key == u"k:2026-04-06|-20.00|cash|");
    CHECK(s.lines[1].key == u"k:2026-04-06|-20.00|cash|#2");
    Statement b = readCsvStatement(
        "Date,Description,Amount,Balance\n2026-04-06,A,-20.00,80.00\n2026-04-07,B,-5.00,70.00\n",
        QStringLiteral("b.csv"), {});
    CHECK_THROWS_WITH(checkRunningBalances(b),
        Catch::Contains("b.csv:3: the balance 70.00 does not follow from the line before (80.00 - "
                        "5.00 = 75.00)"));
}
