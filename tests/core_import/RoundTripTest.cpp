// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
// Export then import into a new file gives the same records and the same balances.
#include "core/export/Exporter.h"
#include "core/generator/Generator.h"
#include "core/ledger/Ledger.h"
#include "core/ledger/LedgerQueries.h"
#include "core/ledger/Verify.h"
#include "core/storage/AgreementStore.h"
#include "core/storage/PersonStore.h"
#include "core/storage/ReferenceStore.h"
#include "tests/core_import/ImportSupport.h"

#include <QBuffer>

using namespace isf;

namespace {

QByteArray exportOf(TestFile &t, const char *kind, ExportFormat format = ExportFormat::Csv)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    exportRecords(*t, QString::fromLatin1(kind), format, buffer);
    return buffer.data();
}

// Exports every kind from `from` and imports it into `to`, in dependency order.
void copyByExport(TestFile &from, TestFile &to)
{
    for (const char *kind : { "councils", "suppliers", "people", "agreements", "transactions" })
        importText(to, kind, exportOf(from, kind));
}

void checkSameBalances(TestFile &a, TestFile &b, const std::vector<QDate> &dates)
{
    for (const QDate &d : dates) {
        const std::vector<PersonBalance> x = balancesAt(*a, d), y = balancesAt(*b, d);
        REQUIRE(x.size() == y.size());
        for (std::size_t i = 0; i < x.size(); ++i) {
            INFO(x[i].ref.toStdString() << " on " << d.toString(Qt::ISODate).toStdString());
            CHECK(x[i].ref == y[i].ref);
            CHECK(x[i].balance == y[i].balance);
        }
        CHECK(bankAgainstFunds(*a, d).bankBalance == bankAgainstFunds(*b, d).bankBalance);
    }
}

} // namespace

TEST_CASE(
    "export -> import round trip: same people, agreements, suppliers and balances at every date")
{
    TestFile a;
    addReferenceData(a);
    importText(a, "suppliers",
        "name,kind,cqc_number,dbs_checked_on,insurance_expires_on,notes\n"
        "Ribble Home Care Ltd,care_provider,1-1234567890,,2027-03-31,\"Invoices 4-weekly, in "
        "arrears\"\n"
        "=Formula Taxis,transport,,,,-looks like a formula\n");
    importText(a, "agreements",
        "person_ref,start_date,weekly_budget,weekly_contribution,contribution_percent,"
        "effective_from,uplift_weekly,uplift_from,uplift_to,uplift_reason,status,end_date\n"
        "P001,2026-04-06,944.00,20.50,,,,,,,,\n"
        "P002,2026-04-06,1200.00,,12.5,,,,,,,\n"
        "P001,2026-04-06,980.00,,,2026-06-01,70.00,2026-06-01,2026-06-28,Holiday support,,\n"
        "P003,2026-01-05,500.00,0,,,,,,,ended,2026-09-27\n");
    importText(a, "transactions",
        "person_ref,date,type,amount,category,supplier,reference,description,hours,rate\n"
        "P001,2026-04-01,opening_balance,100.00,,,,Brought forward,,\n"
        "P001,2026-04-06,council_payment,3694.00,,,REM-1,,,\n"
        "P001,2026-04-07,contribution,20.50,,,,,,\n"
        "P001,2026-04-08,expense,,Personal care,Ribble Home Care Ltd,INV-1,Support,7.5,12.33\n"
        "P002,2026-04-06,council_payment,2100.00,,,REM-2,,,\n"
        "P002,2026-04-20,expense,45.00,Transport,=Formula Taxis,,\"Taxi, there and back\",,\n"
        "P003,2026-01-05,council_payment,2000.00,,,,,,\n"
        "P003,2026-10-10,return_to_council,250.00,,,,End of ISF,,\n"
        "P001,2026-05-03,adjustment,-1.50,,,,Bank charge,,\n");
    Ledger ledger(*a);
    ledger.reverse(4, QStringLiteral("Wrong hours"), QDate(2026, 4, 15)); // an expense
    ledger.reverse(5, QStringLiteral("Paid to the wrong person"), QDate(2026, 5, 1)); // income
    ledger.reverse(9, QStringLiteral("Refunded by the bank"), QDate(2026, 5, 10)); // an adjustment
    REQUIRE(verifyFile(*a).ok());

    TestFile b;
    copyByExport(a, b);
    CHECK(verifyFile(*b).ok());
    checkSameBalances(a, b,
        { QDate(2026, 3, 31), QDate(2026, 4, 1), QDate(2026, 4, 8), QDate(2026, 4, 14),
            QDate(2026, 4, 15), QDate(2026, 4, 30), QDate(2026, 5, 1), QDate(2026, 5, 9),
            QDate(2026, 5, 10), QDate(2026, 10, 10), QDate(2026, 11, 28) });

    // The records themselves.
    CHECK(exportOf(b, "councils") == exportOf(a, "councils"));
    CHECK(exportOf(b, "people") == exportOf(a, "people"));
    CHECK(exportOf(b, "suppliers") == exportOf(a, "suppliers"));
    CHECK(exportOf(b, "agreements") == exportOf(a, "agreements"));
    CHECK(findSupplier(*b, QStringLiteral("=Formula Taxis"))->notes == u"-looks like a formula");
    const Agreement p3 = *currentAgreement(*b, requirePerson(*b, QStringLiteral("P003")).id);
    CHECK(p3.status == AgreementStatus::Ended);
    CHECK(p3.endedOn == QDate(2026, 9, 27));

    // Reversals go out as reversal rows naming the txn_id they reverse, and come back as
    // reversals of the same entries: kinds, categories and hours as well as balances.
    const QByteArray txns = exportOf(a, "transactions");
    CHECK(txns.contains("P001,2026-04-15,reversal,92.48,Personal care,Ribble Home Care Ltd,INV-1,"
                        "Wrong hours,7.5,12.33,10,4\n"));
    CHECK(txns.contains(
        "P002,2026-05-01,reversal,2100.00,,,REM-2,Paid to the wrong person,,,11,5\n"));
    CHECK(txns.contains("P001,2026-05-10,reversal,-1.50,,,,Refunded by the bank,,,12,9\n"));
    CHECK(txns.contains("P002,2026-04-20,expense,45.00,Transport,'=Formula Taxis,,\"Taxi, there "
                        "and back\",,,6,\n"));
    CHECK(exportOf(b, "transactions") == txns);
    // Exporting the new file and importing again gives the same balances once more.
    TestFile c;
    copyByExport(b, c);
    checkSameBalances(a, c, { QDate(2026, 4, 15), QDate(2026, 11, 28) });
}

TEST_CASE("export as JSON: the same columns, money as numbers, blanks as null")
{
    TestFile t;
    addReferenceData(t);
    importText(t, "transactions",
        "person_ref,date,type,amount,category,supplier,reference,description,hours,rate\n"
        "P001,2026-04-08,expense,,Personal care,,,\"Said \"\"ok\"\"\",7.5,12.33\n");
    CHECK(exportOf(t, "transactions", ExportFormat::Json)
        == "[\n  {\"person_ref\": \"P001\", \"date\": \"2026-04-08\", \"type\": \"expense\", "
           "\"amount\": 92.48, \"category\": \"Personal care\", \"supplier\": null, \"reference\": "
           "null, \"description\": \"Said \\\"ok\\\"\", \"hours\": 7.5, \"rate\": 12.33, "
           "\"txn_id\": 1, \"reverses\": null}\n]\n");
    TestFile empty;
    CHECK(exportOf(empty, "people", ExportFormat::Json) == "[]\n");
    CHECK(exportOf(empty, "people")
              .startsWith("person_ref,given_name,family_name,council,council_ref,"));
}

TEST_CASE("a generated provider survives export and import with every balance the same")
{
    TestFile a;
    GeneratorOptions options;
    options.people = 24;
    options.years = 2;
    options.seed = 11;
    generateProvider(*a, options);
    TestFile b;
    copyByExport(a, b);
    CHECK(verifyFile(*b).ok());
    std::vector<QDate> dates;
    for (QDate d(2024, 12, 15); d <= QDate(2026, 11, 28); d = d.addDays(37))
        dates.push_back(d);
    dates.push_back(QDate(2026, 11, 28));
    checkSameBalances(a, b, dates);
    CHECK(exportOf(b, "people") == exportOf(a, "people"));
    CHECK(exportOf(b, "suppliers") == exportOf(a, "suppliers"));
    CHECK(exportOf(b, "councils") == exportOf(a, "councils"));
    CHECK(exportOf(b, "agreements") == exportOf(a, "agreements"));
}
