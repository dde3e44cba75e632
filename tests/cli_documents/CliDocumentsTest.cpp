// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
// The documents through the `isf` tool: statement (issued, closing its period, or a
// draft), statements for everyone on all cores, agreement (FIN3) and letters.
#include "core/ledger/Ledger.h"
#include "core/rules/Lifecycle.h"
#include "core/statements/StatementsIssued.h"
#include "core/util/Errors.h"
#include "tests/core_statements/StatementScenario.h"
#include "tests/reports_documents/PdfText.h"
#include "tests/support/catch.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>

using namespace isf;
using scenario::d;

namespace {

struct Run {
    int exit = -1;
    QString out, err;
};

Run runIsf(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ISF_NOW"), QStringLiteral("2026-11-28T12:00:00Z"));
    env.insert(QStringLiteral("ISF_USER"), QStringLiteral("clerk"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(ISF_CLI_PATH), args);
    REQUIRE(p.waitForFinished(120000));
    return { p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
        QString::fromUtf8(p.readAllStandardError()) };
}

// A build without the GUI parts (ISF_BUILD_GUI=OFF) has no document commands.
bool haveDocuments()
{
    static const bool have = [] {
        QProcess p;
        p.start(QStringLiteral(ISF_CLI_PATH), { QStringLiteral("--help") });
        p.waitForFinished(60000);
        return QString::fromUtf8(p.readAllStandardOutput())
            .contains(QStringLiteral("  statements "));
    }();
    if (!have)
        WARN("isf was built without the document commands (ISF_BUILD_GUI=OFF): skipped");
    return have;
}

QString sha256Of(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QString::fromLatin1(
        QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex());
}

NewEntry expenseOn(TestFile &t, const scenario::Ids &ids, const QDate &date)
{
    NewEntry e;
    e.kind = TxnKind::Expense;
    e.personId = ids.alex;
    e.date = date;
    e.amount = gbp(u"10.00");
    e.categoryId = findCategory(*t, QStringLiteral("Personal care"))->id;
    e.supplierId = ids.sunrise;
    return e;
}

} // namespace

TEST_CASE("isf statement writes the PDF, records it as issued and closes the period")
{
    if (!haveDocuments())
        return;
    TestFile t;
    const scenario::Ids ids = scenario::build(t);
    const QString pdf = t.dir.path(QStringLiteral("alex.pdf"));
    const Run r = runIsf({ QStringLiteral("statement"), t.path, QStringLiteral("P0001"),
        QStringLiteral("--period-ending"), QStringLiteral("2026-05-03"), QStringLiteral("--out"),
        pdf });
    INFO(r.err.toStdString());
    REQUIRE(r.exit == 0);
    CHECK(r.out.contains(QStringLiteral("closing £804.50")));
    CHECK(r.out.contains(QStringLiteral("Issued")));
    pdftext::keepPdf(pdf, QStringLiteral("cli-statement.pdf"));
    CHECK(pdftext::squeezed(pdf).contains(QStringLiteral("Closing balance on 3 May 2026 £804.50")));

    const std::vector<StatementIssue> issued = listStatementsIssued(*t, ids.alex);
    REQUIRE(issued.size() == 1);
    CHECK(issued[0].period == scenario::firstPeriod());
    CHECK(issued[0].closingBalance == gbp(u"804.50"));
    CHECK(issued[0].issuedBy == u"clerk");
    CHECK_FALSE(issued[0].easyRead);
    CHECK(issued[0].documentSha256 == sha256Of(pdf));
    CHECK(closedThrough(*t, ids.alex) == d(2026, 5, 3));

    // The period is closed: a late entry is refused, one in the next period is not.
    Ledger ledger(*t);
    CHECK_THROWS_AS(ledger.post(expenseOn(t, ids, d(2026, 5, 2))), LedgerError);
    CHECK_NOTHROW(ledger.post(expenseOn(t, ids, d(2026, 5, 4))));
    // Sam's periods are still open.
    CHECK_FALSE(closedThrough(*t, ids.sam).isValid());
}

TEST_CASE("isf statement --draft records nothing; --easy-read; wrong dates are explained")
{
    if (!haveDocuments())
        return;
    TestFile t;
    const scenario::Ids ids = scenario::build(t);
    const QString pdf = t.dir.path(QStringLiteral("draft.pdf"));
    Run r = runIsf({ QStringLiteral("statement"), t.path, QStringLiteral("P0001"),
        QStringLiteral("--period-ending"), QStringLiteral("2026-05-03"), QStringLiteral("--out"),
        pdf, QStringLiteral("--draft"), QStringLiteral("--easy-read") });
    INFO(r.err.toStdString());
    REQUIRE(r.exit == 0);
    CHECK(listStatementsIssued(*t, ids.alex).empty());
    const QString text = pdftext::flat(pdf);
    CHECK(text.contains(QStringLiteral("DRAFT: not issued")));
    CHECK(text.contains(QStringLiteral("Money left £804.50")));
    CHECK(pdftext::pageCount(pdf) <= 2);

    r = runIsf({ QStringLiteral("statement"), t.path, QStringLiteral("P0001"),
        QStringLiteral("--period-ending"), QStringLiteral("2026-05-05"), QStringLiteral("--out"),
        pdf });
    CHECK(r.exit == 1);
    CHECK(r.err.contains(QStringLiteral("no statement period ending on 2026-05-05")));
    CHECK(r.err.contains(QStringLiteral("2026-05-03 and 2026-05-31")));

    // Not over yet: only a draft.
    r = runIsf({ QStringLiteral("statement"), t.path, QStringLiteral("P0001"),
        QStringLiteral("--period-ending"), QStringLiteral("2026-12-13"), QStringLiteral("--out"),
        pdf });
    CHECK(r.exit == 2);
    CHECK(r.err.contains(QStringLiteral("--draft")));

    r = runIsf({ QStringLiteral("statement"), t.path, QStringLiteral("P0999"),
        QStringLiteral("--period-ending"), QStringLiteral("2026-05-03"), QStringLiteral("--out"),
        pdf });
    CHECK(r.exit == 1);
    CHECK(r.err.contains(QStringLiteral("P0999")));
}

TEST_CASE("isf statements prints everyone whose period ends, one PDF each, with progress")
{
    if (!haveDocuments())
        return;
    TestFile t;
    const scenario::Ids ids = scenario::build(t);
    const QString dir = t.dir.path(QStringLiteral("out"));
    Run r = runIsf({ QStringLiteral("statements"), t.path, QStringLiteral("--period-ending"),
        QStringLiteral("2026-05-03"), QStringLiteral("--out"), dir, QStringLiteral("--draft") });
    INFO(r.out.toStdString() << r.err.toStdString());
    REQUIRE(r.exit == 0);
    CHECK(r.err.contains(QStringLiteral("Statements: 2 of 2")));
    CHECK(r.out.contains(QStringLiteral("Wrote 2 of 2 statements for 2 people")));
    QStringList files = QDir(dir).entryList(QDir::Files, QDir::Name);
    CHECK(files
        == QStringList {
            QStringLiteral("P0001-2026-05-03.pdf"), QStringLiteral("P0002-2026-05-03.pdf") });
    CHECK(pdftext::squeezed(QDir(dir).filePath(files.value(1)))
              .contains(QStringLiteral("Closing balance on 3 May 2026 £3,570.00")));
    CHECK(listStatementsIssued(*t, 0).empty());

    // A range: every period ending in it (three each), issued in one go.
    const QString year = t.dir.path(QStringLiteral("year"));
    r = runIsf({ QStringLiteral("statements"), t.path, QStringLiteral("--from"),
        QStringLiteral("2026-04-01"), QStringLiteral("--period-ending"),
        QStringLiteral("2026-06-30"), QStringLiteral("--out"), year, QStringLiteral("--threads"),
        QStringLiteral("2") });
    REQUIRE(r.exit == 0);
    files = QDir(year).entryList(QDir::Files, QDir::Name);
    CHECK(files.size() == 6);
    CHECK(files.contains(QStringLiteral("P0002-2026-06-28.pdf")));
    const std::vector<StatementIssue> issued = listStatementsIssued(*t, 0);
    CHECK(issued.size() == 6);
    for (const StatementIssue &s : issued) {
        const QString ref
            = s.personId == ids.alex ? QStringLiteral("P0001") : QStringLiteral("P0002");
        CHECK(s.documentSha256
            == sha256Of(QDir(year).filePath(
                QStringLiteral("%1-%2.pdf").arg(ref, s.period.last.toString(Qt::ISODate)))));
    }
    CHECK(closedThrough(*t, ids.sam) == d(2026, 6, 28));

    // A day no period ends on.
    r = runIsf({ QStringLiteral("statements"), t.path, QStringLiteral("--period-ending"),
        QStringLiteral("2026-05-05"), QStringLiteral("--out"), dir, QStringLiteral("--draft") });
    CHECK(r.exit == 0);
    CHECK(r.out.contains(QStringLiteral("nothing to print")));
}

TEST_CASE("isf agreement prints the FIN3 of the version in force or the one asked for")
{
    if (!haveDocuments())
        return;
    TestFile t;
    const scenario::Ids ids = scenario::build(t);
    changeBudget(*t, ids.sam, d(2026, 6, 1), gbp(u"260.00"), QStringLiteral("More support"));
    const QString pdf = t.dir.path(QStringLiteral("fin3.pdf"));
    Run r = runIsf({ QStringLiteral("agreement"), t.path, QStringLiteral("P0002"),
        QStringLiteral("--out"), pdf });
    INFO(r.err.toStdString());
    REQUIRE(r.exit == 0);
    CHECK(r.out.contains(QStringLiteral("version 2")));
    QString text = pdftext::flat(pdf);
    CHECK(text.contains(QStringLiteral("ISF budget a week £260.00")));
    CHECK(text.contains(QStringLiteral("does not have the mental capacity")));

    r = runIsf({ QStringLiteral("agreement"), t.path, QStringLiteral("P0002"),
        QStringLiteral("--version"), QStringLiteral("1"), QStringLiteral("--out"), pdf });
    REQUIRE(r.exit == 0);
    text = pdftext::flat(pdf);
    CHECK(text.contains(QStringLiteral("ISF budget a week £200.00")));

    r = runIsf({ QStringLiteral("agreement"), t.path, QStringLiteral("P0002"),
        QStringLiteral("--version"), QStringLiteral("7"), QStringLiteral("--out"), pdf });
    CHECK(r.exit == 1);
    CHECK(r.err.contains(QStringLiteral("versions: 1, 2")));
}

TEST_CASE("isf letter writes a letter from an alert, or a notice of termination")
{
    if (!haveDocuments())
        return;
    TestFile t;
    const scenario::Ids ids = scenario::build(t);
    reviewAlerts(*t, d(2026, 5, 10));
    Id excess = 0;
    for (const AlertRecord &a : alertRecords(*t, std::nullopt, ids.sam))
        if (a.alert.rule == u"excess_balance")
            excess = a.id;
    REQUIRE(excess);
    const QString pdf = t.dir.path(QStringLiteral("letter.pdf"));
    Run r = runIsf({ QStringLiteral("letter"), t.path, QString::number(excess),
        QStringLiteral("--out"), pdf });
    INFO(r.err.toStdString());
    REQUIRE(r.exit == 0);
    CHECK(r.out.contains(QStringLiteral("excess_balance")));
    CHECK(pdftext::flat(pdf).contains(QStringLiteral("Dear Olu Adeyemi,")));

    r = runIsf({ QStringLiteral("letter"), t.path, QStringLiteral("--notice"),
        QStringLiteral("P0001"), QStringLiteral("--out"), pdf });
    CHECK(r.exit == 1);
    CHECK(r.err.contains(QStringLiteral("No notice has been given")));
    giveNotice(*t, ids.alex, d(2026, 5, 12), NoticeParty::Person, QStringLiteral("Moving away"));
    r = runIsf({ QStringLiteral("letter"), t.path, QStringLiteral("--notice"),
        QStringLiteral("P0001"), QStringLiteral("--out"), pdf });
    REQUIRE(r.exit == 0);
    const QString text = pdftext::flat(pdf);
    CHECK(text.contains(QStringLiteral("Notice given by The person")));
    CHECK(text.contains(QStringLiteral("Last day of the agreement 8 June 2026")));

    r = runIsf({ QStringLiteral("letter"), t.path, QStringLiteral("99999"), QStringLiteral("--out"),
        pdf });
    CHECK(r.exit == 1);
    CHECK(r.err.contains(QStringLiteral("no alert 99999")));
}
