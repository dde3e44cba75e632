// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include "core/domain/Entities.h"

#include <vector>

namespace isf {

class ProviderFile;

// What falls due in the next few days across the file, for the dashboard: statement
// period ends, agreement reviews, notices ending, and council payments expected (from
// core/rules' payment schedule).
struct DueItem {
    enum class Kind { Statement, Review, NoticeEnding, CouncilPayment };
    Kind kind = Kind::Statement;
    QDate due;
    Id personId = 0;
    QString personRef, personName, detail;
    Money amount; // council payment expected
};
QString dueKindLabel(DueItem::Kind kind);

// Items due from `today` to `today + days` (and reviews already passed), soonest first.
// Reads people, councils and agreements in a handful of queries.
std::vector<DueItem> dueSoon(const ProviderFile &file, const QDate &today, int days);

} // namespace isf
