// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <vector>

namespace isf {

// One record of a CSV file: the physical line (1-based) where it starts, and its
// fields exactly as the file holds them (unquoted, quotes undoubled, not trimmed).
struct CsvRecord {
    int line = 0;
    QStringList fields;
};

class CsvRow;

// A whole CSV file as spreadsheets write it, parsed at once.
//
// What it accepts: UTF-8 with or without a byte order mark; CRLF, LF or lone CR line
// ends (mixed too); fields in double quotes holding commas, line breaks and doubled
// quotes; spaces or tabs around a quoted field (dropped); a quote inside an unquoted
// field (kept as text). Blank records (every field empty or white space) are skipped,
// wherever they are; they still count for line numbers.
//
// The first non-blank record is the header. Column names are trimmed and matched
// case-insensitively. A header cell may be empty (spreadsheets leave such columns at
// the right-hand edge); such a column cannot be looked up, and a row that has a value in
// it is refused so that no data is silently dropped.
//
// Structural problems throw InputError "SOURCE:LINE: message" and stop the parse: text
// that is not UTF-8, a quote never closed, text after a closing quote, a repeated column
// name, a row with more fields than the header or fewer than its last named column (a
// last line cut off mid-row says so), a NUL byte or a field longer than kMaxFieldLength
// (naming the column).
class CsvTable {
public:
    static constexpr qsizetype kMaxFieldLength = 10000;

    static CsvTable parse(const QByteArray &bytes, const QString &sourceName);
    // Reads and parses a file; its file name (without folders) is the source name.
    // Throws InputError "NAME: cannot be read: reason" when the file cannot be read.
    static CsvTable load(const QString &path);

    const QString &sourceName() const { return m_sourceName; }
    // Column names as written in the header, trimmed.
    QStringList header() const { return m_header; }
    int headerLine() const { return m_headerLine; }
    // Index of the column named `name` (trimmed, any case), or -1 if absent.
    int columnIndex(QStringView name) const;
    bool hasColumn(QStringView name) const { return columnIndex(name) >= 0; }

    // The data rows, header excluded, in file order.
    const std::vector<CsvRecord> &records() const { return m_records; }
    qsizetype rowCount() const { return qsizetype(m_records.size()); }
    // A view of records()[index]; valid while this table lives.
    CsvRow row(qsizetype index) const;

    // Throws InputError "SOURCE:LINE: missing column(s): a, b" (LINE is the header's
    // line) naming, in the order given, every name that is not a column.
    void requireColumns(const QStringList &names) const;

    // "SOURCE:LINE", the prefix of every message about that line.
    QString location(int line) const;

private:
    CsvTable() = default;
    static void checkFields(const CsvTable &table, const CsvRecord &record, bool hasNul);

    QString m_sourceName;
    QStringList m_header;
    int m_headerLine = 1;
    std::vector<CsvRecord> m_records;
};

// A view of one record, reading fields by column name. It refers to the table and the
// record, so it must not outlive the table.
class CsvRow {
public:
    CsvRow(const CsvTable &table, const CsvRecord &record) : m_table(&table), m_record(&record) { }

    int line() const { return m_record->line; }
    const CsvTable &table() const { return *m_table; }
    const CsvRecord &record() const { return *m_record; }

    // The field, trimmed; "" when the column is absent or the row is short.
    QString text(QStringView column) const { return text(m_table->columnIndex(column)); }
    // The same by index (resolve indexes once with CsvTable::columnIndex in hot loops).
    QString text(int columnIndex) const;
    // The field as the file holds it, untrimmed; "" when absent.
    QString raw(QStringView column) const;
    // True when the field is empty or white space, or absent.
    bool isBlank(QStringView column) const;

private:
    const CsvTable *m_table;
    const CsvRecord *m_record;
};

inline CsvRow CsvTable::row(qsizetype index) const
{
    return CsvRow(*this, m_records[std::size_t(index)]);
}

} // namespace isf
