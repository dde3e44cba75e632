// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "app/cli/Cli.h"
#include "core/integrity/Checkpoint.h"
#include "core/ledger/Verify.h"
#include "core/storage/ProviderFile.h"
#include "core/util/Errors.h"
#ifdef ISF_HAVE_REPORTS
#include "reports/pack/PackSignature.h"
#endif

#include <QFile>

namespace isf::cli {
namespace {

Checkpoint readCheckpointFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw InputError(QStringLiteral("%1 cannot be read.").arg(path));
    return Checkpoint::fromJsonBytes(f.readAll(), path);
}

int run(Context &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The provider file."));
    const QCommandLineOption checkpoint(QStringLiteral("checkpoint"),
        QStringLiteral("A signed checkpoint (from isf checkpoint) the file must still hold and "
                       "extend; repeatable."),
        QStringLiteral("CP.json"));
    const QCommandLineOption pack(QStringLiteral("pack"),
        QStringLiteral("An audit pack made from this file: the checkpoint it carries must hold."),
        QStringLiteral("PACK.zip"));
    const QCommandLineOption fingerprintOption(QStringLiteral("fingerprint"),
        QStringLiteral("The key fingerprint the checkpoints must be signed with."),
        QStringLiteral("FP"));
    const QCommandLineOption quick(QStringLiteral("quick"),
        QStringLiteral("A fast check: SQLite's quick_check instead of the full integrity check."));
    parser.addOption(checkpoint);
    parser.addOption(pack);
    parser.addOption(fingerprintOption);
    parser.addOption(quick);
    if (!ctx.parse(parser,
            QStringLiteral(
                "Check a provider file: SQLite integrity, that every transaction balances, "
                "that the ledger's hash chain and the journal of every change are unbroken and "
                "match every row, that issued statements still hold and their periods are "
                "closed, that the client bank balance equals the sum of the funds, and that the "
                "file holds exactly the history each signed checkpoint signed.")))
        return ctx.exitStatus();
    if (parser.positionalArguments().size() != 1)
        return ctx.usage(QStringLiteral("give exactly one FILE"));
    VerifyOptions options;
    options.quick = parser.isSet(quick);
    options.expectedFingerprint = parser.value(fingerprintOption);
    for (const QString &path : parser.values(checkpoint))
        options.checkpoints.emplace_back(readCheckpointFile(path), path);
    for (const QString &path : parser.values(pack)) {
#ifdef ISF_HAVE_REPORTS
        const std::optional<Checkpoint> cp = reports::packCheckpoint(path);
        if (!cp) {
            ctx.err() << "isf verify: " << path << " carries no signed checkpoint.\n";
            return CheckFailed;
        }
        options.checkpoints.emplace_back(*cp, QStringLiteral("the pack %1").arg(path));
#else
        return ctx.usage(
            QStringLiteral("--pack %1: needs a build with the reports library").arg(path));
#endif
    }
    const auto file = ctx.open(parser.positionalArguments().constFirst());
    const VerifyReport report = verifyFile(*file, options);
    for (const QString &line : report.passed)
        ctx.out() << "ok       " << line << '\n';
    for (const QString &line : report.problems)
        ctx.out() << "PROBLEM  " << line << '\n';
    if (options.checkpoints.empty())
        ctx.out() << "note     No checkpoint held outside the file was given: a file rebuilt "
                     "from scratch by someone with the file would pass. Give --checkpoint CP.json "
                     "or --pack PACK.zip to prove its history.\n";
    ctx.out().flush();
    if (!report.ok()) {
        ctx.err() << "isf verify: " << report.problems.size() << " problem(s) found";
        if (report.firstBadEntry)
            ctx.err() << "; the first bad journal entry is " << report.firstBadEntry;
        if (report.firstBadTxn)
            ctx.err() << "; the first bad transaction is " << report.firstBadTxn;
        ctx.err() << ".\n";
        return CheckFailed;
    }
    return Ok;
}

const bool registered = Registry::add({ QStringLiteral("verify"),
    QStringLiteral("Check a provider file for damage or tampering."), false, run });

} // namespace
} // namespace isf::cli
