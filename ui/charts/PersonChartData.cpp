// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "ui/charts/PersonChartData.h"

#include "core/ledger/LedgerFilter.h"
#include "core/storage/AgreementStore.h"
#include "core/storage/PersonStore.h"
#include "core/storage/ReferenceStore.h"

#include <QCoreApplication>

namespace isf::ui {

PersonChartData PersonChartData::load(const ProviderFile &file, Id personId, const QDate &today)
{
    PersonChartData d;
    const auto person = personById(file, personId);
    if (!person)
        return d;
    if (const auto council = councilById(file, person->councilId))
        d.capWeeks = council->policy.capWeeks;
    const auto agreement = currentAgreement(file, personId);
    LedgerFilter all;
    all.from = QDate(1990, 1, 1);
    all.to = today;
    const std::vector<LedgerLine> lines = filteredLedgerPage(file, personId, all, 0, 1 << 30);
    // One point per day: the balance after the day's last entry.
    for (const LedgerLine &l : lines) {
        if (!d.balance.empty() && d.balance.back().date == l.date) {
            d.balance.back().balancePence = l.running.pence();
            continue;
        }
        Point p;
        p.date = l.date;
        p.balancePence = l.running.pence();
        if (agreement && l.date >= agreement->startDate)
            p.capPence = agreement->weeklyBudgetOn(l.date).pence() * d.capWeeks;
        d.balance.push_back(p);
    }
    const QDate firstMonth = QDate(today.year(), today.month(), 1).addMonths(-11);
    for (int i = 0; i < 12; ++i)
        d.months.push_back({ firstMonth.addMonths(i), 0, 0 });
    for (const LedgerLine &l : lines) {
        if (l.date < firstMonth)
            continue;
        const int i
            = (l.date.year() - firstMonth.year()) * 12 + l.date.month() - firstMonth.month();
        if (i < 0 || i >= 12)
            continue;
        if (l.change.isNegative()) {
            d.months[static_cast<size_t>(i)].outPence -= l.change.pence();
            const QString category = l.category.isEmpty()
                ? QCoreApplication::translate("PersonChartData", "Other")
                : l.category;
            d.spendByCategory[category] -= l.change.pence();
        } else {
            d.months[static_cast<size_t>(i)].inPence += l.change.pence();
        }
    }
    return d;
}

} // namespace isf::ui
