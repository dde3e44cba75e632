// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "app/cli/Cli.h"
#include "core/integrity/ProviderKey.h"
#include "core/storage/ProviderFile.h"

namespace isf::cli {
namespace {

int run(Context &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The new provider file."));
    const QCommandLineOption name(QStringLiteral("provider-name"),
        QStringLiteral("The provider's name."), QStringLiteral("NAME"));
    parser.addOption(name);
    if (!ctx.parse(parser, QStringLiteral("Create a new, empty provider file.")))
        return ctx.exitStatus();
    if (parser.positionalArguments().size() != 1)
        return ctx.usage(QStringLiteral("give exactly one FILE"));
    if (!parser.isSet(name))
        return ctx.usage(QStringLiteral("--provider-name is required"));
    const QString path = parser.positionalArguments().constFirst();
    const ProviderFile file
        = ProviderFile::create(path, parser.value(name), ctx.userName(), ctx.clock());
    const SigningKeyRecord key = ensureSigningKey(file);
    ctx.out() << "Created " << path << " for " << parser.value(name).trimmed() << ".\n"
              << "Signing key " << key.fingerprint
              << " (register it with the councils: isf key export " << path
              << " --out provider.pub).\n";
    return Ok;
}

const bool registered = Registry::add(
    { QStringLiteral("init"), QStringLiteral("Create a new provider file."), false, run });

} // namespace
} // namespace isf::cli
