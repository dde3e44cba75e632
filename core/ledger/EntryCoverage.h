// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include "core/ledger/Entry.h"

#include <QDate>
#include <QStringList>

namespace isf {

class ProviderFile;

// What makes an entry look like a mistake though it is valid: an expense for a person
// with no agreement, or on a day no agreement covers (before it starts, after it ended),
// and any entry dated more than a year after today. Each warning is a sentence naming
// the date and, where there is one, the agreement's dates. Posting such an entry takes a
// confirmation (`isf post --confirm`); empty when there is nothing to confirm.
QStringList entryWarnings(const ProviderFile &file, const NewEntry &entry, const QDate &today);

} // namespace isf
