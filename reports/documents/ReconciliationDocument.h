// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
// The bank reconciliation report (A4): a client bank account reconciled against the
// bank's statement at a day, with the lists that make up the figures and the sign-off.

#include "core/domain/Entities.h"
#include "reports/layout/Document.h"

namespace isf {
class ProviderFile;
} // namespace isf

namespace isf::reports {

// The account's details (number masked), the figures (bank balance, uncleared
// receipts and payments, unmatched lines, bank errors, adjusted balance, ledger
// balance, funds, difference), every uncleared entry, unmatched line and bank error
// in its own table, and the sign-off: who signed it, when and their note when it was
// signed for that day, with signature blocks for the preparer and the reviewer.
// Throws InputError when the account has no statement imported.
Document reconciliationDocument(const ProviderFile &file, Id accountId, const QDate &asOf);

} // namespace isf::reports
