// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "app/cli/Cli.h"
#include "core/rules/alerts/AlertStore.h"
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
    parser.addPositionalArgument(QStringLiteral("ALERT_ID"),
        QStringLiteral("The alert, as 'isf alerts' lists it (not with --notice)."));
    parser.addOption({ QStringLiteral("notice"),
        QStringLiteral("Instead: the notice of termination of this person's agreement."),
        QStringLiteral("PERSON_REF") });
    parser.addOption({ QStringLiteral("out"), QStringLiteral("The PDF to write (required)."),
        QStringLiteral("F.pdf") });
    if (!ctx.parse(parser,
            QStringLiteral("Write a notification letter as a PDF: from an alert, excess balance "
                           "or surplus held (to the case worker) or contribution arrears (to "
                           "the care manager); with --notice, the notice of termination of a "
                           "person's agreement (to the council).")))
        return ctx.exitStatus();
    const QStringList args = parser.positionalArguments();
    const bool notice = parser.isSet(QStringLiteral("notice"));
    if (notice ? args.size() != 1 : args.size() != 2)
        return ctx.usage(notice ? QStringLiteral("give FILE and --notice PERSON_REF")
                                : QStringLiteral("give FILE and ALERT_ID"));
    if (!parser.isSet(QStringLiteral("out")))
        return ctx.usage(QStringLiteral("--out is required"));
    const QString out = parser.value(QStringLiteral("out"));
    const auto file = ctx.open(args[0]);
    if (notice) {
        const Person person = requirePerson(*file, parser.value(QStringLiteral("notice")));
        const auto agreement = currentAgreement(*file, person.id);
        if (!agreement)
            throw InputError(QStringLiteral("%1 has no agreement.").arg(person.ref));
        reports::writePdf(reports::noticeLetterDocument(*file, agreement->id), out);
        ctx.out() << "Wrote " << out << ": notice of termination for " << person.ref << " "
                  << person.fullName() << ".\n";
        return Ok;
    }
    bool ok = false;
    const Id alertId = args[1].toLongLong(&ok);
    if (!ok || alertId < 1)
        return ctx.usage(QStringLiteral("ALERT_ID must be an alert's number, as 'isf alerts' "
                                        "lists it"));
    reports::writePdf(reports::letterDocument(*file, alertId), out);
    const auto record = alertRecord(*file, alertId);
    ctx.out() << "Wrote " << out << ": letter about alert " << alertId << " (" << record->alert.rule
              << ") for " << record->alert.personRef << ".\n";
    return Ok;
}

const bool registered = Registry::add({ QStringLiteral("letter"),
    QStringLiteral("A notification letter (excess balance, arrears, notice) as a PDF."), true,
    run });

} // namespace
} // namespace isf::cli
