// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include "app/cli/Cli.h"

#include <memory>

namespace isf::cli {

// Context::open() also makes the day's automatic backup; these do not.
// Opens for reading only: nothing is written to the file or beside it, so a file on a
// read-only share works (audit-pack, export).
std::unique_ptr<ProviderFile> openForReading(Context &ctx, const QString &path);
// Opens as Context::open() does, without the backup (isf backup makes its own), warning
// on standard error when the file is on a network share or in a synced folder.
std::unique_ptr<ProviderFile> openWithoutBackup(Context &ctx, const QString &path);

} // namespace isf::cli
