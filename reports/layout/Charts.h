// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
// Ready-made graphics for documents, built on the Graphic block.

#include "core/money/Money.h"
#include "reports/layout/Document.h"

#include <QColor>
#include <QString>

#include <vector>

namespace isf::reports {

struct MoneyBar {
    QString label; // "Money in"
    Money amount;
    QColor colour; // invalid: a default colour for the bar's position
};

// Horizontal bars whose lengths compare the amounts (the easy-read "money in against
// money out" picture): the label on the left in bold, the bar, and the amount as
// £1,234.56 right-aligned at the end. Each bar has a row rowHeightMm tall; text is the
// document's base size. A negative or zero amount shows an empty track. The bars'
// lengths are the only floating-point use of the amounts.
Graphic moneyBars(std::vector<MoneyBar> bars, qreal rowHeightMm = 16.0);

} // namespace isf::reports
