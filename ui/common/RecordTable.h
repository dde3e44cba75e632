// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include <QTableWidget>

namespace isf::ui {

// A small read-only table for short lists (agreement versions, plan lines, statements
// issued): text cells, numeric columns right-aligned, fixed row height, whole-row
// selection. Long lists use a model of their own instead.
class RecordTable : public QTableWidget {
    Q_OBJECT
public:
    RecordTable(const QString &objectName, const QString &accessibleName, QWidget *parent);
    // Headers; columns whose index is in `numeric` are right-aligned.
    void setColumns(const QStringList &headers, const QList<int> &numeric = {});
    // The column that takes the spare width (the last one unless set).
    void setStretchColumn(int column);
    void clearRows();
    // Adds a row; `id` is kept in the first cell's user data.
    int addRow(const QStringList &cells, qint64 id = 0);
    qint64 currentId() const;
    void fitColumns();
    // Shown in the table while it has no rows: what to do to fill it.
    void setEmptyText(const QString &text);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<int> m_numeric;
    QString m_emptyText;
};

} // namespace isf::ui
