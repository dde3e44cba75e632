// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
// Times the register views with their totals and charts on: the People list of the
// generated file painted, and a person with a 5,000-line ledger opened until the ledger
// (opened at its latest entry, with its totals row) is painted, then their charts tab.
// Goal: each first paint under 100 ms.
// Usage: ui_register [PEOPLE]   (a fresh file in a temporary folder; 1,000 people default)
#include "core/generator/Generator.h"
#include "core/ledger/Ledger.h"
#include "core/storage/AgreementStore.h"
#include "core/storage/PersonStore.h"
#include "core/storage/ProviderFile.h"
#include "core/storage/ReferenceStore.h"
#include "core/storage/Sql.h"
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
#include <QTabWidget>
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

// A person with `lines` entries: weekly council payments and daily expenses.
Id addLongLedger(const ProviderFile &file, const QDate &today, int lines)
{
    const Id council = listCouncils(file).front().id;
    Person p;
    p.ref = QStringLiteral("LONG1");
    p.givenName = QStringLiteral("Long");
    p.familyName = QStringLiteral("Ledger");
    p.councilId = council;
    const Id pid = savePerson(file, p);
    const QDate start = today.addDays(-lines / 2);
    Agreement a;
    a.personId = pid;
    a.status = AgreementStatus::Active;
    a.startDate = start;
    a.budgets.push_back({ start, Money::fromPence(35000) });
    addAgreementVersion(file, a);
    const Id category = listCategories(file).front().id;
    Ledger ledger(file);
    WriteTransaction txn(file.database());
    for (int i = 0; i < lines; ++i) {
        NewEntry e;
        e.personId = pid;
        e.date = start.addDays(i / 2);
        if (i % 2 == 0) {
            e.kind = TxnKind::CouncilPayment;
            e.amount = Money::fromPence(5000);
        } else {
            e.kind = TxnKind::Expense;
            e.amount = Money::fromPence(4000 + i % 900);
            e.categoryId = category;
        }
        ledger.post(e);
    }
    txn.commit();
    return pid;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const FixedClock clock(QDateTime(QDate(2026, 11, 28), QTime(12, 0), QTimeZone::utc()));
    QTemporaryDir scratch;
    const QString path = scratch.filePath(QStringLiteral("register.isf"));
    Id longest = 0;
    {
        const ProviderFile file = ProviderFile::create(
            path, QStringLiteral("Bench provider"), QStringLiteral("bench"), clock);
        GeneratorOptions o;
        o.people = argc > 1 ? QByteArray(argv[1]).toInt() : 1000;
        o.years = 1;
        o.today = clock.today();
        generateProvider(file, o);
        longest = addLongLedger(file, clock.today(), 5000);
    }
    AppSettings settings(scratch.filePath(QStringLiteral("settings.ini")));
    FileDialogs dialogs;
    MainWindow w(settings, dialogs, clock);
    w.resize(1280, 800);
    w.show();
    QApplication::processEvents();
    if (!w.openFile(path))
        return 1;
    while (w.session()->busy())
        QApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);

    QElapsedTimer t;
    t.start();
    double c0 = cpuMs();
    w.workspace()->setCurrentWidget(w.people());
    w.people()->reload();
    paint(&w);
    const double people = ms(t), peopleCpu = cpuMs() - c0;
    const int peopleRows = w.people()->model()->rowCount();
    while (w.session()->busy())
        QApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);

    t.restart();
    c0 = cpuMs();
    PersonView *view = w.openPerson(longest);
    paint(&w);
    const double person = ms(t), personCpu = cpuMs() - c0;
    const int lines = view->ledgerTab()->model()->rowCount();
    const bool atLatest = view->ledgerTab()->view()->currentIndex().row() == lines - 1;

    t.restart();
    c0 = cpuMs();
    view->tabs()->setCurrentIndex(view->tabs()->count() - 1); // Charts
    paint(&w);
    const double charts = ms(t), chartsCpu = cpuMs() - c0;

    std::printf("                                         wall ms   cpu ms\n");
    std::printf("People list painted (%5d people):      %8.1f %8.1f  (goal < 100)\n", peopleRows,
        people, peopleCpu);
    std::printf("ledger painted (%5d lines, totals on): %8.1f %8.1f  (goal < 100)%s\n", lines,
        person, personCpu, atLatest ? "" : " NOT AT LATEST");
    std::printf(
        "charts tab painted:                     %8.1f %8.1f  (goal < 100)\n", charts, chartsCpu);
    return 0;
}
