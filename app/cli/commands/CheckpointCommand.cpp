// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "app/cli/Cli.h"
#include "core/integrity/Checkpoint.h"
#include "core/integrity/SigningKey.h"
#include "core/storage/ProviderFile.h"

#include <QFile>

namespace isf::cli {
namespace {

int run(Context &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The provider file."));
    const QCommandLineOption out(QStringLiteral("out"),
        QStringLiteral("Write the signed checkpoint here (keep it outside the file's folder)."),
        QStringLiteral("CP.json"));
    parser.addOption(out);
    if (!ctx.parse(parser,
            QStringLiteral("Sign where the file stands now (journal and ledger heads, counts, "
                           "date) with the provider key. Later, isf verify FILE --checkpoint "
                           "CP.json proves the file still holds exactly this history.")))
        return ctx.exitStatus();
    if (parser.positionalArguments().size() != 1)
        return ctx.usage(QStringLiteral("give exactly one FILE"));
    const auto file = ctx.open(parser.positionalArguments().constFirst());
    const Checkpoint cp = makeCheckpoint(*file, QStringLiteral("manual"));
    if (parser.isSet(out)) {
        QFile f(parser.value(out));
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(cp.toJsonBytes()) < 0
            || !f.flush()) {
            ctx.err() << "isf checkpoint: could not write " << parser.value(out) << ".\n";
            return Failed;
        }
    } else {
        ctx.out() << cp.toJsonBytes();
    }
    ctx.err() << "Signed " << cp.label() << ": " << cp.journalLast << " journal entries, "
              << cp.txnLast << " transactions, " << cp.statementsIssued
              << " issued statements; key " << fingerprint(cp.publicKey) << ".\n";
    return Ok;
}

const bool registered = Registry::add({ QStringLiteral("checkpoint"),
    QStringLiteral("Sign a checkpoint of the file's history."), false, run });

} // namespace
} // namespace isf::cli
