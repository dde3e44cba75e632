// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include <QString>

namespace isf {

// The one version of ISF Desk, from project(VERSION) in the top CMakeLists.txt: shown by
// `isf --version`, `isfdesk --version`, Help > About and written into every audit pack.
// Compiled into one file only, so a version bump rebuilds one file.
QString appVersion();

} // namespace isf
