// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
// What someone holding the provider file (and ISF Desk's source, but not the provider's
// private key) can do to it: raw SQL, and every hash recomputed to match.
#include <QString>

namespace tamper {

// Runs SQL on the file as the sqlite3 shell would (foreign keys off).
void runSql(const QString &file, const QString &sql);
// Recomputes every transaction's hash (and prev_hash) from its content, in order.
void rechainLedger(const QString &file);
// Makes the journal agree with the file as it now is: each row's latest record and
// every entry's ledger head are rewritten, then every entry's hash recomputed.
void rechainJournal(const QString &file);
// The first column of the first row a query returns.
QString querySingle(const QString &file, const QString &sql);
// Rebuilds balance_months from the postings.
void rebuildMonthTotals(const QString &file);

} // namespace tamper
