// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
// The CSV reader: any bytes either parse or throw InputError; parsed whole or in
// chunks of any size, the rows are the same.
#include "core/csv/CsvReader.h"
#include "core/import/CsvSource.h"
#include "core/util/Errors.h"
#include "fuzz/FuzzSupport.h"

#include <cstdint>

using namespace isf;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QStringList whole;
    bool parsed = false;
    try {
        const CsvTable table = CsvTable::parse(bytes, QStringLiteral("fuzz.csv"));
        qsizetype named = 0;
        for (qsizetype i = 0; i < table.header().size(); ++i)
            if (!table.header()[i].isEmpty())
                named = i + 1;
        for (const CsvRecord &r : table.records()) {
            // Strict: no row wider than the header, none short of a named column.
            if (r.fields.size() > table.header().size() || r.fields.size() < named)
                fuzz::wrong();
            for (const QString &f : r.fields)
                if (f.size() > CsvTable::kMaxFieldLength || f.contains(QChar(0)))
                    fuzz::wrong();
            whole << QString::number(r.line) + u':' + r.fields.join(u'\x1f');
        }
        parsed = true;
    } catch (const InputError &) { }
    if (!parsed)
        return 0;
    // The same file in small chunks (as big imports are read) gives the same rows.
    try {
        const CsvSource source(bytes, QStringLiteral("fuzz.csv"), 7);
        QStringList chunked;
        source.forEachRow([&](const CsvRow &row) {
            chunked << QString::number(row.line()) + u':' + row.record().fields.join(u'\x1f');
        });
        if (chunked != whole)
            fuzz::wrong();
    } catch (const InputError &) {
        fuzz::wrong(); // accepted whole, refused in chunks
    }
    return 0;
}
