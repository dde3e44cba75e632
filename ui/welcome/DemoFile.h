// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include <QString>

namespace isf {
class Clock;
}

namespace isf::ui {

// Where the app keeps its demo provider file: "ISF Desk/demo-provider.isf" in the
// user's data folder (~/.local/share on Linux), as scripts/run-demo.sh does.
QString defaultDemoPath();
// Makes the demo file with core/generator (60 people, 3 years of entries up to
// the clock's today, seed 1, as run-demo.sh) unless it exists already.
void ensureDemoFile(const QString &path, const Clock &clock, int people = 60, int years = 3);

} // namespace isf::ui
