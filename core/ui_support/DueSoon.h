#pragma once
#include "domain/Entities.h"

#include <vector>

namespace isf {

class ProviderFile;

// What falls due in the next few days across the file, for the dashboard: statement
// period ends, agreement reviews, notices ending, and council payments expected.
struct DueItem {
    enum class Kind { Statement, Review, NoticeEnding, CouncilPayment };
    Kind kind = Kind::Statement;
    QDate due;
    Id personId = 0;
    QString personRef, personName, detail;
    Money amount; // council payment expected
};
QString dueKindLabel(DueItem::Kind kind);

// Items due from `today` to `today + days` (and reviews or notices already passed),
// soonest first. Reads people, councils and current agreements in three queries.
std::vector<DueItem> dueSoon(const ProviderFile &file, const QDate &today, int days);

// The council payment due on or after `from` under an agreement: its date and the
// amount (sum over the weeks it covers of budget - contribution). Invalid date when none.
std::pair<QDate, Money> nextCouncilPayment(
    const Agreement &agreement, const Policy &policy, const QDate &from);

} // namespace isf
