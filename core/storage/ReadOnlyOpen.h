// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include "core/storage/ProviderFile.h"

namespace isf {

// Opens a provider file for reading only: nothing is written to it or beside it (no WAL
// switch, no migration, no alert review recorded). ProviderFile::open falls back to this
// by itself when the file or its folder is not writable.
ProviderFile openProviderFileReadOnly(
    const QString &path, const QString &userName, const Clock &clock);

// True when the file was opened read-only (asked for, or not writable).
bool isReadOnly(const ProviderFile &file);

} // namespace isf
