// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "core/csv/CsvWriter.h"

#include "core/money/Money.h"
#include "core/util/AtomicFile.h"
#include "core/util/Errors.h"

#include <utility>

namespace isf {

namespace {

bool needsQuotes(QStringView field)
{
    for (const QChar c : field) {
        const char16_t u = c.unicode();
        if (u == u',' || u == u'"' || u == u'\r' || u == u'\n')
            return true;
    }
    return false;
}

bool isPlainNumber(QStringView text)
{
    qsizetype i = 0;
    if (i < text.size() && text[i] == u'-')
        ++i;
    const qsizetype intStart = i;
    while (i < text.size() && text[i].unicode() >= u'0' && text[i].unicode() <= u'9')
        ++i;
    if (i == intStart)
        return false;
    if (i == text.size())
        return true;
    if (text[i] != u'.')
        return false;
    ++i;
    const qsizetype fracStart = i;
    while (i < text.size() && text[i].unicode() >= u'0' && text[i].unicode() <= u'9')
        ++i;
    return i > fracStart && i == text.size();
}

} // namespace

void CsvWriter::appendField(QByteArray &out, QStringView field)
{
    if (!needsQuotes(field)) {
        out.append(field.toUtf8());
        return;
    }
    QByteArray utf8 = field.toUtf8();
    utf8.replace('"', QByteArrayView("\"\""));
    out.reserve(out.size() + utf8.size() + 2);
    out.append('"');
    out.append(utf8);
    out.append('"');
}

void CsvWriter::writeRow(const QStringList &cells)
{
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            m_data.append(',');
        appendField(m_data, cells[i]);
    }
    m_data.append('\n');
    ++m_rows;
}

QByteArray CsvWriter::takeData()
{
    m_rows = 0;
    return std::exchange(m_data, QByteArray());
}

void CsvWriter::save(const QString &path) const
{
    writeFileAtomically(path, m_data);
}

QString CsvWriter::textCell(QStringView text)
{
    if (!text.isEmpty()) {
        const char16_t first = text.front().unicode();
        if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t'
            || first == u'\r')
            return u'\'' + text.toString();
    }
    return text.toString();
}

QString CsvWriter::numberCell(QStringView number)
{
    return isPlainNumber(number) ? number.toString() : textCell(number);
}

QString CsvWriter::moneyCell(const Money &amount)
{
    return amount.plain();
}

} // namespace isf
