// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "ui/common/Format.h"

#include "core/time/Dates.h"

#include <QHeaderView>
#include <QTableView>
#include <QWidget>

namespace isf::ui {

QString dateText(const QDate &d)
{
    return d.isValid() ? ukDate(d) : QString();
}

QString hoursText(const Hours &h)
{
    return h.toString();
}

void setColumnWidthsInEms(QTableView *view, const std::initializer_list<int> &ems)
{
    const QFontMetrics fm = view->fontMetrics();
    const QFontMetrics headerFm = view->horizontalHeader()->fontMetrics();
    const int em = fm.horizontalAdvance(QLatin1Char('M'));
    int c = 0;
    for (const int n : ems) {
        if (n > 0) {
            const QString title = view->model()
                ? view->model()->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString()
                : QString();
            view->setColumnWidth(c, std::max(n * em, headerFm.horizontalAdvance(title) + 2 * em));
        }
        ++c;
    }
}

void setTabChain(const std::initializer_list<QWidget *> &widgets)
{
    QWidget *previous = nullptr;
    for (QWidget *w : widgets) {
        if (!w)
            continue;
        if (previous)
            QWidget::setTabOrder(previous, w);
        previous = w;
    }
}

QString personLabel(const QString &ref, const QString &name)
{
    return ref + QStringLiteral(" \u2014 ") + name;
}

} // namespace isf::ui
