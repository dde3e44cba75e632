// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "app/cli/Cli.h"
#include "core/statements/StatementData.h"
#include "core/statements/StatementPeriods.h"
#include "core/statements/StatementsIssued.h"
#include "core/storage/PersonStore.h"
#include "core/storage/ProviderFile.h"
#include "core/storage/Sql.h"
#include "core/time/Clock.h"
#include "core/time/Dates.h"
#include "core/util/Errors.h"
#include "reports/documents/Statements.h"
#include "reports/layout/Renderer.h"

#include <QSaveFile>

namespace isf::cli {
namespace {

// Why no period ends on the day asked for, with the nearest days that would do.
QString noPeriodMessage(const ProviderFile &file, const Person &person, const QDate &date)
{
    const Period before = latestStatementPeriodEndedBy(file, person.id, date);
    const std::vector<Period> after = statementPeriodsEndingWithin(
        file, person.id, Period { date.addDays(1), date.addDays(62) });
    QStringList near;
    if (before.isValid())
        near << isoDate(before.last);
    if (!after.empty())
        near << isoDate(after.front().last);
    if (near.isEmpty())
        return QStringLiteral("%1 has no statement period ending on %2 (no agreement in force "
                              "then).")
            .arg(person.ref, isoDate(date));
    return QStringLiteral("%1 has no statement period ending on %2; the nearest end on %3.")
        .arg(person.ref, isoDate(date), near.join(QStringLiteral(" and ")));
}

int run(Context &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The provider file."));
    parser.addPositionalArgument(QStringLiteral("PERSON_REF"), QStringLiteral("The person."));
    parser.addOption({ QStringLiteral("period-ending"),
        QStringLiteral("The last day of the statement period (required)."),
        QStringLiteral("DATE") });
    parser.addOption({ QStringLiteral("out"), QStringLiteral("The PDF to write (required)."),
        QStringLiteral("F.pdf") });
    parser.addOption({ QStringLiteral("easy-read"),
        QStringLiteral("The easy-read statement (large type, plain words, a picture).") });
    parser.addOption({ QStringLiteral("draft"),
        QStringLiteral("Marked as a draft and not recorded as issued: the period stays open.") });
    if (!ctx.parse(parser,
            QStringLiteral("Write a person's statement for the period ending on a day, as a PDF. "
                           "Unless --draft, it is recorded as issued and the period is closed: "
                           "later corrections go into the next period as reversals.")))
        return ctx.exitStatus();
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2)
        return ctx.usage(QStringLiteral("give FILE and PERSON_REF"));
    if (!parser.isSet(QStringLiteral("period-ending")))
        return ctx.usage(QStringLiteral("--period-ending is required"));
    if (!parser.isSet(QStringLiteral("out")))
        return ctx.usage(QStringLiteral("--out is required"));
    const QDate end = ctx.dateOption(parser, QStringLiteral("period-ending"));
    const bool easyRead = parser.isSet(QStringLiteral("easy-read"));
    const bool draft = parser.isSet(QStringLiteral("draft"));
    const QString out = parser.value(QStringLiteral("out"));
    const auto file = ctx.open(args[0]);
    const Person person = requirePerson(*file, args[1]);
    const Period period = statementPeriodEndingOn(*file, person.id, end);
    if (!period.isValid())
        throw InputError(noPeriodMessage(*file, person, end));
    if (!draft && period.last > ctx.clock().today())
        return ctx.usage(QStringLiteral("the period ends on %1, after today: only a --draft can "
                                        "be printed before it is over")
                             .arg(isoDate(period.last)));

    const StatementData data = buildStatement(*file, person.id, period);
    reports::Document doc
        = easyRead ? reports::easyReadStatementDocument(data) : reports::statementDocument(data);
    if (draft)
        doc.footerNote = QStringLiteral("DRAFT: not issued");
    const QByteArray pdf = reports::pdfBytes(doc);

    QSaveFile save(out);
    if (!save.open(QIODevice::WriteOnly) || save.write(pdf) != pdf.size())
        throw Error(QStringLiteral("Cannot write %1: %2").arg(out, save.errorString()));
    {
        // Recorded and written together: if the PDF cannot be saved, nothing is issued.
        WriteTransaction txn(file->database());
        if (!draft)
            recordStatementIssued(*file, person.id, period, data.closing, pdf, easyRead);
        if (!save.commit())
            throw Error(QStringLiteral("Cannot write %1: %2").arg(out, save.errorString()));
        txn.commit();
    }
    ctx.out() << "Wrote " << out << ": " << (easyRead ? "easy-read statement" : "statement")
              << " of " << person.ref << " " << person.fullName() << " for " << period.describe()
              << "; opening " << data.opening.display() << ", in " << data.totalIn.display()
              << ", out " << data.totalOut.display() << ", closing " << data.closing.display()
              << ".\n";
    if (draft)
        ctx.out() << "Draft: not recorded as issued; the period stays open.\n";
    else
        ctx.out() << "Issued: entries for " << person.ref << " dated on or before "
                  << isoDate(period.last) << " are now closed.\n";
    return Ok;
}

const bool registered = Registry::add({ QStringLiteral("statement"),
    QStringLiteral("A person's statement (or easy-read statement) for a period, as a PDF."), true,
    run });

} // namespace
} // namespace isf::cli
