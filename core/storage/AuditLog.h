// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include "core/domain/Entities.h"

#include <QString>

#include <vector>

namespace isf {

class ProviderFile;

struct AuditEntry {
    Id id = 0;
    QString at, userName, action, entity;
    Id entityId = 0;
    QString detail;
};

// Every change to any data is written here, in the same transaction as the change,
// with who (the file's user name) and when (the file's clock).
void audit(const ProviderFile &file, const QString &action, const QString &entity, Id entityId,
    const QString &detail = QString());

std::vector<AuditEntry> auditEntries(
    const ProviderFile &file, const QString &entity = QString(), Id entityId = 0, int limit = 1000);

// The file's clock as the ISO UTC timestamp stored in *_at columns.
QString timestamp(const ProviderFile &file);

} // namespace isf
