// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
// The calculator's questionnaire and bands export in the layout they import from, so a
// council's calculator moves between files (or to a spreadsheet and back) unchanged.
#include "core/export/Exporter.h"
#include "core/import/Importer.h"
#include "tests/support/Fixtures.h"
#include "tests/support/catch.h"

#include <QBuffer>
#include <QFile>

using namespace isf;

namespace {

QByteArray fileBytes(const QString &name)
{
    QFile f(QStringLiteral(ISF_SOURCE_DIR "/tests/core_rules_golden/cases/"
                                          "calculator-east-renfrewshire/")
        + name);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

QByteArray exported(TestFile &t, const QString &kind)
{
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    exportRecords(*t, kind, ExportFormat::Csv, out);
    return out.data();
}

} // namespace

TEST_CASE("questionnaire and budget-bands export as they were imported, and import again")
{
    TestFile t;
    t.addCouncil(QStringLiteral("East Renfrewshire HSCP"), QStringLiteral("custom"));
    for (const char *kind : { "questionnaire", "budget-bands" }) {
        const QString k = QLatin1String(kind);
        const QByteArray original = fileBytes(k + QStringLiteral(".csv"));
        importCsv(*t, k, original, k + QStringLiteral(".csv"));
        INFO(kind);
        const QByteArray first = exported(t, k);
        // The same rows (the export quotes only the cells that need it).
        CHECK(first.count('\n') == original.count('\n'));
        TestFile copy;
        copy.addCouncil(QStringLiteral("East Renfrewshire HSCP"), QStringLiteral("custom"));
        importCsv(*copy, k, first, QStringLiteral("export.csv"));
        CHECK(exported(copy, k) == first);
    }
    const QString questions = QString::fromUtf8(exported(t, QStringLiteral("questionnaire")));
    CHECK(questions.contains(
        u"East Renfrewshire HSCP,1,2,Moving around the home and the community,b,3,0,0\n"));
    CHECK(questions.contains(
        u"East Renfrewshire HSCP,1,1,\"Personal care: washing, dressing, eating\",d,12,0,0\n"));
    CHECK(exported(t, QStringLiteral("budget-bands"))
        == fileBytes(QStringLiteral("budget-bands.csv")));
}
