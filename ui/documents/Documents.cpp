// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "ui/documents/Documents.h"

#include "core/statements/StatementPeriods.h"
#include "reports/documents/Statements.h"

namespace isf::ui::Documents {

bool available()
{
    return true;
}

Period latestPeriod(const ProviderFile &file, Id personId, const QDate &today)
{
    const Period p = latestStatementPeriodEndedBy(file, personId, today);
    return p.isValid() ? p : Period { today.addDays(-27), today };
}

reports::Document statement(
    const ProviderFile &file, Id personId, const Period &period, const QDate &)
{
    return reports::statementDocument(file, personId, period);
}

reports::Document easyReadStatement(
    const ProviderFile &file, Id personId, const Period &period, const QDate &)
{
    return reports::easyReadStatementDocument(file, personId, period);
}

std::optional<reports::Document> agreement(const ProviderFile &file, Id agreementId)
{
    return reports::agreementDocument(file, agreementId);
}

std::optional<reports::Document> alertLetter(const ProviderFile &file, Id alertId)
{
    return reports::letterDocument(file, alertId);
}

std::optional<reports::Document> noticeLetter(const ProviderFile &file, Id agreementId)
{
    return reports::noticeLetterDocument(file, agreementId);
}

QStringList letterRules()
{
    return reports::letterRules();
}

} // namespace isf::ui::Documents
