// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "reports/layout/Paginator.h"
#include "reports/layout/Renderer.h"
#include "tests/reports_layout/SampleDocuments.h"
#include "tests/support/catch.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QPdfWriter>

#include <ctime>
#include <functional>
#include <iostream>
#include <thread>
#include <vector>

using namespace isf::reports;

namespace {

double threadCpuSeconds()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
}

// Runs work count times; prints documents per wall-clock second and per CPU second of
// this thread (the second is what one core can do, whatever else the machine is doing).
void measure(const char *what, int count, const std::function<void()> &work)
{
    for (int i = 0; i < 10; ++i) // warm the font caches
        work();
    QElapsedTimer wall;
    wall.start();
    const double cpu0 = threadCpuSeconds();
    for (int i = 0; i < count; ++i)
        work();
    const double cpu = threadCpuSeconds() - cpu0;
    const double seconds = static_cast<double>(wall.nsecsElapsed()) / 1e9;
    std::cout << what << ": " << count << " in " << seconds << " s wall, " << cpu
              << " s CPU: " << static_cast<int>(count / seconds) << " documents/s wall, "
              << static_cast<int>(count / cpu) << " documents/s per CPU second\n";
}

int pageCount(const Document &doc)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    setUpPdfWriter(writer, doc);
    return PagedLayout(doc, writer).pageCount();
}

} // namespace

// Not run by default (timings on a shared machine are not a pass/fail matter):
//   ./test_reports_layout "[.speed]"        (ISF_SPEED_DOCUMENTS=n to change the count)
// Renders a two-page statement (27 entries, letterhead with logo, regular and bold
// type) to an in-memory PDF again and again on this one thread, as `isf statements` does
// per person; then the same without the logo, then layout alone.
TEST_CASE("render speed of a two-page statement", "[.speed]")
{
    const int count = qEnvironmentVariableIntValue("ISF_SPEED_DOCUMENTS") > 0
        ? qEnvironmentVariableIntValue("ISF_SPEED_DOCUMENTS")
        : 1000;
    const Document doc = samples::statement(27);
    REQUIRE(pageCount(doc) == 2);
    Document plain = doc;
    plain.letterhead.logo = QImage();

    measure("two-page statement to PDF", count, [&] { pdfBytes(doc); });
    measure("the same without a logo", count, [&] { pdfBytes(plain); });
    measure("layout alone", count, [&] { CHECK(pageCount(doc) == 2); });

    // Both cores, one worker thread each, as `isf statements` runs.
    QElapsedTimer wall;
    wall.start();
    std::vector<std::thread> workers;
    for (int t = 0; t < 2; ++t)
        workers.emplace_back([&] {
            for (int i = 0; i < count / 2; ++i)
                pdfBytes(doc);
        });
    for (std::thread &worker : workers)
        worker.join();
    const double seconds = static_cast<double>(wall.nsecsElapsed()) / 1e9;
    std::cout << "two worker threads: " << count << " in " << seconds
              << " s wall: " << static_cast<int>(count / seconds) << " documents/s\n";
}
