// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "ui/register/TableSnapshot.h"

#include "core/csv/CsvWriter.h"

#include <QAbstractItemModel>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QRegularExpression>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace isf::ui {

QString plainMoney(const QString &shown)
{
    static const QRegularExpression money(u"^(-?)\u00a3([0-9,]+\\.[0-9]{2})$"_s);
    const QRegularExpressionMatch m = money.match(shown.trimmed());
    if (!m.hasMatch())
        return {};
    return m.captured(1) + m.captured(2).remove(u',');
}

TableSnapshot TableSnapshot::of(QTableView *view, bool selectedOnly)
{
    TableSnapshot s;
    QAbstractItemModel *model = view->model();
    if (!model)
        return s;
    // A paged model (the ledger) shows everything it holds once asked for it.
    while (model->canFetchMore(QModelIndex()))
        model->fetchMore(QModelIndex());
    const QHeaderView *header = view->horizontalHeader();
    QList<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int c = header->logicalIndex(visual);
        if (!view->isColumnHidden(c))
            columns << c;
    }
    for (int c : columns)
        s.headers << model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
    const QItemSelectionModel *selection = view->selectionModel();
    for (int r = 0; r < model->rowCount(); ++r) {
        if (view->isRowHidden(r))
            continue;
        if (selectedOnly && selection) {
            bool any = false;
            for (int c : columns)
                any = any || selection->isSelected(model->index(r, c));
            if (!any)
                continue;
        }
        QStringList cells;
        for (int c : columns)
            cells << model->index(r, c).data(Qt::DisplayRole).toString();
        s.rows.push_back(cells);
    }
    return s;
}

namespace {

QString tsvCell(QString text)
{
    // A tab or line break inside a cell would split it into columns or rows.
    return text.replace(u'\t', u' ').replace(u'\n', u' ').replace(u'\r', u' ');
}

} // namespace

QString TableSnapshot::toTsv() const
{
    QStringList lines;
    QStringList h;
    for (const QString &t : headers)
        h << tsvCell(t);
    lines << h.join(u'\t');
    for (const QStringList &row : rows) {
        QStringList cells;
        for (const QString &t : row)
            cells << tsvCell(t);
        lines << cells.join(u'\t');
    }
    return lines.join(u'\n') + u'\n';
}

QByteArray TableSnapshot::toCsv() const
{
    // Core's writer: quoting, and an apostrophe before text a spreadsheet would run as
    // a formula; money goes as plain decimals.
    CsvWriter w;
    auto row = [&w](const QStringList &cells) {
        QStringList out;
        for (const QString &t : cells) {
            const QString plain = plainMoney(t);
            out << (plain.isEmpty() ? CsvWriter::textCell(t) : CsvWriter::numberCell(plain));
        }
        w.writeRow(out);
    };
    row(headers);
    for (const QStringList &r : rows)
        row(r);
    return w.takeData();
}

} // namespace isf::ui
