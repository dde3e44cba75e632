// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include "core/domain/Entities.h"

#include <QDate>
#include <QString>

#include <map>
#include <vector>

namespace isf {
class ProviderFile;
}

namespace isf::ui {

// What a person's charts show, read through core: the balance at the end of each day
// with an entry, the cap (cap weeks x the weekly budget in force) on those days, money
// in and out by month for the last 12 months, and spending by category over them.
struct PersonChartData {
    struct Point {
        QDate date;
        qint64 balancePence = 0;
        qint64 capPence = 0; // 0 where no budget is in force
    };
    std::vector<Point> balance;
    struct Month {
        QDate first;
        qint64 inPence = 0, outPence = 0;
    };
    std::vector<Month> months; // oldest first, 12 of them
    std::map<QString, qint64> spendByCategory; // pence, last 12 months
    int capWeeks = 0;

    static PersonChartData load(const ProviderFile &file, Id personId, const QDate &today);
};

} // namespace isf::ui
