// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include "core/export/Exporter.h"

#include <QByteArray>
#include <QIODevice>
#include <QString>
#include <QStringList>

namespace isf {

class Money;
class Hours;

// Writes one export as CSV or JSON, a row at a time, through a buffer flushed to the
// device every megabyte. Cells are typed so that each format writes them its way.
class ExportWriter {
public:
    ExportWriter(QIODevice &out, ExportFormat format, const QStringList &columns);
    ~ExportWriter();
    ExportWriter(const ExportWriter &) = delete;
    ExportWriter &operator=(const ExportWriter &) = delete;

    void text(const QString &value); // blank text is "" in CSV and null in JSON
    void number(const QString &plain); // already a plain decimal (or blank)
    void money(const Money &value);
    void date(const QDate &value);
    void blank();
    // Ends the current row (every column must have had one cell).
    void endRow();
    // Closes the JSON array and flushes; returns the number of rows.
    qint64 finish();

private:
    void flush();

    QIODevice &m_out;
    ExportFormat m_format;
    QStringList m_columns;
    QList<QByteArray> m_jsonKeys;
    QByteArray m_buffer;
    int m_cell = 0;
    qint64 m_rows = 0;
    bool m_finished = false;
};

} // namespace isf
