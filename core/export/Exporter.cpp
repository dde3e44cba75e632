// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "core/export/Exporter.h"

#include "core/assessment/CalculatorExport.h"
#include "core/assessment/CalculatorImports.h"
#include "core/export/ExportWriter.h"
#include "core/import/AgreementRows.h"
#include "core/import/Columns.h"
#include "core/storage/AgreementStore.h"
#include "core/storage/PersonStore.h"
#include "core/storage/ReferenceStore.h"
#include "core/util/Errors.h"

#include <QHash>

namespace isf {

// In TransactionsExport.cpp.
qint64 exportTransactions(const ProviderFile &file, ExportWriter &writer);

namespace {

// A policy value that JSON should carry as a number: digits, at most one point.
bool isPlainNumber(const QString &text)
{
    int points = 0;
    for (const QChar c : text) {
        if (c == u'.')
            ++points;
        else if (c < u'0' || c > u'9')
            return false;
    }
    return !text.isEmpty() && points <= 1 && text.front() != u'.' && text.back() != u'.';
}

qint64 exportCouncils(const ProviderFile &file, ExportWriter &w)
{
    for (const Council &c : listCouncils(file)) {
        w.text(c.name);
        w.text(c.policy.preset);
        w.text(c.address);
        w.text(c.contactName);
        w.text(c.contactEmail);
        for (const QString &parameter : Policy::parameterNames()) {
            const QString value = c.policy.get(parameter);
            if (isPlainNumber(value))
                w.number(value);
            else
                w.text(value);
        }
        w.endRow();
    }
    return w.finish();
}

qint64 exportPeople(const ProviderFile &file, ExportWriter &w)
{
    for (const Person &p : listPeople(file)) {
        w.text(p.ref);
        w.text(p.givenName);
        w.text(p.familyName);
        w.text(p.councilName);
        w.text(p.councilRef);
        w.text(p.preferredName);
        w.date(p.dateOfBirth);
        w.text(p.address);
        w.text(p.phone);
        w.text(p.email);
        w.text(p.representativeName);
        w.text(p.representativeRelationship);
        w.text(p.representativeContact);
        w.text(p.hasCapacity ? (*p.hasCapacity ? QStringLiteral("yes") : QStringLiteral("no"))
                             : QString());
        w.text(p.bestInterestDecision);
        w.date(p.bestInterestDate);
        w.text(p.bestInterestBy);
        w.text(p.careManagerName);
        w.text(p.careManagerContact);
        w.text(p.caseWorkerName);
        w.text(p.caseWorkerContact);
        w.text(p.notes);
        w.endRow();
    }
    return w.finish();
}

void planCells(ExportWriter &w, const PlanLine *line)
{
    if (!line) {
        for (int i = 0; i < 7; ++i)
            w.blank();
        return;
    }
    w.text(line->service);
    w.text(line->supplierName);
    if (line->hoursPerWeek)
        w.number(line->hoursPerWeek->toString());
    else
        w.blank();
    if (line->hourlyRate)
        w.money(*line->hourlyRate);
    else
        w.blank();
    w.money(line->weeklyCost);
    w.text(line->bankable ? QStringLiteral("yes") : QStringLiteral("no"));
    w.text(line->outcome);
}

// A plan row: the person and one more line of the version above's delivery plan.
void planRow(ExportWriter &w, const QString &ref, const PlanLine &line)
{
    w.text(ref);
    for (int i = 0; i < 24; ++i) // start_date .. ended_on
        w.blank();
    planCells(w, &line);
    for (qsizetype i = 0; i < agreementOverrideColumns().size(); ++i)
        w.blank();
    w.endRow();
}

// `withPlan`: the version's first plan line goes in this row (the rest in plan rows).
void agreementRow(
    ExportWriter &w, const QString &ref, const Agreement &a, const Uplift *uplift, bool withPlan)
{
    w.text(ref);
    w.date(a.startDate);
    w.money(versionBudget(a));
    w.date(a.effectiveFrom);
    w.date(a.endDate);
    w.date(a.reviewDate);
    w.text(agreementStatusCode(a.status));
    // An explicit 0.00 says "no contribution", so that a later version does not keep
    // an earlier one's.
    if (a.contributionKind == ContributionKind::Percent)
        w.blank();
    else
        w.money(a.contributionKind == ContributionKind::Fixed ? a.weeklyContribution : Money());
    if (a.contributionKind == ContributionKind::Percent)
        w.number(percentText(a.contributionPercentBp));
    else
        w.blank();
    w.text(a.contributionCollection);
    w.text(cycleName(a.statementCycle));
    w.date(a.statementAnchor);
    if (uplift) {
        w.money(uplift->weekly);
        w.date(uplift->firstDay);
        w.date(uplift->lastDay);
        w.text(uplift->reason);
    } else {
        for (int i = 0; i < 4; ++i)
            w.blank();
    }
    if (a.contingency.isZero())
        w.blank();
    else
        w.money(a.contingency);
    w.text(a.contingencyNote);
    w.text(a.outcomes);
    w.text(a.changeReason);
    w.date(a.noticeGivenOn);
    w.text(a.noticeGivenBy);
    w.text(a.noticeReason);
    w.date(a.noticeEndsOn);
    w.date(a.endedOn);
    planCells(w, withPlan && !a.plan.empty() ? &a.plan.front() : nullptr);
    QHash<QString, QString> overrides;
    for (const auto &[parameter, value] : a.policyOverrides)
        overrides.insert(parameter, value);
    for (const QString &parameter : agreementOverrideColumns()) {
        const QString value = overrides.value(parameter);
        if (isPlainNumber(value))
            w.number(value);
        else
            w.text(value);
    }
    w.endRow();
}

qint64 exportAgreements(const ProviderFile &file, ExportWriter &w)
{
    for (const Person &p : listPeople(file)) {
        const std::vector<Agreement> versions = agreementVersions(file, p.id);
        for (std::size_t i = 0; i < versions.size(); ++i) {
            const Agreement *previous = i > 0 ? &versions[i - 1] : nullptr;
            const std::vector<Uplift> fresh = versionNewUplifts(versions[i], previous);
            // A version that added several uplifts at once goes out as one row per
            // uplift (it comes back as that many versions, with the same effect).
            // Its delivery plan follows it, a line a row; a version without one keeps the
            // plan of the version before, so it comes back as it was.
            const Agreement &v = versions[i];
            agreementRow(w, p.ref, v, fresh.empty() ? nullptr : &fresh.front(), true);
            for (std::size_t l = 1; l < v.plan.size(); ++l)
                planRow(w, p.ref, v.plan[l]);
            for (std::size_t u = 1; u < fresh.size(); ++u)
                agreementRow(w, p.ref, v, &fresh[u], false);
        }
    }
    return w.finish();
}

qint64 exportSuppliers(const ProviderFile &file, ExportWriter &w)
{
    for (const Supplier &s : listSuppliers(file)) {
        w.text(s.name);
        w.text(supplierKindCode(s.kind));
        w.text(s.cqcNumber);
        w.date(s.dbsCheckedOn);
        w.date(s.insuranceExpiresOn);
        w.text(s.address);
        w.text(s.contact);
        w.text(s.notes);
        w.endRow();
    }
    return w.finish();
}

} // namespace

ExportFormat parseExportFormat(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == u"csv")
        return ExportFormat::Csv;
    if (t == u"json")
        return ExportFormat::Json;
    throw InputError(QStringLiteral("\"%1\" is not an export format: use csv or json").arg(text));
}

QStringList exportKinds()
{
    return { QStringLiteral("councils"), QStringLiteral("people"), QStringLiteral("agreements"),
        QStringLiteral("suppliers"), QStringLiteral("transactions"),
        QStringLiteral("questionnaire"), QStringLiteral("budget-bands") };
}

qint64 exportRecords(
    const ProviderFile &file, const QString &kind, ExportFormat format, QIODevice &out)
{
    const QString k = kind.trimmed().toLower();
    if (k == u"councils") {
        ExportWriter w(out, format, councilColumns().all());
        return exportCouncils(file, w);
    }
    if (k == u"people") {
        ExportWriter w(out, format, peopleColumns().all());
        return exportPeople(file, w);
    }
    if (k == u"agreements") {
        ExportWriter w(out, format, agreementColumns().all());
        return exportAgreements(file, w);
    }
    if (k == u"suppliers") {
        ExportWriter w(out, format, supplierColumns().all());
        return exportSuppliers(file, w);
    }
    if (k == u"transactions") {
        ExportWriter w(out, format, transactionColumns().all());
        return exportTransactions(file, w);
    }
    if (k == u"questionnaire") {
        ExportWriter w(out, format, questionnaireColumns());
        return exportQuestionnaires(file, w);
    }
    if (k == u"budget-bands") {
        ExportWriter w(out, format, budgetBandColumns());
        return exportBudgetBands(file, w);
    }
    throw InputError(QStringLiteral("\"%1\" is not something isf can export: use %2")
                         .arg(kind, exportKinds().join(QStringLiteral(", "))));
}

} // namespace isf
