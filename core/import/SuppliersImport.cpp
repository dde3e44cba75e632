// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
// suppliers: name, then kind, CQC number, DBS check and insurance dates, contacts.
#include "core/import/Columns.h"
#include "core/import/ImportKind.h"
#include "core/import/ImportRow.h"
#include "core/storage/ReferenceStore.h"
#include "core/util/Errors.h"

namespace isf {
namespace {

bool sameSupplier(const Supplier &a, const Supplier &b)
{
    return a.name == b.name && a.kind == b.kind && a.cqcNumber == b.cqcNumber
        && a.dbsCheckedOn == b.dbsCheckedOn && a.insuranceExpiresOn == b.insuranceExpiresOn
        && a.address == b.address && a.contact == b.contact && a.notes == b.notes;
}

void importSuppliers(ImportContext &ctx)
{
    SeenKeys seen;
    ctx.forEachRow([&](const CsvRow &csvRow) {
        ImportRow row(ctx, csvRow);
        ++ctx.result().rows;
        const auto name = row.required(u"name");
        if (name) {
            if (const int earlier = seen.check(*name, row.line()))
                row.problem(u"name",
                    QStringLiteral("\"%1\" is already on line %2").arg(*name).arg(earlier));
        }
        std::optional<SupplierKind> kind;
        if (!row.isBlank(u"kind")) {
            try {
                kind = parseSupplierKind(row.text(u"kind"));
            } catch (const InputError &e) {
                row.problem(u"kind", e.message());
            }
        }
        const auto dbs = row.date(u"dbs_checked_on");
        const auto insurance = row.date(u"insurance_expires_on");
        if (!row.ok())
            return;
        const std::optional<Supplier> existing = findSupplier(ctx.file(), *name);
        Supplier s = existing ? *existing : Supplier();
        s.name = existing ? existing->name : *name;
        if (row.hasColumn(u"kind"))
            s.kind = kind.value_or(SupplierKind::Other);
        if (row.hasColumn(u"cqc_number"))
            s.cqcNumber = row.text(u"cqc_number");
        if (row.hasColumn(u"dbs_checked_on"))
            s.dbsCheckedOn = dbs.value_or(QDate());
        if (row.hasColumn(u"insurance_expires_on"))
            s.insuranceExpiresOn = insurance.value_or(QDate());
        if (row.hasColumn(u"address"))
            s.address = row.text(u"address");
        if (row.hasColumn(u"contact"))
            s.contact = row.text(u"contact");
        if (row.hasColumn(u"notes"))
            s.notes = row.text(u"notes");
        if (existing && sameSupplier(*existing, s)) {
            ++ctx.result().unchanged;
            return;
        }
        try {
            saveSupplier(ctx.file(), s);
            ++(existing ? ctx.result().updated : ctx.result().added);
        } catch (const InputError &e) {
            row.rowProblem(e.message());
        }
    });
}

} // namespace

void addSuppliersImport()
{
    const ColumnLayout columns = supplierColumns();
    ImportRegistry::add({ QStringLiteral("suppliers"), columns.required, columns.optional,
        QStringLiteral("The supplier register: kind, CQC number, DBS check, insurance."),
        importSuppliers });
}

} // namespace isf
