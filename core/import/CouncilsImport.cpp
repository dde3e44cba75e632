// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
// councils: council,preset, then optional contact details and policy parameters.
#include "core/import/Columns.h"
#include "core/import/ImportKind.h"
#include "core/import/ImportRow.h"
#include "core/storage/ReferenceStore.h"
#include "core/util/Errors.h"

namespace isf {
namespace {

bool samePolicy(const Policy &a, const Policy &b)
{
    if (a.preset != b.preset)
        return false;
    for (const QString &parameter : Policy::parameterNames())
        if (a.get(parameter) != b.get(parameter))
            return false;
    return true;
}

bool sameCouncil(const Council &a, const Council &b)
{
    return a.name == b.name && a.address == b.address && a.contactName == b.contactName
        && a.contactEmail == b.contactEmail && samePolicy(a.policy, b.policy);
}

void importCouncils(ImportContext &ctx)
{
    SeenKeys seen;
    ctx.forEachRow([&](const CsvRow &csvRow) {
        ImportRow row(ctx, csvRow);
        ++ctx.result().rows;
        const auto name = row.required(u"council");
        if (name) {
            if (const int earlier = seen.check(*name, row.line()))
                row.problem(u"council",
                    QStringLiteral("\"%1\" is already on line %2").arg(*name).arg(earlier));
        }
        Policy policy;
        if (const auto preset = row.required(u"preset")) {
            try {
                policy = Policy::fromPreset(*preset);
            } catch (const InputError &e) {
                row.problem(u"preset", e.message());
            }
        }
        // The row states the council's policy: its preset, changed by any parameter given.
        for (const QString &parameter : Policy::parameterNames()) {
            const QString value = row.text(parameter);
            if (value.isEmpty())
                continue;
            try {
                policy.set(parameter, value);
            } catch (const InputError &e) {
                row.problem(parameter, e.message());
            }
        }
        if (!row.ok())
            return;
        const std::optional<Council> existing = findCouncil(ctx.file(), *name);
        Council council = existing ? *existing : Council();
        council.name = existing ? existing->name : *name;
        council.policy = policy;
        if (row.hasColumn(u"address"))
            council.address = row.text(u"address");
        if (row.hasColumn(u"contact_name"))
            council.contactName = row.text(u"contact_name");
        if (row.hasColumn(u"contact_email"))
            council.contactEmail = row.text(u"contact_email");
        if (existing && sameCouncil(*existing, council)) {
            ++ctx.result().unchanged;
            return;
        }
        try {
            saveCouncil(ctx.file(), council);
            ++(existing ? ctx.result().updated : ctx.result().added);
        } catch (const InputError &e) {
            row.rowProblem(e.message());
        }
    });
}

} // namespace

void addCouncilsImport()
{
    const ColumnLayout columns = councilColumns();
    ImportRegistry::add({ QStringLiteral("councils"), columns.required, columns.optional,
        QStringLiteral("Councils and their policy (a preset, and any parameter changed)."),
        importCouncils });
}

} // namespace isf
