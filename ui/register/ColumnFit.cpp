// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "ui/register/ColumnFit.h"

#include <QHeaderView>
#include <QStyle>
#include <QTableView>

#include <algorithm>

namespace isf::ui {

void fitColumnToSample(QTableView *view, int column, const QString &sample)
{
    const QFontMetrics fm = view->fontMetrics();
    QFont bold = view->font();
    bold.setBold(true); // overdrawn balances are shown in bold
    const QFontMetrics boldFm(bold);
    const QHeaderView *header = view->horizontalHeader();
    const QString title = view->model()
        ? view->model()->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString()
        : QString();
    // The item's text margins on both sides, plus the sort indicator on a heading.
    const int margin
        = 2 * (view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1)
        + fm.averageCharWidth();
    const int indicator = view->style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, view);
    const int cell = std::max(fm.horizontalAdvance(sample), boldFm.horizontalAdvance(sample));
    const int heading = header->fontMetrics().horizontalAdvance(title) + indicator;
    view->setColumnWidth(column, std::max(cell, heading) + 2 * margin);
}

} // namespace isf::ui
