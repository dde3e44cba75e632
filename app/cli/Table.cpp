// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "app/cli/Table.h"

#include "core/csv/CsvWriter.h"
#include "core/time/Dates.h"

#include <QJsonDocument>
#include <QJsonValue>

namespace isf::cli {

void Table::addColumn(const QString &name, Type type)
{
    m_columns << name;
    m_types.push_back(type);
}

void Table::beginRow()
{
    m_rows.emplace_back();
}

void Table::text(const QString &value)
{
    m_rows.back().push_back({ value, value, false });
}

void Table::integer(qint64 value)
{
    const QString s = QString::number(value);
    m_rows.back().push_back({ s, s, false });
}

void Table::money(Money value)
{
    m_rows.back().push_back({ value.display(), value.plain(), false });
}

void Table::money(std::optional<Money> value)
{
    if (value)
        money(*value);
    else
        null();
}

void Table::hours(std::optional<Hours> value)
{
    if (value)
        m_rows.back().push_back({ value->toString(), value->toString(), false });
    else
        null();
}

void Table::date(const QDate &value)
{
    if (value.isValid())
        m_rows.back().push_back({ isoDate(value), isoDate(value), false });
    else
        null();
}

void Table::cell(const QString &text, const QString &plain)
{
    m_rows.back().push_back({ text, plain, false });
}

void Table::null()
{
    m_rows.back().push_back({ QString(), QString(), true });
}

void Table::print(QTextStream &out, const QString &format) const
{
    if (format == u"csv")
        printCsv(out);
    else if (format == u"json")
        printJson(out);
    else
        printTable(out);
    out.flush();
}

void Table::printTable(QTextStream &out) const
{
    std::vector<qsizetype> width(m_columns.size());
    for (qsizetype c = 0; c < m_columns.size(); ++c)
        width[c] = m_columns[c].size();
    for (const auto &row : m_rows)
        for (std::size_t c = 0; c < row.size() && c < width.size(); ++c)
            width[c] = std::max(width[c], row[c].text.size());
    auto isNumeric = [&](std::size_t c) {
        return m_types[c] == Type::Money || m_types[c] == Type::Integer
            || m_types[c] == Type::Hours;
    };
    QString line;
    for (qsizetype c = 0; c < m_columns.size(); ++c) {
        line += isNumeric(c) ? m_columns[c].rightJustified(width[c])
                             : m_columns[c].leftJustified(width[c]);
        line += QStringLiteral("  ");
    }
    out << line.trimmed() << '\n';
    for (const auto &row : m_rows) {
        line.clear();
        for (std::size_t c = 0; c < row.size(); ++c) {
            line += isNumeric(c) ? row[c].text.rightJustified(width[c])
                                 : row[c].text.leftJustified(width[c]);
            line += QStringLiteral("  ");
        }
        while (line.endsWith(u' '))
            line.chop(1);
        out << line << '\n';
    }
}

void Table::printCsv(QTextStream &out) const
{
    CsvWriter writer;
    writer.writeRow(m_columns);
    for (const auto &row : m_rows) {
        QStringList fields;
        for (std::size_t c = 0; c < row.size(); ++c)
            fields << (m_types[c] == Type::Text ? CsvWriter::textCell(row[c].plain) : row[c].plain);
        writer.writeRow(fields);
    }
    out << QString::fromUtf8(writer.data());
}

void Table::printJson(QTextStream &out) const
{
    out << "[";
    bool firstRow = true;
    for (const auto &row : m_rows) {
        out << (firstRow ? "\n  {" : ",\n  {");
        firstRow = false;
        for (std::size_t c = 0; c < row.size(); ++c) {
            if (c)
                out << ", ";
            out << QString::fromUtf8(QJsonDocument::fromVariant(QVariantList { m_columns[c] })
                                         .toJson(QJsonDocument::Compact))
                       .mid(1)
                       .chopped(1)
                << ": ";
            if (row[c].isNull)
                out << "null";
            else if (m_types[c] == Type::Money || m_types[c] == Type::Integer
                || m_types[c] == Type::Hours)
                out << row[c].plain; // exact decimal text, never a double
            else
                out << QString::fromUtf8(QJsonDocument::fromVariant(QVariantList { row[c].plain })
                                             .toJson(QJsonDocument::Compact))
                           .mid(1)
                           .chopped(1);
        }
        out << "}";
    }
    out << (m_rows.empty() ? "]\n" : "\n]\n");
}

} // namespace isf::cli
