// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "app/cli/Cli.h"
#include "core/storage/AgreementStore.h"
#include "core/storage/PersonStore.h"
#include "core/storage/ProviderFile.h"
#include "core/util/Errors.h"
#include "reports/documents/Statements.h"
#include "reports/layout/Renderer.h"

namespace isf::cli {
namespace {

int run(Context &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The provider file."));
    parser.addPositionalArgument(QStringLiteral("PERSON_REF"), QStringLiteral("The person."));
    parser.addOption({ QStringLiteral("version"),
        QStringLiteral("The agreement version to print (default: the one in force)."),
        QStringLiteral("N") });
    parser.addOption({ QStringLiteral("out"), QStringLiteral("The PDF to write (required)."),
        QStringLiteral("F.pdf") });
    if (!ctx.parse(parser,
            QStringLiteral("Write a person's ISF agreement (FIN3) as a PDF, for the person or "
                           "their representative, the provider and the council to sign.")))
        return ctx.exitStatus();
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2)
        return ctx.usage(QStringLiteral("give FILE and PERSON_REF"));
    if (!parser.isSet(QStringLiteral("out")))
        return ctx.usage(QStringLiteral("--out is required"));
    int version = 0;
    if (parser.isSet(QStringLiteral("version"))) {
        bool ok = false;
        version = parser.value(QStringLiteral("version")).toInt(&ok);
        if (!ok || version < 1)
            return ctx.usage(QStringLiteral("--version must be a whole number from 1"));
    }
    const auto file = ctx.open(args[0]);
    const Person person = requirePerson(*file, args[1]);
    const std::vector<Agreement> versions = agreementVersions(*file, person.id);
    if (versions.empty())
        throw InputError(QStringLiteral("%1 has no agreement.").arg(person.ref));
    std::optional<Agreement> chosen;
    if (version) {
        for (const Agreement &a : versions)
            if (a.version == version)
                chosen = a;
        if (!chosen) {
            QStringList known;
            for (const Agreement &a : versions)
                known << QString::number(a.version);
            throw InputError(QStringLiteral("%1 has no agreement version %2 (versions: %3).")
                                 .arg(person.ref)
                                 .arg(version)
                                 .arg(known.join(QStringLiteral(", "))));
        }
    } else {
        chosen = currentAgreement(*file, person.id);
    }
    const QString out = parser.value(QStringLiteral("out"));
    reports::writePdf(reports::agreementDocument(*file, chosen->id), out);
    ctx.out() << "Wrote " << out << ": ISF agreement (FIN3) of " << person.ref << " "
              << person.fullName() << ", version " << chosen->version << " ("
              << agreementStatusCode(chosen->status) << ").\n";
    return Ok;
}

const bool registered = Registry::add({ QStringLiteral("agreement"),
    QStringLiteral("A person's ISF agreement (FIN3), any version, as a PDF."), true, run });

} // namespace
} // namespace isf::cli
