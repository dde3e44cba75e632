// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
// The blank templates shipped in resources/templates/ are exactly the import layouts,
// and each imports cleanly as it is (a header and no rows).
#include "core/import/Columns.h"
#include "tests/core_import/ImportSupport.h"

#include <QFile>

using namespace isf;

TEST_CASE("resources/templates: one header-only file per kind, with every column the import takes")
{
    const std::pair<const char *, ColumnLayout> kinds[] = {
        { "councils", councilColumns() },
        { "people", peopleColumns() },
        { "agreements", agreementColumns() },
        { "suppliers", supplierColumns() },
        { "transactions", transactionColumns() },
    };
    for (const auto &[kind, layout] : kinds) {
        INFO(kind);
        QFile f(
            QStringLiteral(ISF_SOURCE_DIR "/resources/templates/%1.csv").arg(QLatin1String(kind)));
        REQUIRE(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        QStringList expected = layout.all();
        expected.removeAll(QStringLiteral("txn_id")); // exports carry these two, to
        expected.removeAll(QStringLiteral("reverses")); // import reversals again
        CHECK(text == expected.join(u',').toUtf8() + '\n');
        TestFile t;
        const ImportResult r = importText(t, kind, text);
        CHECK(r.rows == 0);
        CHECK(r.added == 0);
    }
}
