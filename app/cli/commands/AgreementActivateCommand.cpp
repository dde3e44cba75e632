// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "app/cli/Cli.h"
#include "core/rules/Lifecycle.h"
#include "core/storage/PersonStore.h"
#include "core/storage/ProviderFile.h"
#include "core/time/Dates.h"

namespace isf::cli {
namespace {

int run(Context &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The provider file."));
    parser.addPositionalArgument(QStringLiteral("PERSON_REF"), QStringLiteral("The person."));
    if (!ctx.parse(parser,
            QStringLiteral("Put a person's draft agreement in force (once all parties have "
                           "signed it).")))
        return ctx.exitStatus();
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2)
        return ctx.usage(QStringLiteral("give FILE and PERSON_REF"));
    const auto file = ctx.open(args[0]);
    const Person person = requirePerson(*file, args[1]);
    const Agreement a = activateAgreement(*file, person.id);
    ctx.out() << person.ref << "'s agreement (version " << a.version << ") is in force from "
              << isoDate(a.startDate) << ".\n";
    return Ok;
}

const bool registered = Registry::add({ QStringLiteral("agreement-activate"),
    QStringLiteral("Put a draft agreement in force."), false, run });

} // namespace
} // namespace isf::cli
