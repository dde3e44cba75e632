// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "app/cli/Cli.h"
#include "core/import/Importer.h"
#include "core/storage/ProviderFile.h"

namespace isf::cli {
namespace {

QString kindsHelp()
{
    QString text = QStringLiteral("\nKinds and their required columns (docs/import-formats.md has "
                                  "every column; resources/templates/ has blank files):\n");
    for (const ImportKind *kind : ImportRegistry::all())
        text += QStringLiteral("  %1%2\n    %3\n")
                    .arg(kind->name.leftJustified(14), kind->description,
                        kind->required.join(QStringLiteral(",")));
    return text;
}

int run(Context &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The provider file."));
    parser.addPositionalArgument(QStringLiteral("KIND"),
        ImportRegistry::names().join(QStringLiteral(", ")) + QStringLiteral("."));
    parser.addPositionalArgument(QStringLiteral("CSV"), QStringLiteral("The file to import."));
    if (!ctx.parse(parser,
            QStringLiteral("Import a CSV file, all or nothing: if any row has a problem, every "
                           "problem is listed as CSV:LINE: COLUMN: message and nothing is "
                           "imported. Importing the same transactions twice is refused.")
                + kindsHelp()))
        return ctx.exitStatus();
    const QStringList args = parser.positionalArguments();
    if (args.size() != 3)
        return ctx.usage(QStringLiteral("give FILE, KIND and CSV"));
    if (!ImportRegistry::find(args[1]))
        return ctx.usage(QStringLiteral("KIND must be %1, not \"%2\"")
                             .arg(ImportRegistry::names().join(QStringLiteral(", ")), args[1]));
    const auto file = ctx.open(args[0]);
    try {
        const ImportResult result = importCsvFile(*file, args[1], args[2]);
        ctx.out() << describeImport(result) << '\n';
        return Ok;
    } catch (const ImportError &e) {
        for (const QString &problem : e.problems())
            ctx.err() << problem << '\n';
        ctx.err() << "isf import: " << countText(e.problems().size())
                  << (e.problems().size() == 1 ? " problem in " : " problems in ") << e.sourceName()
                  << "; nothing was imported.\n";
        return Failed;
    } catch (const InputError &e) {
        ctx.err() << "isf import: " << e.message() << '\n';
        if (!e.message().contains(QStringLiteral("nothing was imported")))
            ctx.err() << "Nothing was imported.\n";
        return Failed;
    }
}

const bool registered = Registry::add({ QStringLiteral("import"),
    QStringLiteral("Import a CSV file: councils, people, agreements, transactions, ..."), false,
    run });

} // namespace
} // namespace isf::cli
