// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
// Times opening the reconciliation screen on a provider file that has bank statements
// imported (run bank_import first, or import one with `isf bank import`): building the
// window, reading the workspace and showing it, offscreen.
// Usage: ui_bank_open FILE
#include "core/time/Clock.h"
#include "ui/bank/ReconciliationWindow.h"
#include "ui/common/FileDialogs.h"
#include "ui/common/Session.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTextStream>

using namespace isf;

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTextStream out(stdout);
    if (argc < 2) {
        out << "usage: ui_bank_open FILE\n";
        return 2;
    }
    auto session = ui::Session::open(
        QString::fromLocal8Bit(argv[1]), QStringLiteral("bench"), defaultClock());
    ui::FileDialogs dialogs;
    QElapsedTimer t;
    t.start();
    ui::ReconciliationWindow w(*session, dialogs);
    w.show();
    QApplication::processEvents();
    out << "reconciliation screen open: " << t.nsecsElapsed() / 1e6 << " ms ("
        << w.workspace().lines.size() << " bank lines, " << w.workspace().items.size()
        << " ledger entries)\n";
    return 0;
}
