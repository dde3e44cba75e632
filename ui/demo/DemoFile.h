#pragma once
#include <QString>

namespace isf {
class Clock;
}

namespace isf::ui {

// Where the app keeps its demo provider file (the app data folder).
QString defaultDemoPath();
// Makes the demo file with core/demo's generator (60 people, 3 years of entries up to
// the clock's today) unless it exists already.
void ensureDemoFile(const QString &path, const Clock &clock, int people = 60, int years = 3);

} // namespace isf::ui
