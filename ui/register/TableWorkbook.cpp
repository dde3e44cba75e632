// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "ui/register/TableWorkbook.h"

#include "core/util/Errors.h"
#include "ui/register/TableSnapshot.h"

#include <QDate>
#include <QFile>

#include <algorithm>
#include <xlsxwriter.h>

using namespace Qt::StringLiterals;

namespace isf::ui {
namespace {

// Sheet names: at most 31 characters, none of []:*?/\ .
QByteArray safeSheetName(QString name)
{
    for (const QChar c : u"[]:*?/\\"_s)
        name.replace(c, u' ');
    name = name.trimmed().left(31);
    return (name.isEmpty() ? u"Table"_s : name).toUtf8();
}

} // namespace

void writeTableWorkbook(const TableSnapshot &table, const QString &sheetName, const QString &path)
{
    const QByteArray file = QFile::encodeName(path);
    lxw_workbook *workbook = workbook_new(file.constData());
    if (!workbook)
        throw StorageError(u"Could not create the spreadsheet %1."_s.arg(path));
    const QByteArray name = safeSheetName(sheetName);
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, name.constData());
    lxw_format *header = workbook_add_format(workbook);
    format_set_bold(header);
    format_set_bottom(header, LXW_BORDER_THIN);
    lxw_format *money = workbook_add_format(workbook);
    format_set_num_format(money, "\xC2\xA3#,##0.00;-\xC2\xA3#,##0.00");
    lxw_format *date = workbook_add_format(workbook);
    format_set_num_format(date, "dd/mm/yyyy");

    for (int c = 0; c < table.headers.size(); ++c) {
        worksheet_write_string(
            sheet, 0, lxw_col_t(c), table.headers[c].toUtf8().constData(), header);
        int width = int(table.headers[c].size());
        for (const QStringList &row : table.rows)
            width = std::max(width, int(row.value(c).size()));
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), std::min(width + 2, 60), nullptr);
    }
    worksheet_freeze_panes(sheet, 1, 0);
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        const lxw_row_t row = lxw_row_t(r + 1);
        const QStringList &cells = table.rows[r];
        for (int c = 0; c < cells.size(); ++c) {
            const QString &cell = cells[c];
            if (cell.isEmpty())
                continue;
            // Money: an IEEE double holds any amount below £10 trillion exactly to
            // the penny as written (16 significant digits).
            if (const QString plain = plainMoney(cell); !plain.isEmpty()) {
                worksheet_write_number(sheet, row, lxw_col_t(c), plain.toDouble(), money);
                continue;
            }
            const QDate d = cell.size() == 10 ? QDate::fromString(cell, u"dd/MM/yyyy"_s) : QDate();
            if (d.isValid()) {
                lxw_datetime dt = { d.year(), d.month(), d.day(), 0, 0, 0 };
                worksheet_write_datetime(sheet, row, lxw_col_t(c), &dt, date);
                continue;
            }
            worksheet_write_string(sheet, row, lxw_col_t(c), cell.toUtf8().constData(), nullptr);
        }
    }
    const lxw_error error = workbook_close(workbook);
    if (error != LXW_NO_ERROR)
        throw StorageError(u"Could not write the spreadsheet %1: %2"_s.arg(
            path, QString::fromUtf8(lxw_strerror(error))));
}

} // namespace isf::ui
