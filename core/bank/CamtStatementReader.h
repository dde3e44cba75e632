// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include "core/bank/Statement.h"

namespace isf {

// Reads an ISO 20022 CAMT.053 bank-to-customer statement (any version of the
// urn:iso:std:iso:20022:tech:xsd:camt.053 namespace) with QXmlStreamReader: the
// statement's opening (OPBD) and closing (CLBD) booked balances, and each booked
// entry (Ntry): Amt with CdtDbtInd, BookgDt, AcctSvcrRef as the bank's id, the
// remittance text (Ustrd, AddtlNtryInf) as the description and EndToEndId as the
// reference. A file with more than one Stmt is refused (import one account at a time).
// Throws InputError naming the element and its line ("statement.xml:41: Ntry/Amt: ...").
Statement readCamtStatement(const QByteArray &bytes, const QString &sourceName);

} // namespace isf
