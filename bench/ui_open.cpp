// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
// Times the desktop app on the generated 1,000-person, 5-year provider file:
//   - opening the file until the dashboard is painted (goal < 1 s),
//   - opening a person until their ledger is painted (goal < 0.1 s for the ledger),
//   - scrolling that ledger to its last entry (goal < 50 ms),
//   - peak memory (goal < 300 MB),
// and, for information, how long the background alert review takes.
// Usage: ui_open [FILE [PEOPLE YEARS]]   (FILE is generated on first use with PEOPLE
// people and YEARS years, 1,000 and 5 by default; default /tmp/isf-bench-1000x5.isf)
#include "core/generator/Generator.h"
#include "core/ledger/LedgerQueries.h"
#include "core/storage/PersonStore.h"
#include "core/storage/ProviderFile.h"
#include "core/time/Clock.h"
#include "ui/common/AppSettings.h"
#include "ui/common/FileDialogs.h"
#include "ui/common/Session.h"
#include "ui/main/MainWindow.h"
#include "ui/people/PeopleModel.h"
#include "ui/people/PeoplePage.h"
#include "ui/person/LedgerModel.h"
#include "ui/person/LedgerTab.h"
#include "ui/person/PersonView.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimeZone>

#include <cstdio>
#include <ctime>

using namespace isf;
using namespace isf::ui;

namespace {

double ms(const QElapsedTimer &t)
{
    return static_cast<double>(t.nsecsElapsed()) / 1e6;
}

// Processor time of the GUI thread, in ms: what the figure would be on an idle machine
// (the wall-clock figures also count waiting for a core on a busy one).
double cpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

void paint(QWidget *w)
{
    w->repaint();
    QApplication::processEvents();
}

long memoryKb(const char *field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(static_cast<int>(qstrlen(field))).trimmed().split(' ').first().toLong();
    return -1;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const FixedClock clock(QDateTime(QDate(2026, 11, 28), QTime(12, 0), QTimeZone::utc()));
    const QString path
        = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("/tmp/isf-bench-1000x5.isf");
    if (!QFileInfo::exists(path)) {
        QElapsedTimer g;
        g.start();
        const ProviderFile file = ProviderFile::create(
            path, QStringLiteral("Bench provider"), QStringLiteral("bench"), clock);
        GeneratorOptions o;
        o.people = argc > 3 ? QByteArray(argv[2]).toInt() : 1000;
        o.years = argc > 3 ? QByteArray(argv[3]).toInt() : 5;
        o.today = clock.today();
        const GeneratorSummary s = generateProvider(file, o);
        std::printf("generated %d people, %lld transactions in %.1f s\n", s.people,
            static_cast<long long>(s.transactions), ms(g) / 1000.0);
    }

    QTemporaryDir scratch;
    AppSettings settings(scratch.filePath(QStringLiteral("settings.ini")));
    FileDialogs dialogs;
    MainWindow w(settings, dialogs, clock);
    w.resize(1280, 800);
    w.show();
    QApplication::processEvents();

    QElapsedTimer t;
    t.start();
    double c0 = cpuMs();
    if (!w.openFile(path))
        return 1;
    paint(&w);
    const double dashboard = ms(t);
    const double dashboardCpu = cpuMs() - c0;
    const int people = w.people()->model()->rowCount();
    // The People list's rules figures and the due list come from the background reader;
    // then the alert review runs. Let all of it finish before timing the person, so the
    // figures below are the person's alone.
    while (w.session()->busy())
        QApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    const double review = ms(t) - dashboard;
    QApplication::processEvents();

    // The person with the longest ledger.
    Id longest = 0;
    int lines = -1;
    for (const Person &p : listPeople(w.session()->file())) {
        const int n
            = personLedgerCount(w.session()->file(), p.id, QDate(1990, 1, 1), QDate(2040, 1, 1));
        if (n > lines) {
            lines = n;
            longest = p.id;
        }
    }
    t.restart();
    c0 = cpuMs();
    PersonView *view = w.openPerson(longest);
    paint(&w);
    const double personAll = ms(t);
    const double personCpu = cpuMs() - c0;
    // The ledger alone, as when its filter changes.
    t.restart();
    c0 = cpuMs();
    view->ledgerTab()->reload();
    paint(view->ledgerTab()->view());
    const double ledger = ms(t);
    const double ledgerCpu = cpuMs() - c0;

    t.restart();
    c0 = cpuMs();
    view->ledgerTab()->model()->fetchAll();
    view->ledgerTab()->view()->scrollToBottom();
    paint(view->ledgerTab()->view());
    const double scroll = ms(t);
    const double scrollCpu = cpuMs() - c0;
    const bool atEnd = view->ledgerTab()->view()->verticalScrollBar()->value()
        == view->ledgerTab()->view()->verticalScrollBar()->maximum();

    std::printf("                                  wall ms   cpu ms\n");
    std::printf(
        "dashboard shown after opening:   %8.1f %8.1f  (goal < 1000; People list of %d too)\n",
        dashboard, dashboardCpu, people);
    std::printf("person opened (ledger tab):      %8.1f %8.1f\n", personAll, personCpu);
    std::printf(
        "person's ledger (%4d lines):    %8.1f %8.1f  (goal < 100)\n", lines, ledger, ledgerCpu);
    std::printf("scroll to the last entry:        %8.1f %8.1f  (goal < 50)%s\n", scroll, scrollCpu,
        atEnd ? "" : " NOT AT END");
    std::printf("background work after opening:   %8.1f ms (people's rules figures, due list, "
                "alert review)\n",
        review);
    std::printf(
        "peak memory (VmHWM):             %8.1f MB  (goal < 300)\n", memoryKb("VmHWM:") / 1024.0);
    return 0;
}
