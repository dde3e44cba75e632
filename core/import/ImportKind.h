// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include "core/csv/CsvErrors.h"
#include "core/csv/CsvReader.h"
#include "core/domain/Entities.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace isf {

class ProviderFile;
class CsvSource;

// What one import did, for the summary a person reads afterwards.
struct ImportResult {
    QString kind;
    QString sourceName;
    qsizetype rows = 0; // data rows read
    qsizetype added = 0; // new records (or posted transactions)
    qsizetype updated = 0; // existing records changed
    QString updatedLabel = QStringLiteral("updated"); // how the summary names them
    QString updatedLabelOne = QStringLiteral("updated"); // ... when there is one
    qsizetype unchanged = 0; // rows that matched what the file already held
    Id batchId = 0; // the import_batches row recorded for this import (rows may carry it)
    QString fingerprint; // set by a kind that fingerprints its own parsed rows
    QStringList addedSuppliers; // suppliers added to the register on the way
    QStringList notes; // anything else worth telling, one sentence each
};

// What a kind's import function works with. Rows are read through forEachRow() so
// that the driver decides how much of the file is in memory at once; the same
// CsvRow must not be kept after the callback returns.
class ImportContext {
public:
    ImportContext(
        const ProviderFile &file, const CsvSource &source, CsvErrors &errors, ImportResult &result);

    const ProviderFile &file() const { return m_file; }
    const QString &sourceName() const;
    CsvErrors &errors() { return m_errors; }
    ImportResult &result() { return m_result; }

    // Index of a column (any case), or -1 when the file does not have it.
    int column(QStringView name) const;
    // The size of the file in bytes (to size bulk work before reading the rows).
    qsizetype byteSize() const;
    bool hasColumn(QStringView name) const { return column(name) >= 0; }

    // Calls fn for every data row in file order, with the row's real line number.
    // May be called more than once.
    void forEachRow(const std::function<void(const CsvRow &)> &fn) const;

private:
    const ProviderFile &m_file;
    const CsvSource &m_source;
    CsvErrors &m_errors;
    ImportResult &m_result;
};

// One kind of import file: its columns and the function that saves its rows.
//
// The function runs inside the import's one write transaction. It reports every
// problem of every row to ctx.errors() (as "COLUMN: message", against the row's line)
// and carries on with the next row; when any problem was reported, the driver rolls
// the whole import back, so a kind never has to undo anything itself.
struct ImportKind {
    QString name; // councils, people, ...: the KIND of `isf import FILE KIND CSV`
    QStringList required; // columns the file must have
    QStringList optional; // columns it may have; any other column is refused
    QString description; // one line, for help text
    std::function<void(ImportContext &)> run;
};

// The import kinds, by name. Registering one is a single call, e.g. in the file that
// implements it:
//
//   const bool registered = ImportRegistry::add({ QStringLiteral("hours"),
//       { QStringLiteral("person_ref"), ... }, { ... }, QStringLiteral("Hours delivered."),
//       importHours });
//
// isfcore is a static library, and the linker leaves out an object file that nothing
// refers to, registration and all. Put the call in a .cpp that the programs use anyway
// (for instance beside the functions your import calls), or call
// ImportRegistry::add() from code that runs before the first import.
class ImportRegistry {
public:
    // Adds a kind; a later add with the same name replaces the earlier one.
    static bool add(ImportKind kind);
    static const ImportKind *find(const QString &name);
    // In name order.
    static std::vector<const ImportKind *> all();
    static QStringList names();
};

// Reads a cell as a person means it: trimmed, line breaks inside it as LF (CRLF and
// CR become LF), and without the apostrophe that exports (and spreadsheets) put
// before text starting with = + - @ so that it is not run as a formula.
QString importCell(const CsvRow &row, int column);

} // namespace isf
