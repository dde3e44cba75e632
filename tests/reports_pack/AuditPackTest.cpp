// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "reports/pack/AuditPack.h"

#include "core/csv/CsvReader.h"
#include "core/ledger/Ledger.h"
#include "core/storage/ReferenceStore.h"
#include "core/storage/Sql.h"
#include "core/util/Errors.h"
#include "reports/pack/Manifest.h"
#include "reports/pack/PackVerifier.h"
#include "reports/pack/ZipArchive.h"
#include "tests/support/Fixtures.h"
#include "tests/support/catch.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>

using namespace isf;
using namespace isf::reports;

namespace {

struct PackFixture {
    TestFile t;
    Id lancs = 0, dorset = 0, alex = 0, sam = 0, other = 0;

    PackFixture()
    {
        lancs = t.addCouncil();
        dorset = t.addCouncil(QStringLiteral("Dorset Council"), QStringLiteral("dorset"));
        alex = t.addPerson(
            QStringLiteral("L001"), lancs, QStringLiteral("Alex"), QStringLiteral("Taylor"));
        sam = t.addPerson(
            QStringLiteral("L002"), lancs, QStringLiteral("Sam"), QStringLiteral("Okafor"));
        other = t.addPerson(
            QStringLiteral("D001"), dorset, QStringLiteral("Jo"), QStringLiteral("Bloggs"));
        t.addAgreement(alex, QDate(2025, 4, 7), gbp(u"500.00"), gbp(u"20.00"));
        t.addAgreement(sam, QDate(2025, 4, 7), gbp(u"300.00"));
        t.addAgreement(other, QDate(2025, 4, 7), gbp(u"700.00"));
        Ledger ledger(*t);
        auto post = [&](TxnKind kind, Id person, QDate date, const char16_t *amount,
                        const char *category = nullptr) {
            NewEntry e;
            e.kind = kind;
            e.personId = person;
            e.date = date;
            e.amount = gbp(amount);
            if (category)
                e.categoryId = findCategory(*t, QString::fromLatin1(category))->id;
            return ledger.post(e);
        };
        post(TxnKind::OpeningBalance, alex, QDate(2025, 3, 31), u"120.00");
        post(TxnKind::CouncilPayment, alex, QDate(2025, 4, 7), u"1920.00");
        post(TxnKind::Contribution, alex, QDate(2025, 4, 8), u"20.00");
        post(TxnKind::Expense, alex, QDate(2025, 4, 10), u"333.33", "Personal care");
        const Id wrong = post(TxnKind::Expense, alex, QDate(2025, 4, 11), u"50.00", "Equipment");
        ledger.reverse(wrong, QStringLiteral("duplicate invoice"), QDate(2025, 4, 12));
        post(TxnKind::ReturnToCouncil, alex, QDate(2026, 3, 30), u"100.00");
        post(TxnKind::Expense, alex, QDate(2026, 4, 2), u"999.00",
            "Personal care"); // after the year
        post(TxnKind::CouncilPayment, sam, QDate(2025, 4, 7), u"1200.00");
        post(TxnKind::Expense, sam, QDate(2025, 6, 1), u"45.67", "Activities");
        post(TxnKind::CouncilPayment, other, QDate(2025, 4, 7), u"1400.00"); // another council
    }

    AuditPackResult write(const QString &name, const QString &password = QString())
    {
        AuditPackOptions o;
        o.scope.period = financialYear(2025);
        o.scope.councilId = lancs;
        o.scope.councilName = QStringLiteral("Lancashire County Council");
        o.outputPath = t.dir.path(name);
        o.password = password;
        o.threads = 2;
        return writeAuditPack(*t, o);
    }
};

QString pdfText(const QByteArray &pdf, const TempDir &dir)
{
    const QString path = writeTextFile(dir.path(QStringLiteral("probe.pdf")), pdf);
    QProcess p;
    p.start(QStringLiteral("pdftotext"), { path, QStringLiteral("-") });
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput()).simplified();
}

QString cell(const CsvTable &table, int row, const char16_t *column)
{
    return CsvRow(table, table.records().at(std::size_t(row))).text(QStringView(column));
}

} // namespace

TEST_CASE("an audit pack holds the council's people, with figures that add up")
{
    PackFixture f;
    const AuditPackResult r = f.write(QStringLiteral("lancs.zip"));
    CHECK(r.people == 2);
    CHECK(QFileInfo::exists(r.path));
    const ZipReader zip(r.path);
    const QStringList names = zip.names();
    for (const char *expected : { "index.pdf", "summary.csv", "summary.xlsx", "exceptions.csv",
             "reconciliation.csv", "manifest.json", "people/L001/ledger.csv",
             "people/L002/ledger.csv", "people/L001/agreements/agreement-v1.pdf" })
        CHECK(names.contains(QString::fromLatin1(expected)));
    CHECK_FALSE(names.filter(QStringLiteral("D001")).size()
        > 0); // Dorset's person is not in Lancashire's pack
    const QString statementsPdf
        = QStringLiteral("people/L001/statements/statements-2025-04-01-to-2026-03-31.pdf");
    CHECK(names.filter(QStringLiteral("people/L001/statements/")) == QStringList { statementsPdf });
    // Every 4-weekly statement of the year, from 7 April 2025 (the 12th ends 8 March 2026).
    const QString statements = pdfText(zip.read(statementsPdf), f.t.dir);
    CHECK(statements.count(QStringLiteral("Individual Service Fund statement: ")) == 12);
    CHECK(statements.contains(
        QStringLiteral("Individual Service Fund statement: 9 February 2026 to 8 March 2026")));

    const CsvTable summary
        = CsvTable::parse(zip.read(QStringLiteral("summary.csv")), QStringLiteral("summary.csv"));
    REQUIRE(summary.records().size() == 3);
    CHECK(cell(summary, 0, u"person_ref") == u"L001");
    CHECK(cell(summary, 0, u"opening_balance") == u"120.00");
    CHECK(cell(summary, 0, u"council_payments") == u"1920.00");
    CHECK(cell(summary, 0, u"contributions") == u"20.00");
    CHECK(cell(summary, 0, u"spent_personal_care") == u"333.33");
    CHECK(cell(summary, 0, u"spent_equipment") == u"0.00"); // reversed
    CHECK(cell(summary, 0, u"returns_to_council") == u"100.00");
    CHECK(cell(summary, 0, u"closing_balance") == u"1626.67");
    CHECK(cell(summary, 2, u"person_ref") == u"TOTAL");
    CHECK(cell(summary, 2, u"closing_balance") == u"2781.00"); // 1626.67 + 1154.33

    const CsvTable ledger
        = CsvTable::parse(zip.read(QStringLiteral("people/L001/ledger.csv")), QStringLiteral("l"));
    REQUIRE(ledger.records().size() == 7); // brought forward + 6 entries in the year
    CHECK(cell(ledger, 0, u"balance") == u"120.00");
    CHECK(cell(ledger, 4, u"type") == u"expense");
    CHECK(cell(ledger, 5, u"type") == u"reversal");
    CHECK(cell(ledger, 6, u"balance") == u"1626.67");
    CHECK(cell(ledger, 6, u"hash").size() == 64);

    const CsvTable rec
        = CsvTable::parse(zip.read(QStringLiteral("reconciliation.csv")), QStringLiteral("r"));
    CHECK(rec.records().size() == 12);
    CHECK(cell(rec, 11, u"date") == u"2026-03-31");
    CHECK(cell(rec, 11, u"difference") == u"0.00");

    const ParsedManifest m = parseManifest(zip.read(QStringLiteral("manifest.json")));
    CHECK(m.selfHashValid);
    CHECK(m.selfHash == r.manifestSha256);
    CHECK(m.json.value(QStringLiteral("period")).toObject().value(QStringLiteral("from")).toString()
        == u"2025-04-01");
    CHECK(int(m.files.size()) == r.files - 2);

    const PackVerifyReport report = verifyPack(r.path);
    INFO(report.problems.join(u'\n').toStdString());
    CHECK(report.ok());
    CHECK(report.peopleChecked == 2);
}

TEST_CASE("verify-pack names the file that was changed")
{
    PackFixture f;
    const AuditPackResult r = f.write(QStringLiteral("pack.zip"));
    const QString changed = f.t.dir.path(QStringLiteral("changed.zip"));

    SECTION("a file edited and the archive zipped again")
    {
        {
            const ZipReader in(r.path);
            ZipWriter out(changed);
            for (const QString &name : in.names()) {
                QByteArray data = in.read(name);
                if (name == u"people/L002/ledger.csv")
                    data[data.size() - 70] = data[data.size() - 70] == '1' ? '2' : '1';
                out.add(name, data);
            }
            out.close();
        }
        const PackVerifyReport report = verifyPack(changed);
        CHECK_FALSE(report.ok());
        CHECK(report.firstBadFile == u"people/L002/ledger.csv");
    }
    SECTION("one byte flipped inside the archive")
    {
        QFile file(r.path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        QByteArray bytes = file.readAll();
        file.close();
        const qsizetype at = bytes.indexOf("index.pdf");
        REQUIRE(at > 0);
        bytes[at + 400] = char(bytes[at + 400] ^ 0x20);
        writeTextFile(changed, bytes);
        const PackVerifyReport report = verifyPack(changed);
        CHECK_FALSE(report.ok());
        CHECK(report.firstBadFile == u"index.pdf");
    }
    SECTION("the summary changed with its hash updated in the manifest")
    {
        {
            const ZipReader in(r.path);
            ZipWriter out(changed);
            QByteArray summary = in.read(QStringLiteral("summary.csv"));
            summary.replace("1626.67", "1526.67");
            QByteArray manifest = in.read(QStringLiteral("manifest.json"));
            manifest.replace(sha256Hex(in.read(QStringLiteral("summary.csv"))), sha256Hex(summary));
            for (const QString &name : in.names())
                out.add(name,
                    name == u"summary.csv"         ? summary
                        : name == u"manifest.json" ? manifest
                                                   : in.read(name));
            out.close();
        }
        const PackVerifyReport report = verifyPack(changed);
        CHECK(report.firstBadFile == u"manifest.json");
    }
}

TEST_CASE("a pack written with a password cannot be read without it")
{
    PackFixture f;
    const AuditPackResult r
        = f.write(QStringLiteral("secret.zip"), QStringLiteral("correct horse battery"));
    {
        const ZipReader noPassword(r.path);
        CHECK(noPassword.isEncrypted(QStringLiteral("summary.csv")));
        CHECK_THROWS_WITH(noPassword.read(QStringLiteral("summary.csv")),
            "The pack is encrypted: give its password (--password-file).");
    }
    {
        const ZipReader wrong(r.path, QStringLiteral("wrong"));
        CHECK_THROWS_AS(wrong.read(QStringLiteral("summary.csv")), StorageError);
    }
    CHECK(verifyPack(r.path, QStringLiteral("correct horse battery")).ok());
    QFile raw(r.path);
    REQUIRE(raw.open(QIODevice::ReadOnly));
    CHECK_FALSE(raw.readAll().contains("L001,Alex Taylor"));
}

TEST_CASE("a cancelled pack leaves nothing behind")
{
    PackFixture f;
    AuditPackOptions o;
    o.scope.period = financialYear(2025);
    o.scope.councilId = f.lancs;
    o.scope.councilName = QStringLiteral("Lancashire County Council");
    o.outputPath = f.t.dir.path(QStringLiteral("cancelled.zip"));
    o.progress = [](int done, int, const QString &) { return done < 1; };
    const AuditPackResult r = writeAuditPack(*f.t, o);
    CHECK(r.cancelled);
    CHECK_FALSE(QFileInfo::exists(o.outputPath));
    CHECK(QDir(f.t.dir.root())
              .entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden)
              .filter(QStringLiteral("isf-pack"))
              .isEmpty());
}
