// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "reports/pack/SummaryXlsx.h"

#include "core/util/Errors.h"

#include <QFile>
#include <QTemporaryDir>

#include <xlsxwriter.h>

namespace isf::reports {
namespace {

// A spreadsheet cell holds an IEEE double; libxlsxwriter writes it with 16
// significant digits, so any amount below £10 trillion is written to the file
// exactly as its two-decimal text. The exact record remains summary.csv.
double cellValue(const QString &plainDecimal)
{
    return plainDecimal.toDouble();
}

bool isNumber(const QString &s)
{
    bool ok = false;
    s.toDouble(&ok);
    return ok;
}

} // namespace

QByteArray summaryWorkbook(const QString &title, const QStringList &columns,
    const std::vector<QStringList> &rows, const QStringList &moneyColumns)
{
    QTemporaryDir dir;
    if (!dir.isValid())
        throw StorageError(
            QStringLiteral("Could not make a temporary folder for the spreadsheet."));
    const QByteArray path = QFile::encodeName(dir.filePath(QStringLiteral("summary.xlsx")));
    lxw_workbook *workbook = workbook_new(path.constData());
    if (!workbook)
        throw StorageError(QStringLiteral("Could not create the summary spreadsheet."));
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, "Summary");
    lxw_format *header = workbook_add_format(workbook);
    format_set_bold(header);
    format_set_text_wrap(header);
    format_set_bottom(header, LXW_BORDER_THIN);
    lxw_format *money = workbook_add_format(workbook);
    format_set_num_format(money, "\xC2\xA3#,##0.00;-\xC2\xA3#,##0.00");
    lxw_format *bold = workbook_add_format(workbook);
    format_set_bold(bold);
    lxw_format *boldMoney = workbook_add_format(workbook);
    format_set_bold(boldMoney);
    format_set_num_format(boldMoney, "\xC2\xA3#,##0.00;-\xC2\xA3#,##0.00");
    lxw_format *titleFormat = workbook_add_format(workbook);
    format_set_bold(titleFormat);
    format_set_font_size(titleFormat, 13);

    worksheet_write_string(sheet, 0, 0, title.toUtf8().constData(), titleFormat);
    const lxw_row_t headerRow = 2;
    for (int c = 0; c < columns.size(); ++c) {
        worksheet_write_string(
            sheet, headerRow, lxw_col_t(c), columns[c].toUtf8().constData(), header);
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), c < 3 ? 18 : 14, nullptr);
    }
    worksheet_freeze_panes(sheet, headerRow + 1, 2);
    for (std::size_t r = 0; r < rows.size(); ++r) {
        const bool total = r + 1 == rows.size();
        const lxw_row_t row = lxw_row_t(headerRow + 1 + r);
        for (int c = 0; c < rows[r].size() && c < columns.size(); ++c) {
            const QString &cell = rows[r][c];
            if (cell.isEmpty())
                continue;
            if (moneyColumns.contains(columns[c]) && isNumber(cell))
                worksheet_write_number(
                    sheet, row, lxw_col_t(c), cellValue(cell), total ? boldMoney : money);
            else if (isNumber(cell) && c >= 3)
                worksheet_write_number(
                    sheet, row, lxw_col_t(c), cellValue(cell), total ? bold : nullptr);
            else
                worksheet_write_string(
                    sheet, row, lxw_col_t(c), cell.toUtf8().constData(), total ? bold : nullptr);
        }
    }
    const lxw_error error = workbook_close(workbook);
    if (error != LXW_NO_ERROR)
        throw StorageError(QStringLiteral("Could not write the summary spreadsheet: %1")
                               .arg(QString::fromUtf8(lxw_strerror(error))));
    QFile f(QString::fromLocal8Bit(path));
    if (!f.open(QIODevice::ReadOnly))
        throw StorageError(QStringLiteral("Could not read back the summary spreadsheet."));
    return f.readAll();
}

} // namespace isf::reports
