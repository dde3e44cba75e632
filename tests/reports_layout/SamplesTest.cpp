// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "reports/layout/Renderer.h"
#include "tests/reports_layout/SampleDocuments.h"
#include "tests/support/catch.h"

#include <QDir>

// Not run by default: writes the sample documents as PDFs for a person to look at.
//   ISF_LAYOUT_SAMPLES=/tmp/layout ./test_reports_layout "[.samples]"
TEST_CASE("write the sample documents for looking at", "[.samples]")
{
    const QString dir = qEnvironmentVariable("ISF_LAYOUT_SAMPLES", QDir::tempPath());
    QDir().mkpath(dir);
    isf::reports::writePdf(samples::statement(40), dir + QStringLiteral("/statement.pdf"));
    isf::reports::writePdf(samples::statement(300), dir + QStringLiteral("/statement300.pdf"));
    isf::reports::writePdf(samples::easyReadStatement(), dir + QStringLiteral("/easyread.pdf"));
    isf::reports::writePdf(samples::agreement(), dir + QStringLiteral("/agreement.pdf"));
    SUCCEED("written to " << dir.toStdString());
}
