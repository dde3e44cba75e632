// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "core/storage/AuditLog.h"

#include "core/integrity/Journal.h"
#include "core/storage/ProviderFile.h"
#include "core/storage/Sql.h"
#include "core/time/Clock.h"

namespace isf {

QString timestamp(const ProviderFile &file)
{
    return file.clock().now().toUTC().toString(Qt::ISODate);
}

void audit(const ProviderFile &file, const QString &action, const QString &entity, Id entityId,
    const QString &detail)
{
    appendJournalEntry(file, action, entity, entityId, detail);
}

std::vector<AuditEntry> auditEntries(
    const ProviderFile &file, const QString &entity, Id entityId, int limit)
{
    QString sql = QStringLiteral(
        "SELECT id, at, user_name, action, entity, entity_id, detail FROM audit_log");
    if (!entity.isEmpty())
        sql += entityId ? QStringLiteral(" WHERE entity = ? AND entity_id = ?")
                        : QStringLiteral(" WHERE entity = ?");
    sql += QStringLiteral(" ORDER BY id DESC LIMIT %1").arg(limit);
    SqlQuery q(file.database(), sql);
    if (!entity.isEmpty()) {
        q.bindAt(0, entity);
        if (entityId)
            q.bindAt(1, entityId);
    }
    q.exec("read the audit log");
    std::vector<AuditEntry> out;
    while (q.next())
        out.push_back(
            { q.int64(0), q.text(1), q.text(2), q.text(3), q.text(4), q.int64(5), q.text(6) });
    return out;
}

} // namespace isf
