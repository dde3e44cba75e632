// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "core/export/ExportWriter.h"

#include "core/csv/CsvWriter.h"
#include "core/money/Money.h"
#include "core/time/Dates.h"
#include "core/util/Errors.h"

namespace isf {
namespace {

constexpr qsizetype kFlushBytes = 1024 * 1024;

void appendJsonString(QByteArray &out, const QString &text)
{
    static const char hex[] = "0123456789abcdef";
    const QByteArray utf8 = text.toUtf8();
    out.append('"');
    for (const char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        default:
            if (c < 0x20) {
                out.append("\\u00");
                out.append(hex[c >> 4]);
                out.append(hex[c & 0xF]);
            } else {
                out.append(ch);
            }
        }
    }
    out.append('"');
}

} // namespace

ExportWriter::ExportWriter(QIODevice &out, ExportFormat format, const QStringList &columns)
    : m_out(out), m_format(format), m_columns(columns)
{
    m_buffer.reserve(kFlushBytes + 64 * 1024);
    if (m_format == ExportFormat::Csv) {
        for (qsizetype i = 0; i < columns.size(); ++i) {
            if (i > 0)
                m_buffer.append(',');
            CsvWriter::appendField(m_buffer, columns[i]);
        }
        m_buffer.append('\n');
    } else {
        for (const QString &column : columns) {
            QByteArray key;
            appendJsonString(key, column);
            m_jsonKeys << key + ": ";
        }
        m_buffer.append('[');
    }
}

ExportWriter::~ExportWriter() = default;

void ExportWriter::text(const QString &value)
{
    if (m_format == ExportFormat::Csv) {
        if (m_cell > 0)
            m_buffer.append(',');
        CsvWriter::appendField(m_buffer, CsvWriter::textCell(value));
    } else {
        m_buffer.append(m_cell == 0 ? (m_rows == 0 ? "\n  {" : ",\n  {") : ", ");
        m_buffer.append(m_jsonKeys[m_cell]);
        if (value.isEmpty())
            m_buffer.append("null");
        else
            appendJsonString(m_buffer, value);
    }
    ++m_cell;
}

void ExportWriter::number(const QString &plain)
{
    if (m_format == ExportFormat::Csv) {
        if (m_cell > 0)
            m_buffer.append(',');
        CsvWriter::appendField(m_buffer, CsvWriter::numberCell(plain));
    } else {
        m_buffer.append(m_cell == 0 ? (m_rows == 0 ? "\n  {" : ",\n  {") : ", ");
        m_buffer.append(m_jsonKeys[m_cell]);
        if (plain.isEmpty())
            m_buffer.append("null");
        else
            m_buffer.append(CsvWriter::numberCell(plain).toUtf8());
    }
    ++m_cell;
}

void ExportWriter::money(const Money &value)
{
    number(value.plain());
}

void ExportWriter::date(const QDate &value)
{
    text(value.isValid() ? isoDate(value) : QString());
}

void ExportWriter::blank()
{
    text(QString());
}

void ExportWriter::endRow()
{
    if (m_cell != m_columns.size())
        throw Error(QStringLiteral("An export row has %1 cells for %2 columns.")
                        .arg(m_cell)
                        .arg(m_columns.size()));
    m_buffer.append(m_format == ExportFormat::Csv ? "\n" : "}");
    m_cell = 0;
    ++m_rows;
    if (m_buffer.size() >= kFlushBytes)
        flush();
}

qint64 ExportWriter::finish()
{
    if (!m_finished) {
        if (m_format == ExportFormat::Json)
            m_buffer.append(m_rows == 0 ? "]\n" : "\n]\n");
        flush();
        m_finished = true;
    }
    return m_rows;
}

void ExportWriter::flush()
{
    if (m_buffer.isEmpty())
        return;
    if (m_out.write(m_buffer) != m_buffer.size())
        throw StorageError(
            QStringLiteral("Could not write the export: %1").arg(m_out.errorString()));
    m_buffer.clear();
}

} // namespace isf
