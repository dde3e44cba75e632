// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
// Times a bank statement of LINES lines (default 50,000) imported and matched against a
// provider file (e.g. `isf generate big.isf --people 1000 --years 5 --seed 1`). The
// statement is written from the file's own latest client-account entries (as a bank
// would show them: date, the reference or supplier, the signed amount), so nearly
// every line has its match. The file is copied first; the original is not changed.
// Yardstick in the same run: parsing the statement CSV alone.
// Usage: bank_import FILE [LINES]
#include "core/bank/BankAccounts.h"
#include "core/bank/BankStore.h"
#include "core/bank/BankWorkspace.h"
#include "core/bank/StatementImport.h"
#include "core/csv/CsvReader.h"
#include "core/storage/ProviderFile.h"
#include "core/time/Clock.h"
#include "core/time/Dates.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

using namespace isf;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    if (argc < 2) {
        out << "usage: bank_import FILE [LINES]\n";
        return 2;
    }
    const int wanted = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 50000;
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("bank-bench.isf"));
    {
        const ProviderFile original = ProviderFile::open(
            QString::fromLocal8Bit(argv[1]), QStringLiteral("bench"), defaultClock());
        original.backupTo(copy);
    }
    const ProviderFile file = ProviderFile::open(copy, QStringLiteral("bench"), defaultClock());
    const BankAccount account = requireBankAccount(file, QString());

    // The latest `wanted` entries that moved the account, as the bank's lines.
    std::vector<LedgerItem> items = loadLedgerItems(file, account.id, QDate(), QDate(), false);
    std::erase_if(items, [](const LedgerItem &i) {
        return i.kind == TxnKind::OpeningBalance || i.reversesId || i.reversedById;
    });
    if (items.size() > std::size_t(wanted))
        items.erase(items.begin(), items.end() - wanted);
    const QDate first = items.front().date;
    const Money opening = ledgerBalanceAt(file, account.id, first.addDays(-1), false);
    const QString csv = dir.filePath(QStringLiteral("statement.csv"));
    {
        QFile f(csv);
        f.open(QIODevice::WriteOnly);
        QTextStream s(&f);
        s << "Date,Description,Amount\n";
        for (const LedgerItem &i : items) {
            QString text = !i.reference.isEmpty() ? i.reference
                : !i.supplier.isEmpty()           ? i.supplier
                                                  : i.personRef + QStringLiteral(" PAYMENT");
            text.replace(u',', u' ');
            s << isoDate(i.date) << ',' << text << ',' << i.amount.plain() << '\n';
        }
    }
    out << "statement: " << items.size() << " lines from " << isoDate(first) << " to "
        << isoDate(items.back().date) << ", opening " << opening.display() << "\n";

    QElapsedTimer t;
    t.start();
    QFile raw(csv);
    raw.open(QIODevice::ReadOnly);
    const CsvTable table = CsvTable::parse(raw.readAll(), QStringLiteral("statement.csv"));
    const double parseMs = t.nsecsElapsed() / 1e6;
    out << "yardstick, parse the CSV alone: " << parseMs << " ms (" << table.rowCount()
        << " rows)\n";

    StatementImportOptions o;
    o.openingBalance = opening;
    t.restart();
    const StatementImportResult r = importStatement(file, account.id, csv, o);
    const double importMs = t.nsecsElapsed() / 1e6;
    out << "import and match: " << importMs << " ms (" << r.added << " lines added, "
        << r.autoMatched << " matched automatically, " << r.toReview << " to review); "
        << importMs / parseMs << " x the yardstick\n";

    t.restart();
    const BankWorkspace w = loadBankWorkspace(file, account.id, items.back().date);
    out << "reconciliation screen data: " << t.nsecsElapsed() / 1e6 << " ms (" << w.lines.size()
        << " lines, " << w.items.size() << " entries, difference "
        << (w.figures ? w.figures->difference.display() : QStringLiteral("-")) << ")\n";
    return 0;
}
