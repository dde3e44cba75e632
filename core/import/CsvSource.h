// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include "core/csv/CsvReader.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace isf {

// An import file read a few megabytes at a time, so that importing a million rows
// holds one chunk of parsed rows in memory rather than all of them. The bytes are cut
// only between records (never inside a quoted field); each chunk is parsed by CsvTable
// with the header in front, and its rows keep their real line numbers, in messages too.
// A file smaller than one chunk is parsed once and kept.
class CsvSource {
public:
    static constexpr qsizetype kDefaultChunkBytes = 4 * 1024 * 1024;

    // Throws InputError "SOURCE:LINE: message" for the problems CsvTable::parse reports
    // (in the first chunk; later chunks report theirs from forEachRow()).
    CsvSource(QByteArray bytes, QString sourceName, qsizetype chunkBytes = kDefaultChunkBytes);

    const QString &sourceName() const { return m_sourceName; }
    // The header: a table with the file's columns and no rows.
    const CsvTable &header() const { return *m_header; }
    qsizetype chunkCount() const { return qsizetype(m_chunks.size()); }
    qsizetype byteSize() const { return m_bytes.size(); }

    // Calls fn for every data row, in file order.
    void forEachRow(const std::function<void(const CsvRow &)> &fn) const;

private:
    struct Chunk {
        qsizetype begin = 0, end = 0;
        int firstLine = 1; // physical line of the chunk's first byte
    };
    void split(qsizetype chunkBytes);
    CsvTable parseChunk(const Chunk &chunk) const;

    QByteArray m_bytes;
    QString m_sourceName;
    std::vector<Chunk> m_chunks;
    std::optional<CsvTable> m_header;
    std::optional<CsvTable> m_single; // the parsed file when it is one chunk
    QByteArray m_headerLine; // the header as one CSV line, put in front of later chunks
};

} // namespace isf
