// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
// The tamper corpus: each file in cases/ is one tampering, tried as an auditor would
// on a fixture made with the real `isf` (generated ledger, an issued statement, an
// acknowledged alert, a signed checkpoint held outside the file, a signed audit pack).
// A case lists steps, one a line:
//   sql STATEMENTS            run on the provider file (foreign keys off)
//   rechain-ledger            recompute every transaction hash
//   rechain-journal           make the journal agree with the tampered rows
//   rebuild-month-totals      recompute balance_months from the postings
//   zip-...                   rebuild the pack (see PackTamper.h)
//   run ARGS                  run isf; {file} {cp} {pack} {pub} {fp} {person0} expand
//   exit N                    the last run's exit status
//   expect TEXT               the last run's output contains TEXT
//   reject TEXT               ... and does not contain TEXT
// Lines starting with # are comments; the first is the case's title.
#include "tests/cli_tamper/Forger.h"
#include "tests/cli_tamper/PackTamper.h"
#include "tests/support/TempDir.h"
#include "tests/support/catch.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>

namespace {

struct Run {
    int exit = -1;
    QString out;
};

Run isf(const QString &dir, const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ISF_NOW"), QStringLiteral("2026-11-28"));
    env.insert(QStringLiteral("ISF_USER"), QStringLiteral("clerk"));
    p.setProcessEnvironment(env); // XDG_CONFIG_HOME and ISF_KEY_STORE from the test main
    p.setWorkingDirectory(dir);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral(ISF_CLI_PATH), args);
    REQUIRE(p.waitForFinished(300000));
    return { p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()) };
}

Run isfOk(const QString &dir, const QStringList &args)
{
    const Run r = isf(dir, args);
    INFO("isf " << args.join(u' ').toStdString() << "\n" << r.out.toStdString());
    REQUIRE(r.exit == 0);
    return r;
}

// The untampered fixture, made once per process in its own folder.
struct Fixture {
    TempDir dir;
    QString fingerprint;
    Fixture()
    {
        const QString d = dir.root();
        isfOk(d,
            { QStringLiteral("generate"), QStringLiteral("f.isf"), QStringLiteral("--people"),
                QStringLiteral("6"), QStringLiteral("--years"), QStringLiteral("2"),
                QStringLiteral("--seed"), QStringLiteral("3") });
        const Run key = isfOk(d,
            { QStringLiteral("key"), QStringLiteral("export"), QStringLiteral("f.isf"),
                QStringLiteral("--out"), QStringLiteral("provider.pub") });
        fingerprint = QRegularExpression(QStringLiteral("([0-9A-F]{4}(-[0-9A-F]{4}){4})"))
                          .match(key.out)
                          .captured(1);
        REQUIRE(!fingerprint.isEmpty());
        // An issued statement (closing its period) for the first two people.
        const Run people = isfOk(d,
            { QStringLiteral("balances"), QStringLiteral("f.isf"), QStringLiteral("--format"),
                QStringLiteral("csv") });
        const QStringList lines = people.out.split(u'\n', Qt::SkipEmptyParts);
        REQUIRE(lines.size() >= 3);
        for (int i = 1; i <= 2; ++i) {
            // The period that ends nearest before 31 October, from isf's own answer.
            const QString ref = lines[i].section(u',', 0, 0);
            auto statement = [&](const QString &last) {
                return isf(d,
                    { QStringLiteral("statement"), QStringLiteral("f.isf"), ref,
                        QStringLiteral("--period-ending"), last, QStringLiteral("--out"),
                        QStringLiteral("s%1.pdf").arg(i) });
            };
            Run r = statement(QStringLiteral("2026-10-31"));
            if (r.exit != 0) {
                const QString nearest
                    = QRegularExpression(QStringLiteral("nearest end on (\\d{4}-\\d\\d-\\d\\d)"))
                          .match(r.out)
                          .captured(1);
                INFO(r.out.toStdString());
                REQUIRE(!nearest.isEmpty());
                r = statement(nearest);
            }
            INFO(r.out.toStdString());
            REQUIRE(r.exit == 0);
        }
        // An acknowledged alert.
        const Run alerts = isfOk(d,
            { QStringLiteral("alerts"), QStringLiteral("f.isf"), QStringLiteral("--format"),
                QStringLiteral("csv") });
        const QStringList alertLines = alerts.out.split(u'\n', Qt::SkipEmptyParts);
        REQUIRE(alertLines.size() >= 2);
        isfOk(d,
            { QStringLiteral("alerts"), QStringLiteral("ack"), QStringLiteral("f.isf"),
                alertLines[1].section(u',', 0, 0), QStringLiteral("--note"),
                QStringLiteral("Agreed with the council on the phone") });
        isfOk(d,
            { QStringLiteral("checkpoint"), QStringLiteral("f.isf"), QStringLiteral("--out"),
                QStringLiteral("cp.json") });
        const QString council = tamper::querySingle(dir.path(QStringLiteral("f.isf")),
            QStringLiteral("SELECT c.name FROM people p JOIN councils c ON c.id = p.council_id "
                           "ORDER BY p.id LIMIT 1"));
        isfOk(d,
            { QStringLiteral("audit-pack"), QStringLiteral("f.isf"), QStringLiteral("--council"),
                council, QStringLiteral("--year"), QStringLiteral("2025"), QStringLiteral("--out"),
                QStringLiteral("pack.zip") });
        isfOk(d, { QStringLiteral("verify"), QStringLiteral("f.isf") });
    }
};

const Fixture &fixture()
{
    static const Fixture f;
    return f;
}

void copyFile(const QString &from, const QString &to)
{
    QFile::remove(to);
    REQUIRE(QFile::copy(from, to));
}

void runCase(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(f.readAll()).split(u'\n');
    const Fixture &fx = fixture();
    TempDir work;
    const QString d = work.root();
    for (const char *name : { "f.isf", "cp.json", "pack.zip", "provider.pub" })
        copyFile(fx.dir.path(QString::fromLatin1(name)), work.path(QString::fromLatin1(name)));
    const QString file = work.path(QStringLiteral("f.isf"));
    const QString pack = work.path(QStringLiteral("pack.zip"));
    auto expand = [&](QString s) {
        s.replace(QStringLiteral("{file}"), QStringLiteral("f.isf"));
        s.replace(QStringLiteral("{cp}"), QStringLiteral("cp.json"));
        s.replace(QStringLiteral("{pack}"), QStringLiteral("pack.zip"));
        s.replace(QStringLiteral("{pub}"), QStringLiteral("provider.pub"));
        s.replace(QStringLiteral("{fp}"), fx.fingerprint);
        if (s.contains(QStringLiteral("{person0}")))
            s.replace(QStringLiteral("{person0}"), tamper::packFolder(pack, 0));
        if (s.contains(QStringLiteral("{person1}")))
            s.replace(QStringLiteral("{person1}"), tamper::packFolder(pack, 1));
        return s;
    };
    Run last;
    int runs = 0;
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QString op = line.section(u' ', 0, 0);
        const QString arg = expand(line.section(u' ', 1));
        INFO(path.toStdString() << ": " << line.toStdString());
        if (op == u"sql")
            tamper::runSql(file, arg);
        else if (op == u"rechain-ledger")
            tamper::rechainLedger(file);
        else if (op == u"rechain-journal")
            tamper::rechainJournal(file);
        else if (op == u"rebuild-month-totals")
            tamper::rebuildMonthTotals(file);
        else if (op == u"run") {
            last = isf(d, arg.split(u' ', Qt::SkipEmptyParts));
            ++runs;
        } else if (op == u"exit") {
            INFO(last.out.toStdString());
            CHECK(last.exit == arg.toInt());
        } else if (op == u"expect") {
            INFO(last.out.toStdString());
            CHECK(last.out.contains(arg));
        } else if (op == u"reject") {
            INFO(last.out.toStdString());
            CHECK(!last.out.contains(arg));
        } else {
            INFO("unknown step " << op.toStdString());
            REQUIRE(tamper::applyPackStep(pack, op, arg));
        }
    }
    REQUIRE(runs > 0);
}

} // namespace

TEST_CASE("tamper corpus")
{
    const QString one = qEnvironmentVariable("TAMPER_CASE");
    QStringList cases;
    if (!one.isEmpty())
        cases << one;
    else
        for (const QFileInfo &fi :
            QDir(QStringLiteral(ISF_SOURCE_DIR "/tests/cli_tamper/cases"))
                .entryInfoList({ QStringLiteral("*.case") }, QDir::Files, QDir::Name))
            cases << fi.absoluteFilePath();
    REQUIRE(!cases.isEmpty());
    for (const QString &c : cases) {
        DYNAMIC_SECTION(QFileInfo(c).fileName().toStdString())
        {
            runCase(c);
        }
    }
}
