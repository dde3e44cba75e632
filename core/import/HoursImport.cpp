// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
// hours: person_ref,week_start,service,hours — support hours delivered, from a rota or
// timesheet. The service must be one of the person's delivery plan lines; the hours
// count in the agreement week that contains week_start. A negative figure corrects an
// earlier row (the week's total for the service may not go below zero). The same file
// imported twice is refused.
#include "core/import/ImportBatches.h"
#include "core/import/ImportKind.h"
#include "core/import/ImportRow.h"
#include "core/rules/HoursRecords.h"
#include "core/storage/ProviderFile.h"
#include "core/storage/Sql.h"
#include "core/time/Dates.h"
#include "core/util/Errors.h"

#include <QCryptographicHash>
#include <QHash>

namespace isf {
namespace {

struct PersonPlan {
    Id id = 0;
    QHash<QString, QString> services; // case-folded -> as the plan names it
    QStringList names;
};

QString foldKey(const QString &s)
{
    return s.trimmed().toCaseFolded();
}

void importHours(ImportContext &ctx)
{
    const ProviderFile &file = ctx.file();
    QHash<QString, PersonPlan> people;
    {
        SqlQuery q(file.database(), QStringLiteral("SELECT ref, id FROM people"));
        q.exec("read the people");
        while (q.next())
            people.insert(q.text(0), { q.int64(1), {}, {} });
    }
    QHash<Id, bool> planLoaded;
    SqlQuery existing(file.database(),
        QStringLiteral("SELECT coalesce(sum(hours), 0) FROM hours_delivered WHERE person_id = ? "
                       "AND week_start = ? AND lower(service) = lower(?)"));
    QHash<QString, qint64> inFile; // person|week|service -> hundredths recorded, with this file's
    QCryptographicHash fingerprint(QCryptographicHash::Sha256);
    std::vector<HoursRecord> rows;
    ctx.forEachRow([&](const CsvRow &csvRow) {
        ImportRow row(ctx, csvRow);
        ++ctx.result().rows;
        const auto ref = row.required(u"person_ref");
        PersonPlan *plan = nullptr;
        if (ref) {
            const auto it = people.find(*ref);
            if (it == people.end())
                row.problem(
                    u"person_ref", QStringLiteral("no person with reference \"%1\"").arg(*ref));
            else
                plan = &*it;
        }
        const auto week = row.date(u"week_start");
        if (row.isBlank(u"week_start"))
            row.problem(u"week_start", QStringLiteral("a value is required"));
        const auto service = row.required(u"service");
        std::optional<Hours> hours;
        if (const auto text = row.required(u"hours")) {
            try {
                hours = Hours::parse(*text);
            } catch (const InputError &e) {
                row.problem(u"hours", e.message());
            }
        }
        QString planned;
        if (plan && service) {
            if (!planLoaded.value(plan->id)) {
                for (const QString &s : plannedServices(file, plan->id)) {
                    plan->services.insert(foldKey(s), s);
                    plan->names << s;
                }
                planLoaded.insert(plan->id, true);
            }
            planned = plan->services.value(foldKey(*service));
            if (planned.isEmpty())
                row.problem(u"service",
                    plan->names.isEmpty()
                        ? QStringLiteral("%1 has no delivery plan to record hours against")
                              .arg(*ref)
                        : QStringLiteral("\"%1\" is not in %2's delivery plan: use %3")
                              .arg(*service, *ref, plan->names.join(QStringLiteral(", "))));
        }
        if (!row.ok())
            return;
        fingerprint.addData(QStringLiteral("%1\x1f%2\x1f%3\x1f%4\x1e")
                                .arg(*ref, isoDate(*week), foldKey(planned))
                                .arg(hours->hundredths())
                                .toUtf8());
        const QString k
            = QStringLiteral("%1|%2|%3").arg(plan->id).arg(isoDate(*week), foldKey(planned));
        if (!inFile.contains(k)) {
            existing.bind({ plan->id, isoDate(*week), planned }).exec("read the hours delivered");
            inFile.insert(k, existing.next() ? existing.int64(0) : 0);
        }
        qint64 &total = inFile[k];
        total += hours->hundredths();
        if (total < 0) {
            row.problem(u"hours",
                QStringLiteral("the correction takes %1's %2 hours for the week of %3 below zero")
                    .arg(*ref, planned, isoDate(*week)));
            return;
        }
        rows.push_back({ plan->id, *week, planned, *hours, 0, ctx.result().batchId });
    });
    ctx.result().fingerprint = QString::fromLatin1(fingerprint.result().toHex());
    if (!ctx.errors().isEmpty())
        return;
    if (const auto earlier = findImportBatch(
            file, QStringLiteral("hours"), ctx.result().fingerprint, ctx.result().batchId))
        throw InputError(
            QStringLiteral("%1: these hours were already imported on %2 by %3 (batch "
                           "%4, from \"%5\"); nothing was imported.")
                .arg(ctx.sourceName(), earlier->importedAt.left(10), earlier->importedBy)
                .arg(earlier->id)
                .arg(earlier->sourceName));
    recordHours(file, rows);
    ctx.result().added = qsizetype(rows.size());
}

} // namespace

void addHoursImport()
{
    ImportRegistry::add({ QStringLiteral("hours"),
        { QStringLiteral("person_ref"), QStringLiteral("week_start"), QStringLiteral("service"),
            QStringLiteral("hours") },
        {}, QStringLiteral("Support hours delivered per week and delivery plan service."),
        importHours });
}

} // namespace isf
