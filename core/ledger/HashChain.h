// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include "core/ledger/Entry.h"

#include <QByteArray>

namespace isf {

// The hash of the first transaction's predecessor.
QByteArray genesisHash();
// SHA-256 (hex) over a transaction's canonical content and the previous hash, so
// that changing, removing or reordering any posted transaction breaks the chain.
QByteArray transactionHash(const PostedTxn &txn, const QByteArray &previousHash);

} // namespace isf
