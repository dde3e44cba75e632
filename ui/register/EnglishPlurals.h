// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once

namespace isf::ui {

// Installs (once) the app's English plural forms, so tr("%n entries", nullptr, n) reads
// "1 entry" and "2 entries". Qt leaves %n strings in their source (plural) form unless
// a translation gives the singular: this translator gives it, without a build step.
void installEnglishPlurals();

} // namespace isf::ui
