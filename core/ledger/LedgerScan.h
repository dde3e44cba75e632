// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include "core/domain/Entities.h"

#include <QByteArray>

namespace isf {

class ProviderFile;
struct VerifyReport;

// The ledger's part of verify in one pass over the transactions and postings through
// SQLite's own API (QtSql's per-value cost is most of a scan of a large file): the hash
// chain from `after` (whose hash is `head`), that each transaction balances and has
// postings, posting dates, and, with monthTotals, the month totals against the
// postings. Returns false, checking nothing, when the file is not SQLite.
bool scanLedger(
    const ProviderFile &file, Id after, const QByteArray &head, bool monthTotals, VerifyReport &r);

} // namespace isf
