// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "app/cli/Cli.h"
#include "app/cli/OpenFile.h"
#include "core/export/Exporter.h"
#include "core/import/Importer.h"
#include "core/storage/ProviderFile.h"
#include "core/util/AtomicFile.h"
#include "core/util/Errors.h"

#include <QFile>

#include <cstdio>

namespace isf::cli {
namespace {

int run(Context &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The provider file."));
    parser.addPositionalArgument(
        QStringLiteral("KIND"), exportKinds().join(QStringLiteral(", ")) + QStringLiteral("."));
    const QCommandLineOption format(QStringLiteral("format"),
        QStringLiteral("csv (default; the layout 'isf import' reads) or json."),
        QStringLiteral("csv|json"), QStringLiteral("csv"));
    const QCommandLineOption output({ QStringLiteral("o"), QStringLiteral("output") },
        QStringLiteral("Write to this file (replaced only when the export is complete) instead "
                       "of standard output."),
        QStringLiteral("PATH"));
    parser.addOption(format);
    parser.addOption(output);
    if (!ctx.parse(parser,
            QStringLiteral("Export records in the layout 'isf import' reads, so that exporting "
                           "and importing into a new file gives the same balances (see "
                           "docs/import-formats.md).")))
        return ctx.exitStatus();
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2)
        return ctx.usage(QStringLiteral("give FILE and KIND"));
    if (!exportKinds().contains(args[1].trimmed().toLower()))
        return ctx.usage(QStringLiteral("KIND must be %1, not \"%2\"")
                             .arg(exportKinds().join(QStringLiteral(", ")), args[1]));
    ExportFormat fmt = ExportFormat::Csv;
    try {
        fmt = parseExportFormat(parser.value(format));
    } catch (const InputError &e) {
        return ctx.usage(QStringLiteral("--format: %1").arg(e.message()));
    }
    const auto file = openForReading(ctx, args[0]);
    if (parser.isSet(output)) {
        AtomicWriteFile out(parser.value(output));
        const qint64 rows = exportRecords(*file, args[1], fmt, out.device());
        out.commit();
        ctx.out() << "Exported " << countText(rows) << ' ' << args[1].trimmed().toLower() << " to "
                  << parser.value(output) << ".\n";
        return Ok;
    }
    ctx.out().flush();
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        throw StorageError(QStringLiteral("Standard output cannot be written."));
    exportRecords(*file, args[1], fmt, out);
    out.flush();
    return Ok;
}

const bool registered = Registry::add({ QStringLiteral("export"),
    QStringLiteral("Export records as CSV (the import layout) or JSON."), false, run });

} // namespace
} // namespace isf::cli
