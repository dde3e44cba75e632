// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
// The documents the finance team prints for a person, built on the layout engine
// (layout/Document.h) from core's data. Each function returns a plain Document: render it
// with reports::render(doc, printer) for a print preview or printer, or writePdf/pdfBytes
// (layout/Renderer.h). Documents can be built and rendered on any thread, each thread
// through its own ProviderFile connection.

#include "core/domain/Entities.h"
#include "core/time/Period.h"
#include "reports/layout/Document.h"

namespace isf {
class ProviderFile;
struct StatementData;
} // namespace isf

namespace isf::reports {

// The statement of a person's fund for a period (10 pt): opening balance; money in by
// kind and money out by category with every item (date, supplier, description, hours,
// amount), reversals on a tinted band; closing balance; money set aside; hours planned,
// delivered and banked; contribution due, paid and owed; alerts that held at the end.
// Throws InputError for an unknown person, LedgerError if the figures do not balance.
Document statementDocument(const ProviderFile &file, Id personId, const Period &period);
Document statementDocument(const StatementData &data);

// The same statement in easy-read form: 14 pt, plain words ("Money in", "Money out",
// "Money left", "Hours of support"), a picture of money in against money out, and never
// more than two pages (spending is shown by kind, the biggest first).
Document easyReadStatementDocument(const ProviderFile &file, Id personId, const Period &period);
Document easyReadStatementDocument(const StatementData &data);

// The Individual Service Fund agreement (Lancashire's FIN3) from one agreement version:
// parties and contacts, capacity and best-interest decision, budget, outcomes and the
// costed delivery plan, what may be banked, contingencies, contribution, statements and
// records, surplus rules, management fees, notice and termination, disputes, and a
// signature block for each party that signs. Throws InputError for an unknown id.
Document agreementDocument(const ProviderFile &file, Id agreementId);

// A notification letter from an alert in the alerts register: excess balance or surplus
// held too long to the person's case worker; contribution arrears to their care manager.
// Throws InputError for an unknown alert or a rule that has no letter.
Document letterDocument(const ProviderFile &file, Id alertId);

// Notice of termination of a person's agreement (one under notice, or ended after
// notice), to the council's care manager or locality team. Throws InputError when no
// notice was given on it.
Document noticeLetterDocument(const ProviderFile &file, Id agreementId);

// The alert rules letterDocument() writes a letter for.
QStringList letterRules();

} // namespace isf::reports
