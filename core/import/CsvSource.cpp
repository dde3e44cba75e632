// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "core/import/CsvSource.h"

#include "core/csv/CsvWriter.h"
#include "core/util/Errors.h"

#include <cstring>
#include <utility>

namespace isf {
namespace {

// "SOURCE:LINE: message" with LINE moved on by `offset`: a later chunk is parsed with
// the header on line 1, so its own line numbers start again.
QString shiftLine(const QString &message, const QString &source, int offset)
{
    const QString prefix = source + u':';
    if (!message.startsWith(prefix))
        return message;
    const qsizetype colon = message.indexOf(u':', prefix.size());
    bool ok = false;
    const int line = QStringView(message).mid(prefix.size(), colon - prefix.size()).toInt(&ok);
    if (colon < 0 || !ok)
        return message;
    return prefix + QString::number(line + offset) + message.mid(colon);
}

} // namespace

CsvSource::CsvSource(QByteArray bytes, QString sourceName, qsizetype chunkBytes)
    : m_bytes(std::move(bytes)), m_sourceName(std::move(sourceName))
{
    split(chunkBytes < 1 ? 1 : chunkBytes);
    const Chunk &first = m_chunks.front();
    try {
        m_single = CsvTable::parse(
            m_chunks.size() == 1 ? m_bytes : m_bytes.left(first.end), m_sourceName);
    } catch (const InputError &) {
        if (m_chunks.size() == 1)
            throw;
        // The first chunk may hold nothing but blank lines, or end inside something
        // the splitter and the parser see differently: read the file in one piece.
        m_chunks = { Chunk { 0, m_bytes.size(), 1 } };
        m_single = CsvTable::parse(m_bytes, m_sourceName);
    }
    QByteArray line;
    const QStringList names = m_single->header();
    for (qsizetype i = 0; i < names.size(); ++i) {
        if (i > 0)
            line.append(',');
        CsvWriter::appendField(line, names[i]);
    }
    m_headerLine = line + '\n';
    m_header = CsvTable::parse(m_headerLine, m_sourceName);
    if (m_chunks.size() > 1)
        m_single.reset(); // later passes parse chunk by chunk
}

// Finds record boundaries a chunk's size apart, following the parser's rules: a quote
// opens a quoted field only at the start of a field (after blanks); inside one, line
// breaks and commas are text and a doubled quote is a quote. LF, CRLF and a lone CR
// each end a line.
void CsvSource::split(qsizetype chunkBytes)
{
    const char *s = m_bytes.constData();
    const qsizetype n = m_bytes.size();
    qsizetype i = 0;
    int line = 1;
    Chunk current { 0, 0, 1 };
    bool fieldStart = true;
    while (i < n) {
        if (fieldStart) {
            fieldStart = false;
            qsizetype j = i;
            while (j < n && (s[j] == ' ' || s[j] == '\t'))
                ++j;
            if (j < n && s[j] == '"') {
                ++j;
                for (;;) {
                    const auto *quote
                        = static_cast<const char *>(std::memchr(s + j, '"', std::size_t(n - j)));
                    const qsizetype q = quote ? quote - s : n;
                    for (qsizetype k = j; k < q; ++k)
                        if (s[k] == '\n' || (s[k] == '\r' && (k + 1 >= n || s[k + 1] != '\n')))
                            ++line;
                    if (!quote) {
                        j = n;
                        break;
                    }
                    if (q + 1 < n && s[q + 1] == '"') {
                        j = q + 2;
                        continue;
                    }
                    j = q + 1;
                    break;
                }
            }
            i = j;
            continue;
        }
        const char c = s[i];
        if (c == ',') {
            fieldStart = true;
            ++i;
        } else if (c == '\n' || c == '\r') {
            if (c == '\r' && i + 1 < n && s[i + 1] == '\n')
                ++i;
            ++i;
            ++line;
            fieldStart = true;
            if (i - current.begin >= chunkBytes && i < n) {
                current.end = i;
                m_chunks.push_back(current);
                current = Chunk { i, 0, line };
            }
        } else {
            ++i;
        }
    }
    current.end = n;
    m_chunks.push_back(current);
}

CsvTable CsvSource::parseChunk(const Chunk &chunk) const
{
    const int offset = chunk.firstLine - 2; // the chunk follows the header on line 1
    try {
        QByteArray text;
        text.reserve(m_headerLine.size() + chunk.end - chunk.begin);
        text.append(m_headerLine);
        text.append(m_bytes.constData() + chunk.begin, chunk.end - chunk.begin);
        return CsvTable::parse(text, m_sourceName);
    } catch (const InputError &e) {
        throw InputError(shiftLine(e.message(), m_sourceName, offset));
    }
}

void CsvSource::forEachRow(const std::function<void(const CsvRow &)> &fn) const
{
    if (m_single) {
        for (const CsvRecord &record : m_single->records())
            fn(CsvRow(*m_single, record));
        return;
    }
    for (const Chunk &chunk : m_chunks) {
        const CsvTable table = chunk.begin == 0
            ? CsvTable::parse(m_bytes.left(chunk.end), m_sourceName)
            : parseChunk(chunk);
        const int offset = chunk.begin == 0 ? 0 : chunk.firstLine - 2;
        for (const CsvRecord &record : table.records()) {
            if (offset == 0) {
                fn(CsvRow(table, record));
            } else {
                const CsvRecord shifted { record.line + offset, record.fields };
                fn(CsvRow(table, shifted));
            }
        }
    }
}

} // namespace isf
