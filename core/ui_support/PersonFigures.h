#pragma once
#include "domain/Entities.h"

#include <QHash>

namespace isf {

class ProviderFile;

// Figures the desktop app shows for every person at once (the People list, the
// dashboard). Each function is ONE query over the whole file, so a list of 2,000
// people costs a handful of queries, never one per row.

// Contributions received on or before `date`, per person (reversals netted off).
QHash<Id, Money> contributionsReceivedTo(const ProviderFile &file, const QDate &date);
// Support hours recorded as delivered in weeks starting on or before `date`, per person.
QHash<Id, Hours> hoursDeliveredTo(const ProviderFile &file, const QDate &date);
// Alerts still open (neither acknowledged nor resolved), per person.
QHash<Id, int> openAlertCounts(const ProviderFile &file);

// Contributions that have fallen due under an agreement on or before `date`: one
// week's contribution on the first day of each week from the start date (domain.md).
// Until core/rules offers its own schedule this is the list's figure for arrears.
Money contributionsDueTo(const Agreement &agreement, const QDate &date);
// Hours planned on or before `date` by the agreement's bankable plan lines.
Hours bankableHoursPlannedTo(const Agreement &agreement, const QDate &date);

} // namespace isf
