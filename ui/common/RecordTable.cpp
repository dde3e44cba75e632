// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "ui/common/RecordTable.h"

#include "ui/common/Format.h"
#include "ui/register/TableExport.h"

#include <QHeaderView>
#include <QPainter>

namespace isf::ui {

RecordTable::RecordTable(const QString &objectName, const QString &accessibleName, QWidget *parent)
    : QTableWidget(parent)
{
    setObjectName(objectName);
    setAccessibleName(accessibleName);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setAlternatingRowColors(true);
    setWordWrap(false);
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    horizontalHeader()->setStretchLastSection(true);
    setTabKeyNavigation(false);
    enableTableExport(this, accessibleName);
}

void RecordTable::setColumns(const QStringList &headers, const QList<int> &numeric)
{
    m_numeric = numeric;
    setColumnCount(static_cast<int>(headers.size()));
    setHorizontalHeaderLabels(headers);
    for (int c : numeric)
        if (auto *h = horizontalHeaderItem(c))
            h->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
}

void RecordTable::setStretchColumn(int column)
{
    horizontalHeader()->setStretchLastSection(false);
    horizontalHeader()->setSectionResizeMode(column, QHeaderView::Stretch);
}

void RecordTable::clearRows()
{
    setRowCount(0);
}

int RecordTable::addRow(const QStringList &cells, qint64 id)
{
    const int r = rowCount();
    insertRow(r);
    for (int c = 0; c < cells.size() && c < columnCount(); ++c) {
        auto *item = new QTableWidgetItem(cells[c]);
        if (m_numeric.contains(c))
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (c == 0)
            item->setData(IdRole, id);
        item->setToolTip(cells[c]); // the whole text when the column cuts it short
        setItem(r, c, item);
    }
    return r;
}

qint64 RecordTable::currentId() const
{
    const int r = currentRow();
    if (r < 0 || !item(r, 0))
        return 0;
    return item(r, 0)->data(IdRole).toLongLong();
}

void RecordTable::fitColumns()
{
    // Column by column: resizing all at once would undo the stretching column.
    const int cap = fontMetrics().horizontalAdvance(QLatin1Char('M')) * 28;
    const int last = columnCount() - 1;
    for (int c = 0; c <= last; ++c) {
        if (horizontalHeader()->sectionResizeMode(c) == QHeaderView::Stretch
            || (c == last && horizontalHeader()->stretchLastSection()))
            continue;
        resizeColumnToContents(c);
        if (columnWidth(c) > cap)
            setColumnWidth(c, cap);
    }
}

} // namespace isf::ui

namespace isf::ui {

void RecordTable::setEmptyText(const QString &text)
{
    m_emptyText = text;
    setAccessibleDescription(text);
    viewport()->update();
}

void RecordTable::paintEvent(QPaintEvent *event)
{
    QTableWidget::paintEvent(event);
    if (rowCount() > 0 || m_emptyText.isEmpty())
        return;
    QPainter p(viewport());
    p.setPen(palette().color(QPalette::PlaceholderText));
    const int m = fontMetrics().height();
    p.drawText(
        viewport()->rect().adjusted(m, m, -m, -m), Qt::AlignCenter | Qt::TextWordWrap, m_emptyText);
}

} // namespace isf::ui
