// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "core/ledger/EntryCoverage.h"

#include "core/storage/AgreementStore.h"
#include "core/time/Dates.h"

#include <algorithm>

namespace isf {

QStringList entryWarnings(const ProviderFile &file, const NewEntry &entry, const QDate &today)
{
    QStringList warnings;
    if (entry.date.isValid() && today.isValid() && entry.date > today.addYears(1))
        warnings << QStringLiteral("%1 is more than a year after today (%2)")
                        .arg(isoDate(entry.date), isoDate(today));
    if (entry.kind != TxnKind::Expense || !entry.personId)
        return warnings;
    QDate first, last;
    bool openEnded = false, any = false;
    for (const Agreement &a : agreementVersions(file, entry.personId)) {
        if (a.status == AgreementStatus::Draft)
            continue;
        any = true;
        if (!first.isValid() || a.startDate < first)
            first = a.startDate;
        const QDate end = a.endedOn.isValid() ? a.endedOn : a.endDate;
        if (!end.isValid())
            openEnded = true;
        else if (!last.isValid() || end > last)
            last = end;
    }
    if (!any)
        warnings << QStringLiteral("the person has no agreement, so no fund to charge the "
                                   "expense to");
    else if (entry.date < first)
        warnings << QStringLiteral("%1 is before the person's agreement starts (%2)")
                        .arg(isoDate(entry.date), isoDate(first));
    else if (!openEnded && entry.date > last)
        warnings << QStringLiteral("%1 is after the person's agreement ended (%2)")
                        .arg(isoDate(entry.date), isoDate(last));
    return warnings;
}

} // namespace isf
