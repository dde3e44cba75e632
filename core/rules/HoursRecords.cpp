// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "core/rules/HoursRecords.h"

#include "core/storage/AuditLog.h"
#include "core/storage/ProviderFile.h"
#include "core/storage/RowValues.h"
#include "core/storage/Sql.h"
#include "core/time/Dates.h"
#include "core/util/Errors.h"

namespace isf {

void recordHours(const ProviderFile &file, const std::vector<HoursRecord> &rows)
{
    if (rows.empty())
        return;
    WriteTransaction txn(file.database());
    SqlQuery insert(file.database(),
        QStringLiteral(
            "INSERT INTO hours_delivered (person_id, week_start, service, hours, txn_id, "
            "batch_id, recorded_by, recorded_at) VALUES (?,?,?,?,?,?,?,?)"));
    const QString now = timestamp(file);
    Hours total;
    for (const HoursRecord &r : rows) {
        if (!r.personId || !r.weekStart.isValid() || r.service.trimmed().isEmpty())
            throw InputError(QStringLiteral("Hours need a person, a week and a service."));
        insert
            .bind({ r.personId, isoDate(r.weekStart), r.service.trimmed(), r.hours.hundredths(),
                r.txnId ? QVariant(r.txnId) : QVariant(),
                r.batchId ? QVariant(r.batchId) : QVariant(), file.userName(), now })
            .exec("record the hours delivered");
        total += r.hours;
    }
    audit(file, QStringLiteral("record"), QStringLiteral("hours"), rows.front().batchId,
        QStringLiteral("%1 rows, %2 hours").arg(rows.size()).arg(total.toString()));
    txn.commit();
}

QStringList plannedServices(const ProviderFile &file, Id personId)
{
    SqlQuery q(file.database(),
        QStringLiteral("SELECT DISTINCT l.service FROM delivery_plan_lines l JOIN agreements a ON "
                       "a.id = l.agreement_id WHERE a.person_id = ? ORDER BY l.service"));
    q.bind({ personId }).exec("read the delivery plan");
    QStringList out;
    while (q.next())
        out << q.text(0);
    return out;
}

} // namespace isf
