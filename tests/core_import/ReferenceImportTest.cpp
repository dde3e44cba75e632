// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
// Councils, people, suppliers and agreements: what each import saves, and every bad
// input with its exact message.
#include "core/import/ImportKind.h"
#include "core/storage/AgreementStore.h"
#include "core/storage/PersonStore.h"
#include "core/storage/ReferenceStore.h"
#include "tests/core_import/ImportSupport.h"

using namespace isf;

TEST_CASE("councils: a preset, changed by any policy parameter given")
{
    TestFile t;
    const ImportResult r = importText(t, "councils",
        "council,preset,payment_interval_weeks,cap_weeks,allow_management_fee,address\n"
        "Lancashire County Council,lancashire,,,,\"County Hall, Preston\"\n"
        "Dorset Council,dorset,4,6,no,\n");
    CHECK(r.added == 2);
    CHECK(describeImport(r) == u"Imported 2 councils from councils.csv (batch 1).");
    const Council lancs = *findCouncil(*t, QStringLiteral("lancashire county council"));
    CHECK(lancs.policy.preset == u"lancashire");
    CHECK(lancs.policy.paymentIntervalWeeks == 4);
    CHECK(lancs.address == u"County Hall, Preston");
    const Council dorset = *findCouncil(*t, QStringLiteral("Dorset Council"));
    CHECK(dorset.policy.paymentIntervalWeeks == 4);
    CHECK(dorset.policy.capWeeks == 6);
    CHECK_FALSE(dorset.policy.allowManagementFee);

    // Importing the same again changes nothing; a changed row updates the council.
    const ImportResult again = importText(t, "councils",
        "council,preset,payment_interval_weeks,cap_weeks,allow_management_fee,address\n"
        "Lancashire County Council,lancashire,,,,\"County Hall, Preston\"\n"
        "Dorset Council,dorset,2,6,no,\n");
    CHECK(again.added == 0);
    CHECK(again.updated == 1);
    CHECK(again.unchanged == 1);
    CHECK(describeImport(again)
        == u"Imported 1 council from councils.csv (batch 2): 0 new, 1 updated, 1 already up to "
           u"date.");
    CHECK(findCouncil(*t, QStringLiteral("Dorset Council"))->policy.paymentIntervalWeeks == 2);
}

TEST_CASE("councils: every bad row is reported and nothing is saved")
{
    TestFile t;
    const QStringList problems = importProblems(t, "councils",
        "council,preset,payment_interval_weeks,allow_shared_costs\n"
        "Kent County Council,kent,,\n"
        "Dorset Council,dorset,0,\n"
        ",custom,,\n"
        "Blackpool Council,custom,,perhaps\n"
        "dorset council,dorset,,\n");
    CHECK(problems
        == QStringList {
            QStringLiteral("councils.csv:2: preset: \"kent\" is not a policy preset: use "
                           "lancashire, dorset, custom"),
            QStringLiteral("councils.csv:3: payment_interval_weeks: must be a whole number from 1 "
                           "to 52, not \"0\""),
            QStringLiteral("councils.csv:4: council: a value is required"),
            QStringLiteral(
                "councils.csv:5: allow_shared_costs: must be yes or no, not \"perhaps\""),
            QStringLiteral("councils.csv:6: council: \"dorset council\" is already on line 3"),
        });
    CHECK(listCouncils(*t).empty());
    CHECK(countRows(t, "import_batches") == 0);
}

TEST_CASE("a file without a required column, or with a column no kind has, is refused")
{
    TestFile t;
    CHECK(importRefusal(t, "people", "person_ref,given_name,family_name,council\nP1,A,B,C\n")
        == u"people.csv:1: missing column(s): council_ref");
    CHECK(importRefusal(t, "people",
              "person_ref,given_name,family_name,council,council_ref,nhs_number\nP1,A,B,C,D,E\n")
        == u"people.csv:1: \"nhs_number\" is not a column of people files; the columns are: "
           "person_ref, given_name, family_name, council, council_ref, preferred_name, "
           "date_of_birth, address, phone, email, representative_name, "
           "representative_relationship, representative_contact, has_capacity, "
           "best_interest_decision, best_interest_date, best_interest_by, care_manager_name, "
           "care_manager_contact, case_worker_name, case_worker_contact, notes");
    CHECK(importRefusal(t, "widgets", "a\n1\n")
        == u"\"widgets\" is not something isf can import: use agreements, budget-bands, "
           "councils, people, questionnaire, suppliers, transactions");
    CHECK(
        importRefusal(t, "people", "") == u"people.csv:1: the file is empty: it has no header row");
}

TEST_CASE(
    "people: BOM, CRLF and quoted fields with commas and line breaks, as spreadsheets write them")
{
    TestFile t;
    t.addCouncil();
    const QByteArray csv
        = "\xEF\xBB\xBF"
          "Person_Ref,given_name,family_name,council,council_ref,address,"
          "date_of_birth,has_capacity,notes\r\n"
          "P001,Alex,Taylor,Lancashire County Council,LCC-1,\"Flat 2, 14 Mill Lane\r\n"
          "Preston\r\nPR1 4XJ\",06/04/1990,yes,\"Says \"\"hello\"\" first\"\r\n"
          "P002,Sam,O'Brien,lancashire county council,LCC-2,,1985-12-01,no,"
          "'=SUM(A1)\r\n"
          "\r\n"
          "P003,Jo,Khan,Lancashire County Council,LCC-3,,31/02/1990,maybe,\r\n";
    const QStringList problems = importProblems(t, "people", csv);
    // The quoted address spans lines 2 to 4, so P002 is on line 5 and P003 on line 7.
    CHECK(problems
        == QStringList {
            QStringLiteral("people.csv:7: date_of_birth: \"31/02/1990\" is not a real date"),
            QStringLiteral("people.csv:7: has_capacity: \"maybe\" is not yes or no") });
    CHECK(listPeople(*t).empty());

    QByteArray fixed = csv;
    fixed.replace("31/02/1990,maybe", "28/02/1990,");
    const ImportResult r = importText(t, "people", fixed);
    CHECK(r.added == 3);
    const Person alex = requirePerson(*t, QStringLiteral("P001"));
    CHECK(alex.address == u"Flat 2, 14 Mill Lane\nPreston\nPR1 4XJ");
    CHECK(alex.dateOfBirth == QDate(1990, 4, 6));
    CHECK(alex.hasCapacity == std::optional<bool>(true));
    CHECK(alex.notes == u"Says \"hello\" first");
    const Person sam = requirePerson(*t, QStringLiteral("P002"));
    CHECK(sam.councilName == u"Lancashire County Council");
    CHECK(sam.hasCapacity == std::optional<bool>(false));
    CHECK(sam.notes == u"=SUM(A1)"); // the export's protective apostrophe comes off again
    CHECK_FALSE(requirePerson(*t, QStringLiteral("P003")).hasCapacity.has_value());
}

TEST_CASE("people: the exact message for each bad field")
{
    TestFile t;
    t.addCouncil();
    const QStringList problems = importProblems(t, "people",
        "person_ref,given_name,family_name,council,council_ref,date_of_birth,best_interest_date\n"
        "P001,Alex,Taylor,Lancashire County Council,L1,,\n"
        "P002,Sam,Jones,Lancs,L2,,\n"
        "P001,Jo,Khan,Lancashire County Council,L3,2027-01-01,\n"
        ",,Smith,,,,yesterday\n");
    CHECK(problems
        == QStringList {
            QStringLiteral("people.csv:3: council: no council named \"Lancs\""),
            QStringLiteral("people.csv:4: person_ref: \"P001\" is already on line 2"),
            QStringLiteral("people.csv:4: date_of_birth: 2027-01-01 is in the future"),
            QStringLiteral("people.csv:5: person_ref: a value is required"),
            QStringLiteral("people.csv:5: given_name: a value is required"),
            QStringLiteral("people.csv:5: council: a value is required"),
            QStringLiteral("people.csv:5: council_ref: a value is required"),
            QStringLiteral("people.csv:5: best_interest_date: \"yesterday\" is not a date: use "
                           "2026-04-06 or 06/04/2026"),
        });
    CHECK(countRows(t, "people") == 0);
}

TEST_CASE("people: a known reference updates only the columns the file has")
{
    TestFile t;
    const Id council = t.addCouncil();
    Person p;
    p.ref = QStringLiteral("P001");
    p.givenName = QStringLiteral("Alex");
    p.familyName = QStringLiteral("Taylor");
    p.councilId = council;
    p.phone = QStringLiteral("01772 100200");
    p.address = QStringLiteral("1 Old Road");
    savePerson(*t, p);
    const ImportResult r = importText(t, "people",
        "person_ref,given_name,family_name,council,council_ref,address\n"
        "P001,Alex,Taylor,Lancashire County Council,LCC-9,2 New Road\n");
    CHECK(r.updated == 1);
    const Person after = requirePerson(*t, QStringLiteral("P001"));
    CHECK(after.address == u"2 New Road");
    CHECK(after.councilRef == u"LCC-9");
    CHECK(after.phone == u"01772 100200"); // not in the file: kept
}

TEST_CASE("suppliers: kinds, dates and every bad field")
{
    TestFile t;
    const ImportResult r = importText(t, "suppliers",
        "name,kind,cqc_number,dbs_checked_on,insurance_expires_on\n"
        "Ribble Home Care Ltd,care provider,1-1234567890,,2027-03-31\n"
        "Jo Smith (PA),pa,,01/09/2025,\n"
        "Fylde Taxis,,,,\n");
    CHECK(r.added == 3);
    const Supplier care = *findSupplier(*t, QStringLiteral("Ribble Home Care Ltd"));
    CHECK(care.kind == SupplierKind::CareProvider);
    CHECK(care.cqcNumber == u"1-1234567890");
    CHECK(care.insuranceExpiresOn == QDate(2027, 3, 31));
    CHECK(
        findSupplier(*t, QStringLiteral("Jo Smith (PA)"))->kind == SupplierKind::PersonalAssistant);
    CHECK(findSupplier(*t, QStringLiteral("Jo Smith (PA)"))->dbsCheckedOn == QDate(2025, 9, 1));
    CHECK(findSupplier(*t, QStringLiteral("Fylde Taxis"))->kind == SupplierKind::Other);

    const QStringList problems = importProblems(t, "suppliers",
        "name,kind,dbs_checked_on\n"
        "Bob's Plumbing,plumber,\n"
        ",shop,\n"
        "Corner Shop,shop,2025-13-01\n");
    CHECK(problems
        == QStringList {
            QStringLiteral(
                "suppliers.csv:2: kind: \"plumber\" is not a supplier kind: use in_house, "
                "care_provider, sole_trader, personal_assistant, transport, shop, other"),
            QStringLiteral("suppliers.csv:3: name: a value is required"),
            QStringLiteral("suppliers.csv:4: dbs_checked_on: \"2025-13-01\" is not a real date"),
        });
    CHECK(listSuppliers(*t).size() == 3);
}

TEST_CASE("agreements: a first version, then a row for the same person adds a new version")
{
    TestFile t;
    addReferenceData(t);
    const ImportResult r = importText(t, "agreements",
        "person_ref,start_date,weekly_budget,weekly_contribution,contribution_percent,"
        "statement_cycle,payment_interval_weeks,review_date,effective_from,uplift_weekly,"
        "uplift_from,uplift_to,uplift_reason,change_reason\n"
        "P001,2026-04-06,944.00,20.50,,4-weekly,,2027-04-05,,,,,,\n"
        "P002,06/04/2026,\"1,200.00\",,12.5%,monthly,4,,,,,,,\n"
        "P001,2026-04-06,980.00,,,,,,2026-06-01,70.00,2026-06-01,2026-06-28,Holiday "
        "support,Review\n");
    CHECK(r.added == 2);
    CHECK(r.updated == 1);
    CHECK(describeImport(r)
        == u"Imported 3 agreements from agreements.csv (batch 3): 2 new, 1 new version of an "
           "existing agreement.");

    const Person p1 = requirePerson(*t, QStringLiteral("P001"));
    const std::vector<Agreement> versions = agreementVersions(*t, p1.id);
    REQUIRE(versions.size() == 2);
    const Agreement &v2 = versions[1];
    CHECK(v2.version == 2);
    CHECK(v2.effectiveFrom == QDate(2026, 6, 1));
    CHECK(v2.changeReason == u"Review");
    CHECK(v2.contributionKind == ContributionKind::Fixed); // kept from version 1
    CHECK(v2.weeklyContribution == gbp(u"20.50"));
    CHECK(v2.reviewDate == QDate(2027, 4, 5));
    CHECK(v2.weeklyBudgetOn(QDate(2026, 5, 31)) == gbp(u"944.00"));
    CHECK(v2.weeklyBudgetOn(QDate(2026, 6, 1)) == gbp(u"1050.00")); // 980 + 70 uplift
    CHECK(v2.weeklyBudgetOn(QDate(2026, 6, 29)) == gbp(u"980.00"));
    CHECK(versions[0].weeklyBudgetOn(QDate(2026, 6, 1)) == gbp(u"944.00")); // untouched

    const Agreement p2 = *currentAgreement(*t, requirePerson(*t, QStringLiteral("P002")).id);
    CHECK(p2.contributionKind == ContributionKind::Percent);
    CHECK(p2.contributionPercentBp == 1250);
    CHECK(p2.weeklyContributionOn(QDate(2026, 4, 6)) == gbp(u"150.00"));
    CHECK(p2.statementCycle == StatementCycle::Monthly);
    CHECK(p2.policyOverrides
        == std::vector<std::pair<QString, QString>> {
            { QStringLiteral("payment_interval_weeks"), QStringLiteral("4") } });

    // The same file again: every row matches a version already there.
    const ImportResult again = importText(t, "agreements",
        "person_ref,start_date,weekly_budget,weekly_contribution,contribution_percent,"
        "statement_cycle,payment_interval_weeks,review_date,effective_from,uplift_weekly,"
        "uplift_from,uplift_to,uplift_reason,change_reason\n"
        "P001,2026-04-06,944.00,20.50,,4-weekly,,2027-04-05,,,,,,\n"
        "P002,06/04/2026,\"1,200.00\",,12.5%,monthly,4,,,,,,,\n"
        "P001,2026-04-06,980.00,,,,,,2026-06-01,70.00,2026-06-01,2026-06-28,Holiday "
        "support,Review\n");
    CHECK(again.added + again.updated == 0);
    CHECK(again.unchanged == 3);
    CHECK(agreementVersions(*t, p1.id).size() == 2);
}

TEST_CASE("agreements: the exact message for each bad field")
{
    TestFile t;
    addReferenceData(t);
    const QStringList problems = importProblems(t, "agreements",
        "person_ref,start_date,weekly_budget,end_date,weekly_contribution,contribution_percent,"
        "status,statement_cycle,uplift_weekly,uplift_from,uplift_to,cap_weeks,effective_from\n"
        "P009,2026-04-06,944.00,,,,,,,,,,\n"
        "P001,2026-04-06,abc,,,,,,,,,,\n"
        "P002,2026-04-06,500.00,2026-01-01,10.00,5,,,,,,,\n"
        "P003,2026-04-06,-1.00,,,12.555,paused,fortnightly,,,,,\n"
        "P001,2026-04-06,944.00,,,,,,50.00,2026-05-01,,0,2026-04-01\n"
        "P003,,,,,,,,,,,,\n");
    CHECK(problems
        == QStringList {
            QStringLiteral("agreements.csv:2: person_ref: no person with reference \"P009\""),
            QStringLiteral(
                "agreements.csv:3: weekly_budget: \"abc\" is not an amount of money: "
                "use only digits, a decimal point and commas (such as 1,234.50), not \"a\""),
            QStringLiteral("agreements.csv:4: contribution_percent: give a weekly contribution or "
                           "a percentage, not both"),
            QStringLiteral(
                "agreements.csv:4: end_date: 2026-01-01 is before the start date 2026-04-06"),
            QStringLiteral("agreements.csv:5: weekly_budget: cannot be negative"),
            QStringLiteral("agreements.csv:5: status: \"paused\" is not an agreement status: use "
                           "draft, active, notice or ended"),
            QStringLiteral("agreements.csv:5: statement_cycle: \"fortnightly\" is not a statement "
                           "cycle: use 4-weekly or monthly"),
            QStringLiteral("agreements.csv:5: contribution_percent: \"12.555\" is not a percentage "
                           "from 0 to 100 (e.g. 12.5)"),
            QStringLiteral(
                "agreements.csv:6: effective_from: 2026-04-01 is before the start date 2026-04-06"),
            QStringLiteral(
                "agreements.csv:6: cap_weeks: must be a whole number from 1 to 520, not \"0\""),
            QStringLiteral("agreements.csv:6: uplift_to: a temporary uplift needs uplift_weekly, "
                           "uplift_from and uplift_to"),
            QStringLiteral("agreements.csv:7: start_date: a value is required"),
            QStringLiteral("agreements.csv:7: weekly_budget: a value is required"),
        });
    CHECK(countRows(t, "agreements") == 0);
}

TEST_CASE("the registry: kinds can be added in one line and list their columns")
{
    const ImportKind *people = ImportRegistry::find(QStringLiteral("People"));
    REQUIRE(people);
    CHECK(people->required.join(u',') == u"person_ref,given_name,family_name,council,council_ref");
    ImportRegistry::add({ QStringLiteral("notes"), { QStringLiteral("person_ref") }, {},
        QStringLiteral("Test kind."), [](ImportContext &ctx) {
            ctx.forEachRow([&](const CsvRow &row) {
                ++ctx.result().rows;
                ++ctx.result().added;
                if (importCell(row, ctx.column(u"person_ref")) == u"bad")
                    ctx.errors().add(row.line(), u"person_ref", QStringLiteral("is bad"));
            });
        } });
    CHECK(ImportRegistry::names().contains(QStringLiteral("notes")));
    TestFile t;
    CHECK(importText(t, "notes", "person_ref\nP1\nP2\n").added == 2);
    CHECK(importProblems(t, "notes", "person_ref\nP1\nbad\n")
        == QStringList { QStringLiteral("notes.csv:3: person_ref: is bad") });
}

TEST_CASE("agreements: the delivery plan, a line a row, and a new version keeps the plan before it")
{
    TestFile t;
    addReferenceData(t);
    importText(t, "suppliers", "name,kind\nRibble Home Care Ltd,care_provider\n");
    const QByteArray header
        = "person_ref,start_date,weekly_budget,effective_from,plan_service,plan_supplier,"
          "plan_hours_per_week,plan_hourly_rate,plan_weekly_cost,plan_bankable,plan_outcome\n";
    const ImportResult r = importText(t, "agreements",
        header
            + "P001,2026-04-06,944.00,,Personal care,Ribble Home Care Ltd,20,21.86,,yes,Stay safe "
              "at home\n"
              "P001,,,,Day service,Stour Day Centre,,,130.00,no,See friends\n"
              "P001,,,,Activities,,,,35.00,,\n"
              "P001,2026-04-06,980.00,2026-10-05,,,,,,,\n");
    CHECK(r.added == 1);
    CHECK(r.updated == 1);
    CHECK(r.addedSuppliers == QStringList { QStringLiteral("Stour Day Centre") });
    const std::vector<Agreement> versions
        = agreementVersions(*t, requirePerson(*t, QStringLiteral("P001")).id);
    REQUIRE(versions.size() == 2);
    for (const Agreement &a : versions) {
        REQUIRE(a.plan.size() == 3);
        CHECK(a.plan[0].service == u"Personal care");
        CHECK(a.plan[0].supplierName == u"Ribble Home Care Ltd");
        CHECK(a.plan[0].hoursPerWeek == std::optional<Hours>(Hours::whole(20)));
        CHECK(a.plan[0].weeklyCost == gbp(u"437.20")); // 20 x 21.86
        CHECK(a.plan[0].bankable);
        CHECK(a.plan[0].outcome == u"Stay safe at home");
        CHECK(a.plan[1].supplierName == u"Stour Day Centre");
        CHECK(a.plan[1].weeklyCost == gbp(u"130.00"));
        CHECK_FALSE(a.plan[1].hoursPerWeek.has_value());
        CHECK(a.plan[2].supplierId == 0);
    }

    const QStringList problems = importProblems(t, "agreements",
        header
            + "P002,,,,Orphan line,,,,10.00,,\n"
              "P002,2026-04-06,600.00,,Personal care,,10,,,,\n"
              "P002,,,,,,,,,maybe,\n"
              "P003,2026-04-06,500.00,,Support,,10,20.00,150.00,,\n"
              "P002,,,,Late line,,,,5.00,,\n");
    CHECK(problems
        == QStringList {
            QStringLiteral("agreements.csv:2: person_ref: a plan row (plan_* cells only) follows "
                           "the row of the agreement version it belongs to, for the same person"),
            QStringLiteral("agreements.csv:3: plan_hourly_rate: hours a week and hourly rate go "
                           "together: give both, or neither"),
            QStringLiteral("agreements.csv:4: plan_service: a value is required"),
            QStringLiteral("agreements.csv:4: plan_bankable: \"maybe\" is not yes or no"),
            QStringLiteral("agreements.csv:4: plan_weekly_cost: is empty (give a weekly cost, or "
                           "hours and rate)"),
            QStringLiteral("agreements.csv:5: plan_weekly_cost: 150.00 is not hours x rate (10 x "
                           "20.00 = 200.00); leave it blank to use hours x rate"),
            QStringLiteral("agreements.csv:6: person_ref: a plan row (plan_* cells only) follows "
                           "the row of the agreement version it belongs to, for the same person"),
        });
}
