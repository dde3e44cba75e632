// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once

namespace isf {

// Registers the council rules' import kinds with the ImportRegistry:
//   remittances  remittance_ref,date,person_ref,amount   council payments, one a row
//   hours        person_ref,week_start,service,hours     hours delivered
// Safe to call more than once. isfcore is a static library, so a program that imports
// calls this once before its first import (the `isf` tool does it from its alerts
// command's file; the desktop app should call it at start-up).
void addRulesImports();

} // namespace isf
