// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include "core/bank/CsvStatementReader.h"
#include "core/bank/Statement.h"
#include "core/domain/Entities.h"

#include <QStringList>

#include <optional>

namespace isf {

class ProviderFile;

struct StatementImportOptions {
    std::optional<StatementFormat> format; // detected from the file when unset
    CsvMapping mapping; // CSV roles given by the person; the rest from the profile or header
    std::optional<Money> openingBalance; // for a first CSV statement with no balances
    bool autoMatch = true;
};

struct StatementImportResult {
    QString sourceName, format;
    Id statementId = 0;
    int lines = 0, added = 0, alreadyThere = 0;
    std::optional<Money> opening, closing;
    QDate first, last;
    int autoMatched = 0, toReview = 0;
    QStringList notes;
};

// Imports a bank statement file into one client bank account, all or nothing:
// - every line keeps the bank's id or a key (see assignKeys); lines already imported
//   are counted and skipped, so an overlapping statement adds only its new lines;
// - the statement's opening balance must follow on from what the account's earlier
//   statements give at that day, or it is refused with both figures (a gap or a wrong
//   account); a first CSV statement without balances needs openingBalance;
// - nothing dated on or before the last signed reconciliation may be added;
// - the CSV column mapping used is saved as the account's profile;
// - then the new lines are matched where exactly one candidate fits exactly.
// Bad lines are named by line (CSV) or element (OFX, CAMT) in the InputError.
StatementImportResult importStatement(const ProviderFile &file, Id accountId, const QString &path,
    const StatementImportOptions &options = {});

// One paragraph for a person: "statement.csv: 14 lines, 9 new, 5 already there; ..."
QString describeStatementImport(const StatementImportResult &result);

} // namespace isf
