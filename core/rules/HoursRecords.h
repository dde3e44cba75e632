// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include "core/domain/Entities.h"

#include <vector>

namespace isf {

class ProviderFile;

// Support hours delivered in a week, as recorded from a rota or timesheet.
struct HoursRecord {
    Id personId = 0;
    QDate weekStart; // counts in the agreement week that contains it
    QString service; // the delivery plan line's service
    Hours hours; // negative to correct an earlier row
    Id txnId = 0; // the expense that paid for these hours, if any (its own hours then do
                  // not count twice)
    Id batchId = 0; // the import they came from
};

// Saves the rows (in the caller's transaction, or its own) with who and when.
void recordHours(const ProviderFile &file, const std::vector<HoursRecord> &rows);

// The services of a person's delivery plans (every version), as named in the plan: what
// an hours row's service must be one of.
QStringList plannedServices(const ProviderFile &file, Id personId);

} // namespace isf
