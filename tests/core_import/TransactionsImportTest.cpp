// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
// Transactions: posting through the ledger, the exact message for each bad row,
// all-or-nothing, duplicates, new suppliers.
#include "core/import/ImportBatches.h"
#include "core/ledger/LedgerQueries.h"
#include "core/ledger/TxnReader.h"
#include "core/ledger/Verify.h"
#include "core/storage/AuditLog.h"
#include "core/storage/PersonStore.h"
#include "core/storage/ReferenceStore.h"
#include "tests/core_import/ImportSupport.h"

using namespace isf;

namespace {

const QByteArray kHeader
    = "person_ref,date,type,amount,category,supplier,reference,description,hours,rate\n";

Money balanceOf(TestFile &t, const char *ref, const QDate &date)
{
    return balanceAt(*t, requirePerson(*t, QString::fromLatin1(ref)).id, date);
}

} // namespace

TEST_CASE("transactions: each type moves the fund its way; hours x rate when there is no amount")
{
    TestFile t;
    addReferenceData(t);
    const ImportResult r = importText(t, "transactions",
        kHeader
            + "P001,2026-04-01,opening_balance,100.00,,,,Brought forward,,\n"
              "P001,06/04/2026,council_payment,\"3,776.00\",,,REM-1,,,\n"
              "P001,2026-04-07,contribution,20.50,,,,,,\n"
              "P001,2026-04-08,expense,,Personal care,Meadowbank (in-house),TS-1,Support "
              "hours,7.5,12.33\n"
              "P001,2026-04-09,expense,£45.00,activities,,,Swimming,,\n"
              "P001,2026-05-02,return_to_council,500.00,,,,,,\n"
              "P001,2026-05-03,adjustment,-1.50,,,,Bank charge,,\n"
              "P002,2026-04-06,council_payment,1888.00,,,REM-2,,,\n");
    CHECK(r.added == 8);
    CHECK(r.batchId == 3);
    CHECK(r.addedSuppliers == QStringList { QStringLiteral("Meadowbank (in-house)") });
    CHECK(describeImport(r)
        == u"Imported 8 transactions from transactions.csv (batch 3). Added to the supplier "
           "register: Meadowbank (in-house).");
    CHECK(balanceOf(t, "P001", QDate(2026, 4, 8)) == gbp(u"3804.02")); // 92.48 for 7.5 x 12.33
    CHECK(balanceOf(t, "P001", QDate(2026, 5, 3)) == gbp(u"3257.52"));
    CHECK(balanceOf(t, "P002", QDate(2026, 4, 30)) == gbp(u"1888.00"));
    const PostedTxn care = *readTransaction(*t, 4);
    CHECK(care.amount == gbp(u"92.48"));
    CHECK(care.hours == std::optional<Hours>(Hours::parse(u"7.5")));
    CHECK(care.batchId == r.batchId);
    CHECK(findSupplier(*t, QStringLiteral("Meadowbank (in-house)"))->kind == SupplierKind::Other);
    CHECK(verifyFile(*t).ok());
    const std::vector<ImportBatch> batches = listImportBatches(*t);
    REQUIRE(batches.size() == 3);
    CHECK(batches.front().kind == u"transactions");
    CHECK(batches.front().rowCount == 8);
    CHECK(batches.front().importedBy == u"tester");
    CHECK(batches.front().fingerprint.size() == 64);
    CHECK(auditEntries(*t, QStringLiteral("import_batch")).front().detail == describeImport(r));
}

TEST_CASE("transactions: the exact message for every bad row")
{
    TestFile t;
    addReferenceData(t);
    const QStringList problems = importProblems(t, "transactions",
        kHeader
            + "P009,2026-04-01,opening_balance,100.00,,,,,,\n"
              "P001,2026-02-30,council_payment,10.00,,,,,,\n"
              "P001,2026-04-01,refund,10.00,,,,,,\n"
              "P001,2026-04-01,expense,12.345,Personal care,,,,,\n"
              "P001,2026-04-01,expense,10.00,Food,,,,,\n"
              "P001,2026-04-01,expense,,Personal care,,,,7.5,\n"
              "P001,2026-04-01,expense,92.47,Personal care,,,,7.5,12.33\n"
              "P001,2026-04-01,council_payment,-10.00,,,,,,\n"
              "P001,2026-04-01,contribution,10.00,Personal care,,,,,\n"
              "P001,2026-04-01,expense,10.00,Management fee,,,,,\n"
              "P001,2026-04-01,reversal,10.00,,,,,,\n"
              "P001,2026-04-01,expense,10.00,,,,,,\n"
              "P001,2026-04-01,adjustment,0,,,,,,\n"
              "P001,2026-04-01,,,,,,,,\n");
    CHECK(problems
        == QStringList {
            QStringLiteral("transactions.csv:2: person_ref: no person with reference \"P009\""),
            QStringLiteral("transactions.csv:3: date: \"2026-02-30\" is not a real date"),
            QStringLiteral("transactions.csv:4: type: \"refund\" is not a transaction type: use "
                           "opening_balance, council_payment, contribution, expense, "
                           "return_to_council, adjustment or reversal"),
            QStringLiteral("transactions.csv:5: amount: \"12.345\" is not an amount of money: it "
                           "has more than two decimal places"),
            QStringLiteral(
                "transactions.csv:6: category: \"Food\" is not a category; the categories are: "
                "Personal care, Commissioned care, Personal assistant, Equipment, Activities, "
                "Transport, Household, Management fee, Shared support, Other"),
            QStringLiteral(
                "transactions.csv:7: amount: is empty (give an amount, or hours and rate)"),
            QStringLiteral(
                "transactions.csv:7: rate: hours and rate go together: give both, or neither"),
            QStringLiteral("transactions.csv:8: amount: 92.47 is not hours x rate (7.5 x 12.33 = "
                           "92.48); leave the amount blank to use hours x rate"),
            QStringLiteral("transactions.csv:9: amount: must be more than zero; the type says "
                           "which way the money goes (only an adjustment may be negative)"),
            QStringLiteral("transactions.csv:10: category: only an expense has a category; leave "
                           "it blank for a contribution received"),
            QStringLiteral("transactions.csv:11: category: Lancashire County Council does not "
                           "allow a management fee (\"Management fee\") to be paid from an ISF; "
                           "management costs are in the hourly rate."),
            QStringLiteral(
                "transactions.csv:12: reverses: a reversal needs the txn_id of the row it "
                "reverses (in this file)"),
            QStringLiteral("transactions.csv:12: description: a reversal needs its reason here"),
            QStringLiteral(
                "transactions.csv:13: category: an expense needs a category; the categories are: "
                "Personal care, Commissioned care, Personal assistant, Equipment, Activities, "
                "Transport, Household, Management fee, Shared support, Other"),
            QStringLiteral("transactions.csv:14: amount: an adjustment cannot be zero"),
            QStringLiteral(
                "transactions.csv:15: amount: is empty (give an amount, or hours and rate)"),
            QStringLiteral(
                "transactions.csv:15: type: is empty; use opening_balance, council_payment, "
                "contribution, expense, return_to_council, adjustment or reversal"),
        });
    CHECK(countRows(t, "transactions") == 0);
}

TEST_CASE(
    "transactions: one bad row leaves the ledger, the supplier register and the log as they were")
{
    TestFile t;
    addReferenceData(t);
    importText(
        t, "transactions", kHeader + "P001,2026-04-01,opening_balance,100.00,,,,,,\n", "first.csv");
    const qint64 txns = countRows(t, "transactions"), postings = countRows(t, "postings"),
                 months = countRows(t, "balance_months"), suppliers = countRows(t, "suppliers"),
                 batches = countRows(t, "import_batches"), audits = countRows(t, "audit_log");
    const Money before = balanceOf(t, "P001", QDate(2026, 12, 31));
    const QStringList problems = importProblems(t, "transactions",
        kHeader
            + "P001,2026-04-06,council_payment,3776.00,,,,,,\n"
              "P001,2026-04-08,expense,50.00,Activities,Brand New Supplier Ltd,,,,\n"
              "P001,2026-04-09,expense,50.00,Activities,,,,x,\n"
              "P002,2026-04-10,contribution,5.00,,,,,,\n");
    CHECK(problems
        == QStringList {
            QStringLiteral("transactions.csv:4: hours: \"x\" is not a number of hours: "
                           "use only digits and a decimal point (such as 7.5), not \"x\"") });
    CHECK(countRows(t, "transactions") == txns);
    CHECK(countRows(t, "postings") == postings);
    CHECK(countRows(t, "balance_months") == months);
    CHECK(countRows(t, "suppliers") == suppliers);
    CHECK_FALSE(findSupplier(*t, QStringLiteral("Brand New Supplier Ltd")));
    CHECK(countRows(t, "import_batches") == batches);
    CHECK(countRows(t, "audit_log") == audits);
    CHECK(balanceOf(t, "P001", QDate(2026, 12, 31)) == before);
    CHECK(verifyFile(*t).ok());
    // The file still works: the next import chains on from the last good transaction.
    CHECK(importText(t, "transactions", kHeader + "P001,2026-04-06,council_payment,3776.00,,,,,,\n")
              .added
        == 1);
    CHECK(verifyFile(*t).ok());
}

TEST_CASE("transactions: the same rows imported again are refused, however the file was saved")
{
    TestFile t;
    addReferenceData(t);
    const QByteArray first = kHeader
        + "P001,2026-04-06,council_payment,3776.00,,,REM-1,\"Payment, April\",,\n"
          "P001,2026-04-08,expense,,Personal care,,,Support,7.5,12.33\n"
          "P002,2026-04-10,contribution,5.00,,,,,,\n";
    importText(t, "transactions", first);
    const qint64 txns = countRows(t, "transactions");

    // The same rows as a spreadsheet saves them: BOM, CRLF, quotes, UK dates, £ and commas.
    const QByteArray resaved
        = "\xEF\xBB\xBF\"person_ref\",\"date\",\"type\",\"amount\",\"category\","
          "\"supplier\",\"reference\",\"description\",\"hours\",\"rate\"\r\n"
          "\"P001\",06/04/2026,council_payment,\"£3,776.00\",,,REM-1,\"Payment, "
          "April\",,\r\n"
          "P001,08/04/2026,Expense,,personal care,,,Support,7.50,12.33\r\n"
          "P002,10/04/2026,contribution,5,,,,,,\r\n";
    CHECK(importRefusal(t, "transactions", resaved, QStringLiteral("april.csv"))
        == u"april.csv: these transactions were already imported on 28 November 2026 by tester "
           "(batch 3, from \"transactions.csv\", 3 rows); nothing was imported. If they really "
           "are new entries, check the file against the ledger first.");
    CHECK(countRows(t, "transactions") == txns);
    CHECK(countRows(t, "import_batches") == 3);

    // A header with no rows (a template) is never a duplicate of another.
    CHECK(importText(t, "transactions", kHeader, QStringLiteral("blank.csv")).added == 0);
    CHECK(importText(t, "transactions", kHeader, QStringLiteral("blank.csv")).added == 0);

    // A file that differs in one row is new.
    QByteArray changed = first;
    changed.replace("5.00", "5.01");
    CHECK(importText(t, "transactions", changed).added == 3);
}

TEST_CASE(
    "transactions: a file read in small chunks gives the same result and the same line numbers")
{
    TestFile t;
    addReferenceData(t);
    QByteArray csv = kHeader;
    for (int i = 0; i < 60; ++i)
        csv += "P001,2026-04-" + QByteArray::number(1 + i % 28).rightJustified(2, '0')
            + ",expense,1.00,Activities,,,\"line one\nline two, with a comma\",,\n";
    csv += "P001,2026-04-30,expense,1.00,Nope,,,,,\n";
    ImportOptions tiny;
    tiny.chunkBytes = 100; // a quoted field with a line break never splits between chunks
    const QStringList problems = importProblems(t, "transactions", csv, QString(), tiny);
    // 60 rows of two lines each after the header: the bad row starts on line 122.
    REQUIRE(problems.size() == 1);
    CHECK(problems.front().startsWith(QStringLiteral("transactions.csv:122: category: \"Nope\"")));
    csv.chop(QByteArray("P001,2026-04-30,expense,1.00,Nope,,,,,\n").size());
    const ImportResult r = importText(t, "transactions", csv, QString(), tiny);
    CHECK(r.added == 60);
    CHECK(readTransaction(*t, 60)->description == u"line one\nline two, with a comma");
    CHECK(balanceOf(t, "P001", QDate(2026, 4, 30)) == gbp(u"-60.00"));
}

TEST_CASE("transactions: a reversal row reverses the row with that txn_id, and says why not when "
          "it cannot")
{
    TestFile t;
    addReferenceData(t);
    const QByteArray header
        = "person_ref,date,type,amount,category,supplier,reference,description,hours,rate,txn_id,"
          "reverses\n";
    const QStringList problems = importProblems(t, "transactions",
        header
            + "P001,2026-04-06,contribution,20.50,,,,,,,101,\n"
              "P001,2026-04-08,expense,,Personal care,,,Support,7.5,12.33,102,\n"
              "P002,2026-04-09,reversal,,,,,Bounced,,,103,101\n"
              "P001,2026-04-09,reversal,20.00,,,,Bounced,,,104,101\n"
              "P001,2026-04-09,reversal,,,,,Typo,,,105,999\n"
              "P001,2026-04-09,reversal,,,,,,,,106,x\n"
              "P001,2026-04-07,reversal,,,,,Too early,,,107,102\n"
              "P001,2026-04-10,expense,5.00,Activities,,,,,,101,102\n");
    CHECK(problems
        == QStringList {
            QStringLiteral(
                "transactions.csv:4: person_ref: \"P002\" is not the person of txn_id 101 (P001)"),
            QStringLiteral(
                "transactions.csv:5: amount: 20.00 is not the amount of txn_id 101 (20.50)"),
            QStringLiteral(
                "transactions.csv:6: reverses: no earlier row in this file has txn_id 999"),
            QStringLiteral("transactions.csv:7: reverses: \"x\" is not a txn_id"),
            QStringLiteral("transactions.csv:7: description: a reversal needs its reason here"),
            QStringLiteral("transactions.csv:8: date: A reversal cannot be dated before the entry "
                           "it reverses (8 April 2026)."),
            QStringLiteral("transactions.csv:9: txn_id: 101 is already on line 2"),
            QStringLiteral("transactions.csv:9: reverses: only a reversal reverses another row; "
                           "leave it blank"),
        });
    CHECK(countRows(t, "transactions") == 0);

    CHECK(importProblems(t, "transactions",
              header
                  + "P001,2026-04-06,contribution,20.50,,,,,,,101,\n"
                    "P001,2026-04-09,reversal,,,,,Bounced,,,102,101\n"
                    "P001,2026-04-10,reversal,,,,,Again,,,103,101\n")
        == QStringList { QStringLiteral("transactions.csv:4: reverses: Transaction 1 was already "
                                        "reversed by transaction 2.") });

    const ImportResult r = importText(t, "transactions",
        header
            + "P001,2026-04-06,contribution,20.50,,,,,,,101,\n"
              "P001,2026-04-08,expense,,Personal care,,,Support,7.5,12.33,102,\n"
              "P001,2026-04-09,reversal,20.50,,,,Payment returned unpaid,,,103,101\n"
              "P001,2026-04-10,reversal,92.48,Personal care,,,Wrong hours,7.5,12.33,104,102\n");
    CHECK(r.added == 4);
    const PostedTxn bounced = *readTransaction(*t, 3);
    CHECK(bounced.kind == TxnKind::Reversal);
    CHECK(bounced.reversesId == 1);
    CHECK(bounced.reason == u"Payment returned unpaid");
    CHECK(bounced.date == QDate(2026, 4, 9));
    CHECK(readTransaction(*t, 4)->reversesId == 2);
    CHECK(balanceOf(t, "P001", QDate(2026, 4, 8)) == gbp(u"-71.98"));
    CHECK(balanceOf(t, "P001", QDate(2026, 4, 10)) == Money());
    CHECK(verifyFile(*t).ok());
}
