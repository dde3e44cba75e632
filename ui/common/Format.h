// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include "core/money/Hours.h"
#include "core/money/Money.h"

#include <QDate>
#include <QVariant>

#include <initializer_list>

class QTableView;
class QWidget;

namespace isf::ui {

// Item roles every model of the app uses beside Qt's own.
enum Role {
    SortRole = Qt::UserRole + 1, // the raw value (pence, ISO date, count) for sorting
    IdRole, // the entity id of the row
};

// Display forms: money as £1,234.56, dates as 06/04/2026, hours as 7.5.
inline QString moneyText(const Money &m)
{
    return m.display();
}
QString dateText(const QDate &d);
QString hoursText(const Hours &h);
// The alignment for money and other numbers in tables.
inline QVariant numberAlignment()
{
    return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
}
// Sets a table's column widths from the font: `ems[c]` widths of "M", but never less
// than the header text needs (so large system fonts never clip a heading). A column
// given 0 is left alone (for one that stretches).
void setColumnWidthsInEms(QTableView *view, const std::initializer_list<int> &ems);
// Sets the Tab order to follow the widgets in the order given (the order they are
// seen on screen), whatever order they were created in.
void setTabChain(const std::initializer_list<QWidget *> &widgets);
// A person shown in one line: "P0001 — Alex Taylor".
QString personLabel(const QString &ref, const QString &name);

} // namespace isf::ui
