// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include "core/ledger/LedgerQueries.h"

namespace isf {

class ProviderFile;

// What the person screen's ledger may be narrowed to. The running balance stays the
// balance of the whole fund after each line, whatever is filtered out.
struct LedgerFilter {
    QDate from, to; // inclusive; both required
    Id categoryId = 0; // 0: any
    Id supplierId = 0; // 0: any
    bool isNarrowed() const { return categoryId != 0 || supplierId != 0; }
};

int filteredLedgerCount(const ProviderFile &file, Id personId, const LedgerFilter &filter);
// `limit` lines from `offset`, oldest first. With no category or supplier this is
// personLedgerPage(); otherwise one query with a window sum for the running balance.
std::vector<LedgerLine> filteredLedgerPage(
    const ProviderFile &file, Id personId, const LedgerFilter &filter, int offset, int limit);

} // namespace isf
