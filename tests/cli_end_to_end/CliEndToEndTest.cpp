// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
// The `isf` tool end to end, as a finance officer or a script drives it: the real
// binary run with QProcess on a pinned clock (ISF_NOW) and user (ISF_USER), its exact
// output, exit statuses, and a row changed behind its back.
#include "tests/support/TempDir.h"
#include "tests/support/catch.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace {

struct Run {
    int exit = -1;
    QString out, err;
};

class Isf {
public:
    Isf() = default;
    QString path(const QString &name) const { return m_dir.path(name); }

    Run operator()(const QStringList &args) const
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ISF_NOW"), QStringLiteral("2026-11-28"));
        env.insert(QStringLiteral("ISF_USER"), QStringLiteral("clerk"));
        p.setProcessEnvironment(env);
        p.setWorkingDirectory(m_dir.root());
        p.start(QStringLiteral(ISF_CLI_PATH), args);
        REQUIRE(p.waitForFinished(120000));
        return { p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError()) };
    }
    // Runs and requires exit status 0, returning standard output.
    QString ok(const QStringList &args) const
    {
        const Run r = (*this)(args);
        INFO("isf " << args.join(u' ').toStdString() << "\n" << r.err.toStdString());
        REQUIRE(r.exit == 0);
        CHECK(r.err.isEmpty());
        return r.out;
    }
    void write(const QString &name, const QByteArray &content) const
    {
        writeTextFile(path(name), content);
    }

private:
    TempDir m_dir;
};

QStringList args(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *a : list)
        out << QString::fromUtf8(a);
    return out;
}

// A provider with two councils, a supplier, two people and their agreements, and the
// first month's entries, all through `isf import`.
void setUp(const Isf &isf)
{
    isf.write(QStringLiteral("councils.csv"),
        "council,preset,payment_interval_weeks,contact_email\n"
        "Lancashire County Council,lancashire,,isf@lancashire.example\n"
        "Dorset Council,dorset,2,\n");
    isf.write(QStringLiteral("suppliers.csv"),
        "name,kind,cqc_number\nRibble Home Care Ltd,care_provider,1-1234567890\n");
    // As a spreadsheet saves it: BOM, CRLF, an address over two lines.
    isf.write(QStringLiteral("people.csv"),
        "\xEF\xBB\xBFperson_ref,given_name,family_name,council,council_ref,address\r\n"
        "P001,Alex,Taylor,Lancashire County Council,LCC-1,\"1 Mill Lane\r\nPreston\"\r\n"
        "P002,Sam,Jones,Dorset Council,DC-2,\r\n");
    isf.write(QStringLiteral("agreements.csv"),
        "person_ref,start_date,weekly_budget,weekly_contribution\n"
        "P001,2026-04-06,944.00,20.50\n"
        "P002,06/04/2026,600.00,\n");
    isf.write(QStringLiteral("transactions.csv"),
        "person_ref,date,type,amount,category,supplier,reference,description,hours,rate\n"
        "P001,2026-04-06,council_payment,3694.00,,,REM-1,4 weeks in advance,,\n"
        "P001,2026-04-07,contribution,20.50,,,,,,\n"
        "P001,2026-04-13,expense,,Personal care,Ribble Home Care Ltd,INV-1,Home care,7.5,22.50\n"
        "P002,2026-04-06,council_payment,1200.00,,,REM-2,,,\n"
        "P002,2026-04-20,expense,45.00,Transport,Fylde Taxis,,\"Taxi, there and back\",,\n");
    CHECK(isf.ok(args({ "init", "p.isf", "--provider-name", "Bluebell Support Ltd" }))
              .startsWith(u"Created p.isf for Bluebell Support Ltd.\nSigning key "));
    CHECK(isf.ok(args({ "import", "p.isf", "councils", "councils.csv" }))
        == u"Imported 2 councils from councils.csv (batch 1).\n");
    CHECK(isf.ok(args({ "import", "p.isf", "suppliers", "suppliers.csv" }))
        == u"Imported 1 supplier from suppliers.csv (batch 2).\n");
    CHECK(isf.ok(args({ "import", "p.isf", "people", "people.csv" }))
        == u"Imported 2 people from people.csv (batch 3).\n");
    CHECK(isf.ok(args({ "import", "p.isf", "agreements", "agreements.csv" }))
        == u"Imported 2 agreements from agreements.csv (batch 4).\n");
    CHECK(isf.ok(args({ "import", "p.isf", "transactions", "transactions.csv" }))
        == u"Imported 5 transactions from transactions.csv (batch 5). Added to the supplier "
           "register: Fylde Taxis.\n");
}

} // namespace

TEST_CASE("isf: import, post, reverse, balances in every format, ledger, verify")
{
    Isf isf;
    setUp(isf);

    // The same transactions again are refused, and nothing changes.
    const Run again = isf(args({ "import", "p.isf", "transactions", "transactions.csv" }));
    CHECK(again.exit == 1);
    CHECK(again.out.isEmpty());
    CHECK(again.err
        == u"isf import: transactions.csv: these transactions were already imported on 28 "
           "November 2026 by clerk (batch 5, from \"transactions.csv\", 5 rows); nothing was "
           "imported. If they really are new entries, check the file against the ledger first.\n");

    CHECK(isf.ok(args(
              { "post", "p.isf", "--person", "P001", "--date", "2026-05-01", "--type", "expense",
                  "--amount", "25.00", "--category", "Activities", "--description", "Swimming" }))
        == u"Posted transaction 6: Expense of £25.00 for P001 on 2026-05-01. Balance that day: "
           "£3,520.75.\n");
    CHECK(
        isf.ok(args({ "reverse", "p.isf", "3", "--reason", "Wrong hours", "--date", "2026-05-02" }))
        == u"Posted transaction 7, reversing transaction 3.\n");

    CHECK(isf.ok(args({ "balances", "p.isf", "--as-of", "2026-05-31" }))
        == u"person_ref    balance  contribution_arrears  banked_hours\n"
           "P001        £3,689.50               £143.50\n"
           "P002        £1,155.00                 £0.00\n");
    CHECK(isf.ok(args({ "balances", "p.isf", "--as-of", "2026-05-31", "--format", "csv" }))
        == u"person_ref,balance,contribution_arrears,banked_hours\n"
           "P001,3689.50,143.50,\n"
           "P002,1155.00,0.00,\n");
    CHECK(isf.ok(args({ "balances", "p.isf", "--as-of", "30/04/2026", "--format", "json" }))
        == u"[\n"
           "  {\"person_ref\": \"P001\", \"balance\": 3545.75, \"contribution_arrears\": 61.50, "
           "\"banked_hours\": null},\n"
           "  {\"person_ref\": \"P002\", \"balance\": 1155.00, \"contribution_arrears\": 0.00, "
           "\"banked_hours\": null}\n"
           "]\n");

    CHECK(isf.ok(args({ "ledger", "p.isf", "P001" }))
        == u"txn_id  date        type                     category       supplier              "
           "reference  description         hours    rate   money_in  money_out    balance\n"
           "        2026-04-06  opening balance                                                   "
           "                                                                    £0.00\n"
           "     1  2026-04-06  council_payment                                               "
           "REM-1      4 weeks in advance                 £3,694.00             £3,694.00\n"
           "     2  2026-04-07  contribution                                                  "
           "                                                 £20.50             £3,714.50\n"
           "     3  2026-04-13  expense (reversed by 7)  Personal care  Ribble Home Care Ltd  "
           "INV-1      Home care             7.5  £22.50               £168.75  £3,545.75\n"
           "     6  2026-05-01  expense                  Activities                           "
           "           Swimming                                         £25.00  £3,520.75\n"
           "     7  2026-05-02  reversal of 3            Personal care  Ribble Home Care Ltd  "
           "INV-1      Wrong hours           7.5  £22.50    £168.75             £3,689.50\n"
           "P001 Alex Taylor: 5 entries from 2026-04-06 to 2026-11-28; opening £0.00, closing "
           "£3,689.50.\n");
    CHECK(isf.ok(args({ "ledger", "p.isf", "P001", "--from", "2026-04-10", "--format", "csv" }))
        == u"txn_id,date,type,category,supplier,reference,description,hours,rate,money_in,"
           "money_out,balance\n"
           "3,2026-04-13,expense (reversed by 7),Personal care,Ribble Home Care Ltd,INV-1,"
           "Home care,7.5,22.50,,168.75,3545.75\n"
           "6,2026-05-01,expense,Activities,,,Swimming,,,,25.00,3520.75\n"
           "7,2026-05-02,reversal of 3,Personal care,Ribble Home Care Ltd,INV-1,Wrong hours,"
           "7.5,22.50,168.75,,3689.50\n");

    const QString verified = isf.ok(args({ "verify", "p.isf" }));
    CHECK(verified.startsWith(
        QStringLiteral("ok       SQLite integrity: ok\n"
                       "ok       Every transaction balances.\n"
                       "ok       Hash chain unbroken over 7 transactions (head ")));
    CHECK(verified.contains(
        QStringLiteral("ok       Month totals match the postings.\n"
                       "ok       Client bank balance £4,844.50 equals the sum of the funds.\n")));
    CHECK(verified.contains(QStringLiteral("ok       The ledger's 7 transactions are the ones the "
                                           "journal records.\n")));

    // The export of people is what was imported, in the import's layout.
    CHECK(isf.ok(args({ "export", "p.isf", "people" }))
        == u"person_ref,given_name,family_name,council,council_ref,preferred_name,date_of_birth,"
           "address,phone,email,representative_name,representative_relationship,"
           "representative_contact,has_capacity,best_interest_decision,best_interest_date,"
           "best_interest_by,care_manager_name,care_manager_contact,case_worker_name,"
           "case_worker_contact,notes\n"
           "P001,Alex,Taylor,Lancashire County Council,LCC-1,,,\"1 Mill Lane\nPreston\","
           ",,,,,,,,,,,,,\n"
           "P002,Sam,Jones,Dorset Council,DC-2,,,,,,,,,,,,,,,,,\n");
}

TEST_CASE("isf verify: a row changed outside ISF Desk fails verify (exit 3) and is named")
{
    Isf isf;
    setUp(isf);
    {
        // What someone with the sqlite3 shell could do.
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        db.setDatabaseName(isf.path(QStringLiteral("p.isf")));
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral(
            "UPDATE transactions SET description = 'Home care (edited)' WHERE id = 3")));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
    const Run r = isf(args({ "verify", "p.isf" }));
    CHECK(r.exit == 3);
    CHECK(r.out.contains(QStringLiteral(
        "PROBLEM  Transaction 3 (2026-04-13, expense, 168.75) was altered: its content no longer "
        "matches its hash.\n")));
    CHECK(r.err == u"isf verify: 1 problem(s) found; the first bad transaction is 3.\n");
}

TEST_CASE("isf import: a bad file lists every bad row on standard error and imports nothing")
{
    Isf isf;
    setUp(isf);
    isf.write(QStringLiteral("more.csv"),
        "person_ref,date,type,amount,category,supplier,reference,description,hours,rate\n"
        "P001,2026-05-04,council_payment,100.00,,,,,,\n"
        "P003,2026-05-04,contribution,20.50,,,,,,\n"
        "P001,2026-05-05,expense,10.00,Food,New Shop Ltd,,,,\n"
        "P002,31/04/2026,expense,10.00,Transport,,,,,\n");
    const QString before = isf.ok(args({ "balances", "p.isf", "--format", "csv" }));
    const Run r = isf(args({ "import", "p.isf", "transactions", "more.csv" }));
    CHECK(r.exit == 1);
    CHECK(r.out.isEmpty());
    CHECK(r.err
        == u"more.csv:3: person_ref: no person with reference \"P003\"\n"
           "more.csv:4: category: \"Food\" is not a category; the categories are: Personal care, "
           "Commissioned care, Personal assistant, Equipment, Activities, Transport, Household, "
           "Management fee, Shared support, Other\n"
           "more.csv:5: date: \"31/04/2026\" is not a real date\n"
           "isf import: 3 problems in more.csv; nothing was imported.\n");
    CHECK(isf.ok(args({ "balances", "p.isf", "--format", "csv" })) == before);
    CHECK_FALSE(
        isf.ok(args({ "export", "p.isf", "suppliers" })).contains(QStringLiteral("New Shop")));

    isf.write(QStringLiteral("short.csv"), "person_ref,given_name\nP9,Jo\n");
    const Run header = isf(args({ "import", "p.isf", "people", "short.csv" }));
    CHECK(header.exit == 1);
    CHECK(header.err
        == u"isf import: short.csv:1: missing column(s): family_name, council, council_ref\n"
           "Nothing was imported.\n");
}

TEST_CASE("isf export then import into a new file gives the same balances")
{
    Isf isf;
    setUp(isf);
    isf.ok(args({ "reverse", "p.isf", "4", "--reason", "Paid to the wrong person", "--date",
        "2026-05-01" }));
    isf.ok(args({ "reverse", "p.isf", "2", "--reason", "Payment returned unpaid", "--date",
        "2026-04-20" }));
    // A delivery plan with bankable hours, so that the hours bank has something to keep.
    isf.write(QStringLiteral("plan.csv"),
        "person_ref,start_date,weekly_budget,plan_service,plan_supplier,plan_hours_per_week,"
        "plan_hourly_rate,plan_bankable\n"
        "P002,2026-04-06,600.00,Community support,Fylde Taxis,10,22.00,yes\n");
    CHECK(isf.ok(args({ "import", "p.isf", "agreements", "plan.csv" }))
        == u"Imported 1 agreement from plan.csv (batch 6): 0 new, 1 new version of an existing "
           "agreement.\n");
    CHECK(isf.ok(args({ "balances", "p.isf", "--format", "csv" }))
              .contains(QStringLiteral("\nP002,")));
    for (const char *kind : { "councils", "suppliers", "people", "agreements", "transactions" }) {
        const QString file = QStringLiteral("out-%1.csv").arg(QLatin1String(kind));
        CHECK(isf.ok(args({ "export", "p.isf", kind, "-o", file.toUtf8().constData() }))
                  .startsWith(QStringLiteral("Exported ")));
    }
    QFile exported(isf.path(QStringLiteral("out-transactions.csv")));
    REQUIRE(exported.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(exported.readAll())
        == isf.ok(args({ "export", "p.isf", "transactions" })));
    CHECK(isf.ok(args({ "export", "p.isf", "transactions" }))
              .endsWith(QStringLiteral(
                  "P002,2026-05-01,reversal,1200.00,,,REM-2,Paid to the wrong person,,,6,4\n"
                  "P001,2026-04-20,reversal,20.50,,,,Payment returned unpaid,,,7,2\n")));

    isf.ok(args({ "init", "copy.isf", "--provider-name", "Bluebell Support Ltd" }));
    for (const char *kind : { "councils", "suppliers", "people", "agreements", "transactions" })
        isf.ok(args({ "import", "copy.isf", kind,
            QStringLiteral("out-%1.csv").arg(QLatin1String(kind)).toUtf8().constData() }));
    for (const char *date :
        { "2026-04-06", "2026-04-13", "2026-04-30", "2026-05-01", "2026-11-28" }) {
        INFO(date);
        CHECK(isf.ok(args({ "balances", "copy.isf", "--as-of", date, "--format", "csv" }))
            == isf.ok(args({ "balances", "p.isf", "--as-of", date, "--format", "csv" })));
    }
    CHECK(isf(args({ "verify", "copy.isf" })).exit == 0);
    // The same ledger, reversals and all (numbers, kinds, categories, hours, balances).
    for (const char *person : { "P001", "P002" })
        CHECK(isf.ok(args({ "ledger", "copy.isf", person, "--format", "csv" }))
            == isf.ok(args({ "ledger", "p.isf", person, "--format", "csv" })));
}

TEST_CASE("isf generate: the same seed gives the same file content")
{
    Isf isf;
    const QString made
        = isf.ok(args({ "generate", "a.isf", "--people", "6", "--years", "1", "--seed", "9" }));
    CHECK(made.startsWith(QStringLiteral("Generated a.isf: 6 people, 4 councils, ")));
    CHECK(made.endsWith(QStringLiteral(" from 2025-11-29 to 2026-11-28.\n")));
    isf.ok(args({ "generate", "b.isf", "--people", "6", "--years", "1", "--seed", "9" }));
    isf.ok(args({ "generate", "c.isf", "--people", "6", "--years", "1", "--seed", "10" }));
    const QString a = isf.ok(args({ "export", "a.isf", "transactions" }));
    CHECK(a.count(u'\n') > 300);
    CHECK(a == isf.ok(args({ "export", "b.isf", "transactions" })));
    CHECK(a != isf.ok(args({ "export", "c.isf", "transactions" })));
    const QRegularExpression head(QStringLiteral("head ([0-9a-f]{16})"));
    const QString headA = head.match(isf.ok(args({ "verify", "a.isf" }))).captured(1);
    CHECK(headA.size() == 16);
    CHECK(headA == head.match(isf.ok(args({ "verify", "b.isf" }))).captured(1));
    CHECK(headA != head.match(isf.ok(args({ "verify", "c.isf" }))).captured(1));

    // An existing file is never overwritten (or removed).
    const Run exists = isf(args({ "generate", "a.isf", "--people", "6" }));
    CHECK(exists.exit == 1);
    CHECK(exists.err == u"isf generate: a.isf already exists; choose a new file name.\n");
    CHECK(QFile::exists(isf.path(QStringLiteral("a.isf"))));
}

TEST_CASE("isf: every command answers --help with exit status 0")
{
    Isf isf;
    const QString overview = isf.ok(args({ "--help" }));
    QStringList commands;
    bool inList = false;
    for (const QString &line : overview.split(u'\n')) {
        if (line == u"Commands:") {
            inList = true;
            continue;
        }
        if (inList && line.startsWith(QStringLiteral("  ")))
            commands << line.trimmed().section(u' ', 0, 0);
        else if (inList)
            break;
    }
    for (const char *mine : { "import", "export", "generate", "init", "post", "reverse", "balances",
             "ledger", "verify" })
        CHECK(commands.contains(QString::fromLatin1(mine)));
    for (const QString &command : commands) {
        INFO(command.toStdString());
        const Run r = isf({ command, QStringLiteral("--help") });
        if (r.exit != 0 && r.err.contains(QStringLiteral("no document support")))
            continue; // a command that draws PDFs, in a build without the GUI parts
        CHECK(r.exit == 0);
        CHECK(r.out.startsWith(QStringLiteral("Usage: ")));
        CHECK(r.err.isEmpty());
    }
}

TEST_CASE("isf: a wrong command line exits 2 with a message naming what is wrong")
{
    Isf isf;
    isf.ok(args({ "init", "p.isf", "--provider-name", "Bluebell Support Ltd" }));
    struct Case {
        std::initializer_list<const char *> args;
        const char *message;
    };
    const Case cases[] = {
        { { "frobnicate" },
            "isf: unknown command \"frobnicate\". Run 'isf --help' for the list.\n" },
        { { "import" }, "isf import: give FILE, KIND and CSV\n" },
        { { "import", "p.isf", "widgets", "x.csv" },
            "isf import: KIND must be agreements, budget-bands, councils, hours, people, "
            "questionnaire, remittances, suppliers, transactions, not \"widgets\"\n" },
        { { "export", "p.isf" }, "isf export: give FILE and KIND\n" },
        { { "export", "p.isf", "budgets" },
            "isf export: KIND must be councils, people, agreements, suppliers, transactions, "
            "questionnaire, budget-bands, not \"budgets\"\n" },
        { { "export", "p.isf", "people", "--format", "xml" },
            "isf export: --format: \"xml\" is not an export format: use csv or json\n" },
        { { "generate", "g.isf", "--people", "0" },
            "isf generate: --people must be a whole number from 1 to 20000, not \"0\"\n" },
        { { "generate", "g.isf", "--years", "ten" },
            "isf generate: --years must be a whole number from 1 to 10, not \"ten\"\n" },
        { { "balances", "p.isf", "--format", "xml" },
            "isf balances: --format must be table, csv or json, not \"xml\"\n" },
        { { "reverse", "p.isf", "abc", "--reason", "x" },
            "isf reverse: TXN_ID must be a transaction number, not \"abc\"\n" },
        { { "post", "p.isf", "--person", "P001", "--date", "2026-05-01" },
            "isf post: --type is required\n" },
        { { "ledger", "p.isf" }, "isf ledger: give FILE and PERSON_REF\n" },
    };
    for (const Case &c : cases) {
        const QStringList a = args(c.args);
        INFO("isf " << a.join(u' ').toStdString());
        const Run r = isf(a);
        CHECK(r.exit == 2);
        CHECK(r.err.section(u'\n', 0, 0) + u'\n' == QString::fromUtf8(c.message));
    }
    CHECK_FALSE(QFile::exists(isf.path(QStringLiteral("g.isf"))));
}
