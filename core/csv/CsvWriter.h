// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace isf {

class Money;

// Writes CSV as UTF-8 without a byte order mark, one LF after every row. A field is
// quoted only when it holds a comma, a quote, CR or LF; quotes inside are doubled.
// CsvTable::parse reads back exactly the fields written (a row whose fields are all
// blank is the one thing it skips).
//
// writeRow() writes cells as given. Text that came from a person or a file should go
// through textCell(), so that a spreadsheet opening the file does not run it as a
// formula; numbers go through numberCell() or moneyCell(), which leave "-5.00" alone.
class CsvWriter {
public:
    void writeRow(const QStringList &cells);

    const QByteArray &data() const { return m_data; }
    QByteArray takeData();
    qsizetype rowCount() const { return m_rows; }

    // Writes data() to `path` atomically (all or nothing). Throws StorageError.
    void save(const QString &path) const;

    // Text that starts with = + - @, a tab or CR gets an apostrophe in front (the OWASP
    // advice against CSV formula injection); other text is returned as it is.
    static QString textCell(QStringView text);
    // A plain decimal number (-?digits, optionally .digits) as it is; anything else is
    // treated as text, so that this path can never carry a formula.
    static QString numberCell(QStringView number);
    // 1240.01, -5.00: the file form of money.
    static QString moneyCell(const Money &amount);

    // Appends one field, quoted if needed, to `out` (no separator, no line end).
    static void appendField(QByteArray &out, QStringView field);

private:
    QByteArray m_data;
    qsizetype m_rows = 0;
};

} // namespace isf
