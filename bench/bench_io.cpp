// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
// Times the core operations issue 2 sets targets for, on a provider file, in-process
// (the CLI timings in run-benchmarks.sh add process start-up on top):
//   bench_io FILE [PERSON_REF] [IMPORT_DIR]
// FILE is typically `isf generate big.isf --people 1000 --years 5 --seed 1` (Release
// build). With IMPORT_DIR (holding councils.csv, suppliers.csv, people.csv,
// agreements.csv and transactions.csv from `isf export`) it also imports them into a new
// file next to FILE and reports the transactions import's rows per second.
// Prints wall and processor time: on a busy machine the processor time is the steadier.
#include "core/import/Importer.h"
#include "core/ledger/LedgerQueries.h"
#include "core/storage/PersonStore.h"
#include "core/storage/ProviderFile.h"
#include "core/time/Clock.h"
#include "core/time/Dates.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <ctime>

using namespace isf;

namespace {

struct Timer {
    QElapsedTimer wall;
    std::clock_t cpu = 0;
    Timer()
    {
        wall.start();
        cpu = std::clock();
    }
    double ms() const { return double(wall.nsecsElapsed()) / 1e6; }
    double cpuMs() const { return double(std::clock() - cpu) * 1000.0 / CLOCKS_PER_SEC; }
};

QTextStream out(stdout);

void report(const QString &what, const Timer &t, double targetMs, const QString &extra = {})
{
    const double ms = t.ms();
    out << what.leftJustified(44) << QString::number(ms, 'f', 1).rightJustified(9) << " ms  ("
        << QString::number(t.cpuMs(), 'f', 1).rightJustified(8) << " ms cpu)  target < " << targetMs
        << " ms  " << (ms < targetMs ? "ok" : "MISSED") << extra << '\n';
    out.flush();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        out << "usage: bench_io FILE [PERSON_REF] [IMPORT_DIR]\n";
        return 2;
    }
    const QString path = args[1];
    const QString ref = args.size() > 2 ? args[2] : QStringLiteral("P0500");
    const Clock &clock = defaultClock();
    try {
        Timer open;
        ProviderFile file = ProviderFile::open(path, QStringLiteral("bench"), clock);
        report(QStringLiteral("open the file"), open, 200);

        const QDate today = clock.today();
        for (const QDate &d :
            { today.addYears(-4), today.addYears(-2).addDays(-45), today.addDays(-17), today }) {
            Timer t;
            const std::vector<PersonBalance> balances = balancesAt(file, d);
            Money total;
            for (const PersonBalance &b : balances)
                total += b.balance;
            report(QStringLiteral("every balance at %1").arg(isoDate(d)), t, 200,
                QStringLiteral("  (%1 people, %2)").arg(balances.size()).arg(total.display()));
        }
        const Person person = requirePerson(file, ref);
        Timer ledgerTime;
        const PersonLedger ledger = personLedger(file, person.id, today.addYears(-10), today);
        report(QStringLiteral("ledger of %1 (all of it)").arg(ref), ledgerTime, 50,
            QStringLiteral("  (%1 lines)").arg(ledger.lines.size()));
        Timer pageTime;
        const auto page = personLedgerPage(file, person.id, today.addYears(-10), today, 0, 100);
        report(QStringLiteral("first page of that ledger (100 lines)"), pageTime, 50);
        Q_UNUSED(page);

        if (args.size() > 3) {
            const QDir dir(args[3]);
            const QString target
                = QFileInfo(path).dir().filePath(QStringLiteral("bench-import.isf"));
            for (const QString &suffix :
                { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
                QFile::remove(target + suffix);
            ProviderFile fresh = ProviderFile::create(
                target, QStringLiteral("Import benchmark"), QStringLiteral("bench"), clock);
            for (const char *kind : { "councils", "suppliers", "people", "agreements" })
                importCsvFile(fresh, QString::fromLatin1(kind),
                    dir.filePath(QStringLiteral("%1.csv").arg(QLatin1String(kind))));
            Timer t;
            const ImportResult r = importCsvFile(fresh, QStringLiteral("transactions"),
                dir.filePath(QStringLiteral("transactions.csv")));
            const double perSecond = double(r.added) * 1000.0 / t.ms();
            const double perCpuSecond = double(r.added) * 1000.0 / t.cpuMs();
            out << "import " << countText(r.added)
                << " transactions: " << QString::number(t.ms() / 1000.0, 'f', 2) << " s, "
                << countText(qint64(perSecond)) << " rows/s (" << countText(qint64(perCpuSecond))
                << " rows per cpu second)  target >= 100,000 "
                << (perSecond >= 100000 ? "ok" : "MISSED") << '\n';
        }
    } catch (const Error &e) {
        out << "bench_io: " << e.message() << '\n';
        return 1;
    }
    return 0;
}
