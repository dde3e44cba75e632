// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include "core/bank/Statement.h"

#include <QStringList>

namespace isf {

// Which CSV column holds what. Banks disagree on names and on whether money out is a
// negative amount or a column of its own, so the mapping is detected from the header
// and kept per account as a profile ("date=Date;description=Details;amount=Amount").
struct CsvMapping {
    QString date, description, amount, paidIn, paidOut, balance, reference;

    // The roles with the header names banks use (Date, Transaction Date, Description,
    // Details, Narrative, Amount, Value, Paid in, Credit, Money in, Paid out, Debit,
    // Money out, Balance, Reference ...); roles not found stay empty.
    static CsvMapping detect(const QStringList &header);
    // "role=Column;role=Column"; throws InputError for an unknown role.
    static CsvMapping fromProfile(const QString &profile);
    QString toProfile() const;
    // Fills the roles left empty here from `other`.
    void fillFrom(const CsvMapping &other);
    // Throws InputError naming what is missing (a date, a description, and either an
    // amount or paid in / paid out) and the columns the file has.
    void check(const QStringList &header, const QString &sourceName) const;
};

// Reads a CSV statement with the mapping (detected where `mapping` leaves a role empty).
// Every bad row is named ("statement.csv:7: paid_out: ..."); newest-first files are
// put oldest first. Throws InputError listing every problem.
// `profile` (the account's saved mapping) fills the roles `mapping` leaves empty when
// every column it names is in the file (a bank that changed its export is detected
// afresh). `used`, when given, receives the mapping the file was read with.
Statement readCsvStatement(const QByteArray &bytes, const QString &sourceName,
    const CsvMapping &mapping, const CsvMapping &profile = {}, CsvMapping *used = nullptr);

} // namespace isf
