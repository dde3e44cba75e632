#include "app/cli/Cli.h"
#include "core/ledger/Verify.h"
#include "core/storage/ProviderFile.h"

namespace isf::cli {
namespace {

int run(Context &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The provider file."));
    if (!ctx.parse(parser,
            QStringLiteral(
                "Check a provider file: SQLite integrity, that every transaction balances, "
                "that the hash chain is unbroken, and that the client bank balance equals "
                "the sum of the funds.")))
        return ctx.exitStatus();
    if (parser.positionalArguments().size() != 1)
        return ctx.usage(QStringLiteral("give exactly one FILE"));
    const auto file = ctx.open(parser.positionalArguments().constFirst());
    const VerifyReport report = verifyFile(*file);
    for (const QString &line : report.passed)
        ctx.out() << "ok       " << line << '\n';
    for (const QString &line : report.problems)
        ctx.out() << "PROBLEM  " << line << '\n';
    ctx.out().flush();
    if (!report.ok()) {
        ctx.err() << "isf verify: " << report.problems.size() << " problem(s) found";
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
