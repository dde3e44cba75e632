// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include "core/ledger/Entry.h"

#include <optional>

namespace isf {
class ProviderFile;
// One posted transaction with its postings, as stored.
std::optional<PostedTxn> readTransaction(const ProviderFile &file, Id id);
} // namespace isf
