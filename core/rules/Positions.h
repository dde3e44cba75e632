// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include "core/domain/Entities.h"

#include <optional>
#include <vector>

namespace isf {

class ProviderFile;

// A person's standing at the end of a day, as the People list, `isf balances` and
// statements show it.
struct PersonPosition {
    Id personId = 0;
    QString ref;
    Money balance;
    Money contributionsDue, contributionsReceived;
    Money contributionArrears() const { return contributionsDue - contributionsReceived; }
    bool hasBank = false; // the plan has a bankable line with hours
    Hours bankedHours; // in the bank at asOf (weeks that had ended by then)
    Hours expiringSoon; // of those, due to expire within review_notice_days
};

// Every person's position, ordered by reference, from bulk queries.
std::vector<PersonPosition> personPositions(const ProviderFile &file, const QDate &asOf);
std::optional<PersonPosition> personPosition(
    const ProviderFile &file, Id personId, const QDate &asOf);

} // namespace isf
