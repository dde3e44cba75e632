#include "pack/PackDocuments.h"

#include "documents/Statements.h"
#include "layout/Renderer.h"
#include "statements/StatementPeriods.h"
#include "storage/AgreementStore.h"
#include "time/Dates.h"

namespace isf::reports {

PackDocuments::PackDocuments(const ProviderFile &file) : m_file(file) { }

std::vector<std::pair<QString, QByteArray>> PackDocuments::statements(
    const Person &person, const Period &period) const
{
    std::vector<std::pair<QString, QByteArray>> out;
    for (const Period &p : statementPeriodsEndingWithin(m_file, person.id, period))
        out.emplace_back(QStringLiteral("statement-%1.pdf").arg(isoDate(p.last)),
            pdfBytes(statementDocument(m_file, person.id, p)));
    return out;
}

std::vector<std::pair<QString, QByteArray>> PackDocuments::agreements(
    const Person &person, const Period &period) const
{
    // A version is in force from its effective date until the next version takes
    // over (or the agreement ends); drafts were never in force.
    std::vector<Agreement> versions = agreementVersions(m_file, person.id);
    std::vector<std::pair<QString, QByteArray>> out;
    for (std::size_t i = 0; i < versions.size(); ++i) {
        const Agreement &a = versions[i];
        if (a.status == AgreementStatus::Draft)
            continue;
        QDate until = a.endDate.isValid() ? a.endDate : QDate(9999, 12, 31);
        for (std::size_t j = i + 1; j < versions.size(); ++j)
            if (versions[j].status != AgreementStatus::Draft) {
                until = std::min(until, versions[j].effectiveFrom.addDays(-1));
                break;
            }
        if (a.effectiveFrom <= period.last && until >= period.first)
            out.emplace_back(QStringLiteral("agreement-v%1.pdf").arg(a.version),
                pdfBytes(agreementDocument(m_file, a.id)));
    }
    return out;
}

} // namespace isf::reports
