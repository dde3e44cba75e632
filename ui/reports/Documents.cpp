#include "reports/Documents.h"

#include "reports/StopgapStatement.h"
#include "statements/StatementPeriods.h"

#if __has_include("documents/Statements.h")
#include "documents/Statements.h"
#define ISF_UI_HAVE_DOCUMENTS 1
#else
#define ISF_UI_HAVE_DOCUMENTS 0
#endif

namespace isf::ui::Documents {

bool available()
{
    return ISF_UI_HAVE_DOCUMENTS != 0;
}

Period latestPeriod(const ProviderFile &file, Id personId, const QDate &today)
{
    const Period p = latestStatementPeriodEndedBy(file, personId, today);
    return p.isValid() ? p : Period { today.addDays(-27), today };
}

#if ISF_UI_HAVE_DOCUMENTS

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

#else

reports::Document statement(
    const ProviderFile &file, Id personId, const Period &period, const QDate &today)
{
    return stopgapStatement(file, personId, period, false, today);
}

reports::Document easyReadStatement(
    const ProviderFile &file, Id personId, const Period &period, const QDate &today)
{
    return stopgapStatement(file, personId, period, true, today);
}

std::optional<reports::Document> agreement(const ProviderFile &, Id)
{
    return std::nullopt;
}

std::optional<reports::Document> alertLetter(const ProviderFile &, Id)
{
    return std::nullopt;
}

std::optional<reports::Document> noticeLetter(const ProviderFile &, Id)
{
    return std::nullopt;
}

QStringList letterRules()
{
    return {};
}

#endif

} // namespace isf::ui::Documents
