// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "core/csv/CsvReader.h"

#include "core/util/Errors.h"

#include <QFile>
#include <QFileInfo>

#include <cstdint>
#include <cstring>

namespace isf {

namespace {

[[noreturn]] void fail(const QString &source, int line, const QString &message)
{
    throw InputError(source + u':' + QString::number(line) + QStringLiteral(": ") + message);
}

bool isBlankText(const QString &text)
{
    for (const QChar c : text) {
        if (!c.isSpace())
            return false;
    }
    return true;
}

bool isBlankRecord(const CsvRecord &record)
{
    for (const QString &field : record.fields) {
        if (!isBlankText(field))
            return false;
    }
    return true;
}

// The offset of the first byte that does not belong to well-formed UTF-8 (RFC 3629: no
// overlong forms, no surrogates, nothing above U+10FFFF), or -1 when all of it is.
qsizetype firstInvalidUtf8(const char *data, qsizetype size)
{
    const auto *s = reinterpret_cast<const unsigned char *>(data);
    qsizetype i = 0;
    while (i < size) {
        // Most files are nearly all ASCII: skip 8 bytes at a time while no high bit is set.
        while (size - i >= 8) {
            std::uint64_t chunk;
            std::memcpy(&chunk, s + i, sizeof chunk);
            if (chunk & 0x8080808080808080ULL)
                break;
            i += 8;
        }
        if (i >= size)
            break;
        const unsigned char lead = s[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        std::uint32_t code = 0;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
            code = lead & 0x1Fu;
        } else if ((lead & 0xF0u) == 0xE0u) {
            length = 3;
            code = lead & 0x0Fu;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            code = lead & 0x07u;
        } else {
            return i;
        }
        if (size - i < length)
            return i;
        for (int k = 1; k < length; ++k) {
            const unsigned char next = s[i + k];
            if ((next & 0xC0u) != 0x80u)
                return i;
            code = (code << 6) | (next & 0x3Fu);
        }
        if (length == 3 && (code < 0x800 || (code >= 0xD800 && code <= 0xDFFF)))
            return i;
        if (length == 4 && (code < 0x10000 || code > 0x10FFFF))
            return i;
        i += length;
    }
    return -1;
}

// The physical line (1-based) that holds byte `offset`: LF, CRLF and lone CR each end one.
int lineAt(const char *data, qsizetype offset)
{
    int line = 1;
    for (qsizetype i = 0; i < offset; ++i) {
        if (data[i] == '\n' || (data[i] == '\r' && data[i + 1] != '\n'))
            ++line;
    }
    return line;
}

qsizetype countByte(const char *p, const char *end, char byte)
{
    qsizetype n = 0;
    while (p != end) {
        const void *hit = std::memchr(p, byte, std::size_t(end - p));
        if (!hit)
            break;
        ++n;
        p = static_cast<const char *>(hit) + 1;
    }
    return n;
}

// Splits already validated UTF-8 into records. Works on bytes: the structural characters
// (comma, quote, CR, LF) are ASCII and never occur inside a multi-byte UTF-8 sequence, so
// each field is a slice decoded once.
class Parser {
public:
    Parser(const char *begin, const char *end, const QString &source)
        : m_p(begin), m_end(end), m_source(source)
    { }

    bool atEnd() const { return m_p == m_end; }

    // Reads one record and the line end after it (if any). Returns false when the file
    // ended without a line end after the record (a last line that may be cut off).
    bool readRecord(CsvRecord &record)
    {
        record.line = m_line;
        for (;;) {
            readField(record.fields);
            if (m_p == m_end)
                return false;
            if (*m_p == ',') {
                ++m_p;
                continue;
            }
            // A line end: CRLF counts as one.
            if (*m_p == '\r' && m_p + 1 != m_end && m_p[1] == '\n')
                ++m_p;
            ++m_p;
            ++m_line;
            return true;
        }
    }

private:
    static bool isBlankByte(char c) { return c == ' ' || c == '\t'; }

    void readField(QStringList &fields)
    {
        const char *start = m_p;
        const char *q = m_p;
        while (q != m_end && isBlankByte(*q))
            ++q;
        if (q != m_end && *q == '"') {
            m_p = q + 1;
            fields.append(readQuoted());
            return;
        }
        while (m_p != m_end) {
            const char c = *m_p;
            if (c == ',' || c == '\n' || c == '\r')
                break;
            ++m_p;
        }
        fields.append(m_p == start ? QString() : QString::fromUtf8(start, m_p - start));
    }

    // From just after an opening quote to just after the closing one, then past any
    // blanks; leaves m_p on the comma or line end that follows, or at the end.
    QString readQuoted()
    {
        const int openLine = m_line;
        QByteArray unescaped; // used only when the field holds doubled quotes
        const char *segment = m_p;
        QString value;
        for (;;) {
            const auto *quote
                = static_cast<const char *>(std::memchr(m_p, '"', std::size_t(m_end - m_p)));
            if (!quote)
                fail(m_source, openLine,
                    QStringLiteral("a quote opened on this line is never closed"));
            countLineBreaks(m_p, quote);
            if (quote + 1 != m_end && quote[1] == '"') {
                unescaped.append(segment, quote + 1 - segment); // keeps one of the two quotes
                m_p = quote + 2;
                segment = m_p;
                continue;
            }
            if (unescaped.isEmpty()) {
                if (quote != segment)
                    value = QString::fromUtf8(segment, quote - segment);
            } else {
                unescaped.append(segment, quote - segment);
                value = QString::fromUtf8(unescaped);
            }
            m_p = quote + 1;
            break;
        }
        while (m_p != m_end && isBlankByte(*m_p))
            ++m_p;
        if (m_p != m_end && *m_p != ',' && *m_p != '\n' && *m_p != '\r')
            fail(m_source, m_line,
                QStringLiteral("a quoted field has text after its closing quote (a quote inside "
                               "a quoted field must be doubled: \"\")"));
        return value;
    }

    void countLineBreaks(const char *from, const char *to)
    {
        // `to` points at a quote, so looking one byte past a CR is always in bounds.
        for (const char *c = from; c != to; ++c) {
            if (*c == '\n' || (*c == '\r' && c[1] != '\n'))
                ++m_line;
        }
    }

    const char *m_p;
    const char *m_end;
    const QString &m_source;
    int m_line = 1;
};

// "column 3 (amount)" once the header is known, "column 3" in the header itself.
QString columnName(const CsvTable &table, qsizetype index)
{
    const QString name = index < table.header().size() ? table.header()[index] : QString();
    return name.isEmpty() ? QStringLiteral("column %1").arg(index + 1)
                          : QStringLiteral("column %1 (%2)").arg(index + 1).arg(name);
}

} // namespace

void CsvTable::checkFields(const CsvTable &table, const CsvRecord &record, bool hasNul)
{
    for (qsizetype i = 0; i < record.fields.size(); ++i) {
        const QString &field = record.fields[i];
        if (field.size() > kMaxFieldLength)
            fail(table.m_sourceName, record.line,
                QStringLiteral("%1 holds %2 characters; a field may hold at most %3")
                    .arg(columnName(table, i))
                    .arg(field.size())
                    .arg(kMaxFieldLength));
        if (hasNul && field.contains(QChar(0)))
            fail(table.m_sourceName, record.line,
                QStringLiteral("%1 holds a NUL byte (0x00); this is not a text CSV file, or it "
                               "is damaged")
                    .arg(columnName(table, i)));
    }
}

CsvTable CsvTable::parse(const QByteArray &bytes, const QString &sourceName)
{
    CsvTable table;
    table.m_sourceName = sourceName;

    const char *begin = bytes.constData();
    const char *end = begin + bytes.size();
    if (bytes.startsWith("\xEF\xBB\xBF"))
        begin += 3;
    else if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF"))
        fail(sourceName, 1,
            QStringLiteral("the file is UTF-16 text, not UTF-8; save it as \"CSV UTF-8\" and "
                           "import it again"));

    const qsizetype bad = firstInvalidUtf8(begin, end - begin);
    if (bad >= 0) {
        const auto byte = static_cast<unsigned char>(begin[bad]);
        const QString hex = QString::number(byte, 16).toUpper();
        fail(sourceName, lineAt(begin, bad),
            QStringLiteral("the text is not UTF-8 (unexpected byte 0x") + hex
                + QStringLiteral("); save the file as \"CSV UTF-8\" and import it again"));
    }

    // Checked per field only when the file holds a NUL at all (most never do).
    const bool hasNul = std::memchr(begin, 0, std::size_t(end - begin)) != nullptr;
    Parser parser(begin, end, sourceName);
    bool haveHeader = false;
    qsizetype width = 0;
    qsizetype named = 0; // the header's width up to its last named column
    std::vector<int> unnamed; // columns with an empty header cell
    table.m_records.reserve(std::size_t(countByte(begin, end, '\n')) + 1);
    CsvRecord record;
    while (!parser.atEnd()) {
        record.fields.clear();
        record.fields.reserve(width > 0 ? width : 16);
        const bool lineEnded = parser.readRecord(record);
        checkFields(table, record, hasNul);
        if (isBlankRecord(record))
            continue;

        if (!haveHeader) {
            haveHeader = true;
            table.m_headerLine = record.line;
            width = record.fields.size();
            for (qsizetype i = 0; i < width; ++i) {
                const QString name = record.fields[i].trimmed();
                if (name.isEmpty()) {
                    unnamed.push_back(int(i));
                } else {
                    for (qsizetype j = 0; j < i; ++j) {
                        if (name.compare(table.m_header[j], Qt::CaseInsensitive) == 0)
                            fail(sourceName, record.line,
                                QStringLiteral("column \"%1\" appears more than once in the "
                                               "header (columns %2 and %3)")
                                    .arg(name, QString::number(j + 1), QString::number(i + 1)));
                    }
                }
                table.m_header.append(name);
                if (!name.isEmpty())
                    named = i + 1;
            }
            continue;
        }

        // Unnamed columns at the right-hand edge (spreadsheets leave them) may be left off;
        // a named one may not: a row that stops short is how a cut or mangled file looks.
        const qsizetype fields = record.fields.size();
        if (fields < named && !lineEnded)
            fail(sourceName, record.line,
                QStringLiteral("the last line has no line end and only %1 of the header's %2 "
                               "fields: the file looks cut off. Export it again")
                    .arg(record.fields.size())
                    .arg(width));
        if (fields < named || fields > width)
            fail(sourceName, record.line,
                QStringLiteral("row has %1 fields but the header has %2")
                    .arg(record.fields.size())
                    .arg(width));
        for (const int column : unnamed) {
            if (column < record.fields.size() && !isBlankText(record.fields[column]))
                fail(sourceName, record.line,
                    QStringLiteral("field %1 has a value but its column has no name in the "
                                   "header")
                        .arg(column + 1));
        }
        table.m_records.push_back(std::move(record));
        record = CsvRecord();
    }
    if (!haveHeader)
        fail(sourceName, 1, QStringLiteral("the file is empty: it has no header row"));
    return table;
}

CsvTable CsvTable::load(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw InputError(name + QStringLiteral(": cannot be read: ") + file.errorString());
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        throw InputError(name + QStringLiteral(": cannot be read: ") + file.errorString());
    return parse(bytes, name);
}

int CsvTable::columnIndex(QStringView name) const
{
    const QStringView wanted = name.trimmed();
    if (wanted.isEmpty())
        return -1;
    // Case-insensitive comparison folds one UTF-16 unit at a time, so names of different
    // lengths never match: checking the length first keeps lookups cheap.
    for (qsizetype i = 0; i < m_header.size(); ++i) {
        const QString &column = m_header[i];
        if (column.size() == wanted.size() && column.compare(wanted, Qt::CaseInsensitive) == 0)
            return int(i);
    }
    return -1;
}

void CsvTable::requireColumns(const QStringList &names) const
{
    QStringList missing;
    for (const QString &name : names) {
        if (!hasColumn(name))
            missing.append(name);
    }
    if (!missing.isEmpty())
        fail(m_sourceName, m_headerLine,
            QStringLiteral("missing column(s): ") + missing.join(QStringLiteral(", ")));
}

QString CsvTable::location(int line) const
{
    return m_sourceName + u':' + QString::number(line);
}

QString CsvRow::text(int columnIndex) const
{
    if (columnIndex < 0 || columnIndex >= m_record->fields.size())
        return QString();
    return m_record->fields[columnIndex].trimmed();
}

QString CsvRow::raw(QStringView column) const
{
    const int index = m_table->columnIndex(column);
    if (index < 0 || index >= m_record->fields.size())
        return QString();
    return m_record->fields[index];
}

bool CsvRow::isBlank(QStringView column) const
{
    const int index = m_table->columnIndex(column);
    if (index < 0 || index >= m_record->fields.size())
        return true;
    return isBlankText(m_record->fields[index]);
}

} // namespace isf
