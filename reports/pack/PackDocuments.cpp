// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "reports/pack/PackDocuments.h"

#include "core/statements/StatementPeriods.h"
#include "core/storage/AgreementStore.h"
#include "core/time/Dates.h"
#include "reports/documents/Statements.h"
#include "reports/layout/Renderer.h"

namespace isf::reports {

PackDocuments::PackDocuments(const ProviderFile &file)
    : m_file(file), m_builder(std::make_unique<StatementBuilder>(file))
{
    m_builder->preloadAgreements();
}

PackDocuments::~PackDocuments() = default;

std::vector<std::pair<QString, QByteArray>> PackDocuments::statements(
    const Person &person, const Period &period) const
{
    // One PDF per person holding each statement of the period in turn, each from a new
    // page under its own heading: one file to read or print per person, and the PDF
    // writer's per-file font work is done once instead of once per statement.
    const std::vector<Period> periods = statementPeriodsEndingWithin(m_file, person.id, period);
    if (periods.empty())
        return {};
    Document combined;
    for (const StatementData &data : m_builder->build(person.id, periods)) {
        Document one = statementDocument(data);
        if (combined.blocks.empty()) {
            combined = one;
            combined.title
                = QStringLiteral("Individual Service Fund statements: %1").arg(period.describe());
            combined.blocks.clear();
        } else {
            combined.add(PageBreak {});
        }
        combined.add(Heading { one.title, 1 });
        for (Block &b : one.blocks)
            combined.blocks.push_back(std::move(b));
    }
    return { { QStringLiteral("statements-%1-to-%2.pdf")
                   .arg(isoDate(period.first), isoDate(period.last)),
        pdfBytes(combined) } };
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
