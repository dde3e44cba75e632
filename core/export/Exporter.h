// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include <QIODevice>
#include <QString>
#include <QStringList>

namespace isf {

class ProviderFile;

enum class ExportFormat { Csv, Json };
// csv or json (any case); throws InputError naming the formats.
ExportFormat parseExportFormat(const QString &text);

// The kinds that can be exported: councils, people, agreements, suppliers, transactions,
// questionnaire, budget-bands.
QStringList exportKinds();

// Writes every record of a kind to `out`, in the column layout its import accepts (so
// that exporting then importing into a new file gives the same records and the same
// balances). CSV: a header row, then one row a record; UTF-8, LF, text that could
// run as a spreadsheet formula behind an apostrophe (imports take it off again).
// JSON: an array of objects keyed by the same column names; money is a number written
// from pence (1240.01), blank cells are null. Streams: a million transactions never sit
// in memory at once. Returns the number of records. Throws InputError for an unknown
// kind and StorageError when `out` cannot be written.
//
// Transactions carry their txn_id; a reversal is a `reversal` row naming the txn_id it
// reverses (`reverses`), with its reason as the description, so the import reverses the
// same entry; transfers between bank accounts, which move no fund, are left out.
qint64 exportRecords(
    const ProviderFile &file, const QString &kind, ExportFormat format, QIODevice &out);

} // namespace isf
