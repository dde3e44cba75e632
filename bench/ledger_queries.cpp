// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
// Times the ledger queries of issue 2 on a provider file (e.g. one from
// `isf generate F --people 1000 --years 5 --seed 1`): opening the file, every
// person's balance at several dates, one person's ledger, and the bank against the
// funds. Usage: ledger_queries FILE [PERSON_REF]
#include "core/ledger/LedgerQueries.h"
#include "core/storage/PersonStore.h"
#include "core/storage/ProviderFile.h"
#include "core/time/Clock.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

using namespace isf;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    if (argc < 2) {
        out << "usage: ledger_queries FILE [PERSON_REF]\n";
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    const QString ref = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QStringLiteral("P0500");
    QElapsedTimer t;
    t.start();
    const ProviderFile file = ProviderFile::open(path, QStringLiteral("bench"), defaultClock());
    out << "open: " << t.nsecsElapsed() / 1000000.0 << " ms\n";
    for (const QDate &d :
        { QDate(2022, 6, 30), QDate(2024, 3, 31), QDate(2025, 12, 15), QDate(2026, 11, 28) }) {
        t.restart();
        const auto all = balancesAt(file, d);
        Money total;
        for (const PersonBalance &b : all)
            total += b.balance;
        out << "balancesAt " << d.toString(Qt::ISODate) << ": " << t.nsecsElapsed() / 1000000.0
            << " ms (" << all.size() << " people, total " << total.display() << ")\n";
    }
    const Person person = requirePerson(file, ref);
    t.restart();
    const PersonLedger ledger = personLedger(file, person.id, QDate(2000, 1, 1), QDate(2100, 1, 1));
    out << "personLedger " << ref << ": " << t.nsecsElapsed() / 1000000.0 << " ms ("
        << ledger.lines.size() << " lines, closing " << ledger.closing.display() << ")\n";
    t.restart();
    const BankReconciliation rec = bankAgainstFunds(file, QDate(2026, 11, 28));
    out << "bankAgainstFunds: " << t.nsecsElapsed() / 1000000.0 << " ms (difference "
        << rec.difference().display() << ")\n";
    return 0;
}
