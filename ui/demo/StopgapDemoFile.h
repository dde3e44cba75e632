#pragma once
#include <QString>

#include <functional>

namespace isf {
class Clock;
}

namespace isf::ui {

// STOPGAP until core/demo's generator lands (issue 2): builds a demo provider file
// with core functions only (councils, suppliers, people, agreements, a ledger of
// council payments, contributions and expenses up to the clock's today). Replace the
// call sites with core/demo when it exists.
struct DemoSize {
    int people = 60;
    int years = 2;
};
void buildStopgapDemoFile(const QString &path, const Clock &clock, const DemoSize &size,
    const std::function<void(int done, int total)> &progress = {});

// Where the app keeps its demo file (the app data folder), and making it on first use.
QString defaultDemoPath();
void ensureDemoFile(const QString &path, const Clock &clock);

} // namespace isf::ui
