// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include "core/bank/Statement.h"

namespace isf {

// Reads an OFX or QFX bank statement (any OFX version) through libofx. Each
// transaction keeps its FITID; the statement's ledger balance is the closing
// balance, and the opening balance is worked back from it. Throws InputError naming
// the transaction (by its position and FITID) when one lacks a date or an amount,
// and when the file is not OFX at all.
Statement readOfxStatement(const QString &path, const QString &sourceName);

} // namespace isf
