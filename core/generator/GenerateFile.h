// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include "core/generator/Generator.h"

namespace isf {

class Clock;

// `isf generate`: builds the whole provider file under a temporary name beside path
// (".NAME.generating-PID") and renames it into place only when complete, so a kill at
// any moment leaves either nothing at path or, had something been there, refuses
// before starting. Temporary files left by a killed earlier run (whose process is
// gone) are removed first.
GeneratorSummary generateProviderFile(const QString &path, const QString &providerName,
    const QString &userName, const Clock &clock, const GeneratorOptions &options);

// Removes ".NAME.generating-PID" files beside path whose process no longer runs.
int removeStaleGenerations(const QString &path);

} // namespace isf
