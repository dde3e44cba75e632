// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include <QString>
#include <QStringList>

#include <vector>

class QAbstractItemModel;
class QTableView;

namespace isf::ui {

// What a table shows, as text: the visible columns' headings and the cells of the
// visible rows (all of them, or only the selected ones). Money cells ("£1,234.56")
// are kept as shown; plainMoney() gives the decimal a spreadsheet can add up.
struct TableSnapshot {
    QStringList headers;
    std::vector<QStringList> rows;

    static TableSnapshot of(QTableView *view, bool selectedOnly);
    // Tab-separated lines (pasting into a spreadsheet keeps the columns).
    QString toTsv() const;
    // CSV as core writes it (UTF-8, quoted where needed, formulas defused); money as
    // plain decimals.
    QByteArray toCsv() const;
};

// "£1,234.56" -> "1234.56", "-£5.00" -> "-5.00"; anything else -> empty.
QString plainMoney(const QString &shown);

} // namespace isf::ui
