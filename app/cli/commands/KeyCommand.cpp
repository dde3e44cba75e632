// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "app/cli/Cli.h"
#include "core/integrity/ProviderKey.h"
#include "core/integrity/SigningKey.h"
#include "core/storage/ProviderFile.h"

#include <QFile>

namespace isf::cli {
namespace {

int run(Context &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("ACTION"),
        QStringLiteral("show (the public key and fingerprint), export (write provider.pub) or "
                       "new (replace a lost or retired key)."));
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The provider file."));
    const QCommandLineOption out(QStringLiteral("out"),
        QStringLiteral("export: where to write the public key file."), QStringLiteral("PUB"));
    const QCommandLineOption reason(QStringLiteral("reason"),
        QStringLiteral("new: why the key is replaced (recorded in the journal)."),
        QStringLiteral("TEXT"));
    parser.addOption(out);
    parser.addOption(reason);
    if (!ctx.parse(parser,
            QStringLiteral("Show, export or replace the provider's signing key. The private key "
                           "stays in the system keychain (or an owner-only key file) and is "
                           "never printed.")))
        return ctx.exitStatus();
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2)
        return ctx.usage(QStringLiteral("give ACTION (show, export or new) and FILE"));
    const QString &action = args[0];
    if (action != u"show" && action != u"export" && action != u"new")
        return ctx.usage(QStringLiteral("ACTION must be show, export or new, not %1").arg(action));
    if (action == u"export" && !parser.isSet(out))
        return ctx.usage(QStringLiteral("export needs --out PUB"));
    const auto file = ctx.open(args[1]);
    SigningKeyRecord key = action == u"new" ? replaceSigningKey(*file, parser.value(reason))
                                            : ensureSigningKey(*file);
    if (action == u"export") {
        QFile f(parser.value(out));
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || f.write(publicKeyFileText(key.publicKey)) < 0 || !f.flush()) {
            ctx.err() << "isf key: could not write " << parser.value(out) << ".\n";
            return Failed;
        }
        ctx.out() << "Wrote the public key " << key.fingerprint << " to " << parser.value(out)
                  << ".\n";
        return Ok;
    }
    if (action == u"new")
        ctx.out() << "New signing key " << key.fingerprint << " replaces "
                  << key.replacesFingerprint
                  << ". Send the councils the new public key (isf key export).\n";
    ctx.out() << "fingerprint  " << key.fingerprint << '\n'
              << "public key   " << QString::fromLatin1(key.publicKey.toBase64()) << '\n'
              << "made         " << key.createdAt << " by " << key.createdBy << '\n';
    if (!key.replacesFingerprint.isEmpty())
        ctx.out() << "replaces     " << key.replacesFingerprint << '\n';
    return Ok;
}

const bool registered = Registry::add({ QStringLiteral("key"),
    QStringLiteral("Show, export or replace the provider's signing key."), false, run });

} // namespace
} // namespace isf::cli
