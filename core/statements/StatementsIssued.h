// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
// The register of statements issued. Issuing a statement closes its period for the
// person: the Ledger refuses entries dated on or before the latest issued period's last
// day, so corrections go into the next open period as reversals.

#include "core/domain/Entities.h"
#include "core/time/Period.h"

#include <QByteArray>

#include <vector>

namespace isf {

class ProviderFile;

struct StatementIssue {
    Id id = 0;
    Id personId = 0;
    Period period;
    bool easyRead = false;
    Money closingBalance;
    QString documentSha256; // hex SHA-256 of the PDF as issued
    QString issuedAt, issuedBy;
};

// Records that the statement of a period was issued (one transaction, with its audit
// entry). Refused with InputError when the period has not ended by the file's today,
// or the person does not exist; with LedgerError when the fund's balance at the period's
// end is no longer closingBalance (an entry was posted while the statement was made:
// make it again). Issuing a period again (a reprint) is recorded again.
StatementIssue recordStatementIssued(const ProviderFile &file, Id personId, const Period &period,
    Money closingBalance, const QString &sha256, bool easyRead);
// The same, hashing the document's bytes.
StatementIssue recordStatementIssued(const ProviderFile &file, Id personId, const Period &period,
    Money closingBalance, const QByteArray &document, bool easyRead);

// Statements issued for a person (every person when 0), latest period first.
std::vector<StatementIssue> listStatementsIssued(const ProviderFile &file, Id personId);

// The last day of the latest period issued for the person: entries dated on or before it
// are refused (invalid when none was issued).
QDate closedThrough(const ProviderFile &file, Id personId);

} // namespace isf
