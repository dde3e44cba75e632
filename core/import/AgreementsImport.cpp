// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
// agreements: person_ref,start_date,weekly_budget, then the agreement's other terms.
// A row for a person who already has an agreement adds a new version.
#include "core/import/AgreementRows.h"
#include "core/import/Columns.h"
#include "core/import/ImportKind.h"
#include "core/import/ImportRow.h"
#include "core/storage/AgreementStore.h"
#include "core/storage/PersonStore.h"
#include "core/storage/ReferenceStore.h"
#include "core/time/Dates.h"
#include "core/util/Errors.h"

#include <map>
#include <optional>

namespace isf {
namespace {

struct DateField {
    const char16_t *column;
    QDate Agreement::*member;
};
constexpr DateField kDates[] = {
    { u"end_date", &Agreement::endDate },
    { u"review_date", &Agreement::reviewDate },
    { u"statement_anchor", &Agreement::statementAnchor },
    { u"notice_given_on", &Agreement::noticeGivenOn },
    { u"notice_ends_on", &Agreement::noticeEndsOn },
    { u"ended_on", &Agreement::endedOn },
};

struct TextField {
    const char16_t *column;
    QString Agreement::*member;
};
constexpr TextField kTexts[] = {
    { u"contribution_collection", &Agreement::contributionCollection },
    { u"contingency_note", &Agreement::contingencyNote },
    { u"outcomes", &Agreement::outcomes },
    { u"notice_given_by", &Agreement::noticeGivenBy },
    { u"notice_reason", &Agreement::noticeReason },
};

// Applies the row's cells to `a` (a first version, or the next version carrying the
// previous one's terms). Blank cells keep what `a` has.
void applyTerms(ImportRow &row, Agreement &a)
{
    for (const DateField &f : kDates)
        if (const auto d = row.date(f.column))
            a.*(f.member) = *d;
    for (const TextField &f : kTexts)
        if (!row.isBlank(f.column))
            a.*(f.member) = row.text(f.column);
    a.changeReason = row.text(u"change_reason");
    if (!row.isBlank(u"status")) {
        try {
            a.status = parseAgreementStatus(row.text(u"status"));
        } catch (const InputError &e) {
            row.problem(u"status", e.message());
        }
    }
    if (!row.isBlank(u"statement_cycle")) {
        try {
            a.statementCycle = parseCycle(row.text(u"statement_cycle"));
        } catch (const InputError &e) {
            row.problem(u"statement_cycle", e.message());
        }
    }
    const auto fixed = row.money(u"weekly_contribution");
    std::optional<int> percent;
    if (!row.isBlank(u"contribution_percent")) {
        try {
            percent = parsePercent(row.text(u"contribution_percent"));
        } catch (const InputError &e) {
            row.problem(u"contribution_percent", e.message());
        }
    }
    if (fixed && percent && !fixed->isZero() && *percent != 0) {
        row.problem(u"contribution_percent",
            QStringLiteral("give a weekly contribution or a percentage, not both"));
    } else if (fixed && !fixed->isZero()) {
        if (fixed->isNegative())
            row.problem(u"weekly_contribution", QStringLiteral("cannot be negative"));
        a.contributionKind = ContributionKind::Fixed;
        a.weeklyContribution = *fixed;
        a.contributionPercentBp = 0;
    } else if (percent && *percent != 0) {
        a.contributionKind = ContributionKind::Percent;
        a.contributionPercentBp = *percent;
        a.weeklyContribution = Money();
    } else if (fixed || percent) { // an explicit 0: no contribution
        a.contributionKind = ContributionKind::None;
        a.weeklyContribution = Money();
        a.contributionPercentBp = 0;
    }
    if (const auto c = row.money(u"contingency")) {
        if (c->isNegative())
            row.problem(u"contingency", QStringLiteral("cannot be negative"));
        a.contingency = *c;
    }
    // Policy overrides: those of the previous version, changed by the row's.
    std::map<QString, QString> overrides(a.policyOverrides.begin(), a.policyOverrides.end());
    for (const QString &parameter : agreementOverrideColumns()) {
        const QString value = row.text(parameter);
        if (value.isEmpty())
            continue;
        try {
            Policy check;
            check.set(parameter, value);
            overrides[parameter] = check.get(parameter);
        } catch (const InputError &e) {
            row.problem(parameter, e.message());
        }
    }
    a.policyOverrides.assign(overrides.begin(), overrides.end());
    // A temporary uplift: weekly amount, first and last day, reason.
    const bool anyUplift = !row.isBlank(u"uplift_weekly") || !row.isBlank(u"uplift_from")
        || !row.isBlank(u"uplift_to") || !row.isBlank(u"uplift_reason");
    if (anyUplift) {
        const auto weekly = row.money(u"uplift_weekly");
        const auto from = row.date(u"uplift_from");
        const auto to = row.date(u"uplift_to");
        for (const char16_t *column : { u"uplift_weekly", u"uplift_from", u"uplift_to" })
            if (row.isBlank(column))
                row.problem(column,
                    QStringLiteral("a temporary uplift needs uplift_weekly, "
                                   "uplift_from and uplift_to"));
        if (from && to && *to < *from)
            row.problem(u"uplift_to",
                QStringLiteral("%1 is before uplift_from %2").arg(isoDate(*to), isoDate(*from)));
        if (weekly && from && to && *to >= *from)
            a.uplifts.push_back({ *from, *to, *weekly, row.text(u"uplift_reason") });
    }
}

const char16_t *const kPlanColumns[] = { u"plan_service", u"plan_supplier", u"plan_hours_per_week",
    u"plan_hourly_rate", u"plan_weekly_cost", u"plan_bankable", u"plan_outcome" };

bool hasPlanCells(const ImportRow &row)
{
    for (const char16_t *column : kPlanColumns)
        if (!row.isBlank(column))
            return true;
    return false;
}

// Suppliers named by delivery plans, by name; a name not in the register is added.
class PlanSuppliers {
public:
    explicit PlanSuppliers(ImportContext &ctx) : m_ctx(ctx)
    {
        for (const Supplier &s : listSuppliers(ctx.file()))
            m_ids.insert(s.name.toLower(), s.id);
    }
    Id idOf(const QString &name)
    {
        if (name.isEmpty())
            return 0;
        if (const auto it = m_ids.constFind(name.toLower()); it != m_ids.constEnd())
            return *it;
        Supplier s;
        s.name = name;
        s.notes = QStringLiteral("Added when first named in a delivery plan.");
        const Id id = saveSupplier(m_ctx.file(), s);
        m_ids.insert(name.toLower(), id);
        m_ctx.result().addedSuppliers << name;
        return id;
    }

private:
    ImportContext &m_ctx;
    QHash<QString, Id> m_ids;
};

// One line of a costed delivery plan from the plan_* cells: a service, optionally its
// supplier, hours a week and hourly rate, its weekly cost (hours x rate when blank).
std::optional<PlanLine> readPlanLine(ImportRow &row, PlanSuppliers &suppliers)
{
    PlanLine line;
    const auto service = row.required(u"plan_service");
    if (!row.isBlank(u"plan_hours_per_week")) {
        try {
            line.hoursPerWeek = Hours::parse(row.text(u"plan_hours_per_week"));
        } catch (const InputError &e) {
            row.problem(u"plan_hours_per_week", e.message());
        }
    }
    line.hourlyRate = row.money(u"plan_hourly_rate");
    const auto cost = row.money(u"plan_weekly_cost");
    const auto bankable = row.yesNo(u"plan_bankable");
    if (row.isBlank(u"plan_hours_per_week") != row.isBlank(u"plan_hourly_rate"))
        row.problem(row.isBlank(u"plan_hourly_rate") ? u"plan_hourly_rate" : u"plan_hours_per_week",
            QStringLiteral("hours a week and hourly rate go together: give both, or neither"));
    if (line.hoursPerWeek && line.hourlyRate) {
        const Money costed = Money::forHours(*line.hoursPerWeek, *line.hourlyRate);
        if (cost && *cost != costed)
            row.problem(u"plan_weekly_cost",
                QStringLiteral("%1 is not hours x rate (%2 x %3 = %4); leave it blank to use "
                               "hours x rate")
                    .arg(cost->plain(), line.hoursPerWeek->toString(), line.hourlyRate->plain(),
                        costed.plain()));
        line.weeklyCost = costed;
    } else if (cost) {
        line.weeklyCost = *cost;
    } else if (row.isBlank(u"plan_hours_per_week") && row.isBlank(u"plan_hourly_rate")) {
        row.problem(u"plan_weekly_cost",
            QStringLiteral("is empty (give a weekly cost, or hours and rate)"));
    }
    if (line.weeklyCost.isNegative())
        row.problem(u"plan_weekly_cost", QStringLiteral("cannot be negative"));
    if (!row.ok() || !service)
        return std::nullopt;
    line.service = *service;
    line.outcome = row.text(u"plan_outcome");
    line.bankable = bankable.value_or(false);
    line.supplierName = row.text(u"plan_supplier");
    line.supplierId = suppliers.idOf(line.supplierName);
    return line;
}

// The version a row makes, saved once the plan rows after it have been read.
struct PendingVersion {
    Agreement agreement;
    std::vector<Agreement> existing;
    QString ref;
    int line = 0;
    bool valid = false; // the row and its plan rows had no problems
    bool planGiven = false; // the row gave plan cells: the plan is this file's
};

void importAgreements(ImportContext &ctx)
{
    QHash<QString, Id> people;
    for (const Person &p : listPeople(ctx.file()))
        people.insert(p.ref, p.id);
    PlanSuppliers suppliers(ctx);
    std::optional<PendingVersion> pending;
    const auto save = [&] {
        if (!pending || !pending->valid) {
            pending.reset();
            return;
        }
        const PendingVersion p = std::move(*pending);
        pending.reset();
        for (const Agreement &version : p.existing) {
            if (sameAgreementTerms(version, p.agreement)) {
                ++ctx.result().unchanged;
                return;
            }
        }
        try {
            addAgreementVersion(ctx.file(), p.agreement);
            ++(p.existing.empty() ? ctx.result().added : ctx.result().updated);
        } catch (const InputError &e) {
            ctx.errors().addRow(p.line, e.message());
        }
    };
    ctx.forEachRow([&](const CsvRow &csvRow) {
        ImportRow row(ctx, csvRow);
        ++ctx.result().rows;

        // A plan row: person_ref and plan cells only, one more line of the plan of the
        // version on the rows above it.
        if (row.isBlank(u"start_date") && row.isBlank(u"weekly_budget") && hasPlanCells(row)) {
            const QString ref = row.text(u"person_ref");
            if (!pending || pending->ref != ref) {
                row.problem(u"person_ref",
                    QStringLiteral("a plan row (plan_* cells only) follows the row of the "
                                   "agreement version it belongs to, for the same person"));
                return;
            }
            if (const auto line = readPlanLine(row, suppliers))
                pending->agreement.plan.push_back(*line);
            else
                pending->valid = false;
            return;
        }
        save();

        Id personId = 0;
        const auto ref = row.required(u"person_ref");
        if (ref) {
            personId = people.value(*ref);
            if (!personId)
                row.problem(
                    u"person_ref", QStringLiteral("no person with reference \"%1\"").arg(*ref));
        }
        const auto start = row.required(u"start_date") ? row.date(u"start_date") : std::nullopt;
        const auto budgetCell
            = row.required(u"weekly_budget") ? row.money(u"weekly_budget") : std::nullopt;
        const bool hasBudget = budgetCell.has_value();
        const Money budget = budgetCell.value_or(Money());
        if (budget.isNegative())
            row.problem(u"weekly_budget", QStringLiteral("cannot be negative"));
        const auto effective = row.date(u"effective_from");
        const bool complete = personId && start && hasBudget;
        const QDate from = effective.value_or(start.value_or(QDate()));
        if (start && from < *start)
            row.problem(u"effective_from",
                QStringLiteral("%1 is before the start date %2")
                    .arg(isoDate(from), isoDate(*start)));

        // The agreement this row describes. When the row lacks what it needs, its other
        // cells are still read, so that every problem is reported at once.
        PendingVersion version;
        version.existing
            = personId ? agreementVersions(ctx.file(), personId) : std::vector<Agreement>();
        Agreement &a = version.agreement;
        if (!complete) {
            a = firstVersion(personId, start.value_or(QDate()), budget);
        } else if (version.existing.empty()) {
            a = firstVersion(personId, *start, budget);
            a.effectiveFrom = from;
        } else {
            a = followingVersion(version.existing.back(), from, budget);
            if (a.startDate != *start && a.statementAnchor == a.startDate)
                a.statementAnchor = *start;
            a.startDate = *start;
        }
        applyTerms(row, a);
        if (a.startDate.isValid() && a.endDate.isValid() && a.endDate < a.startDate)
            row.problem(u"end_date",
                QStringLiteral("%1 is before the start date %2")
                    .arg(isoDate(a.endDate), isoDate(a.startDate)));
        if (a.status == AgreementStatus::Ended && !a.endedOn.isValid())
            a.endedOn = a.endDate;
        // A row with plan cells starts the version's plan afresh; without, the version
        // keeps the plan of the one before.
        if (hasPlanCells(row)) {
            a.plan.clear();
            version.planGiven = true;
            if (const auto line = readPlanLine(row, suppliers))
                a.plan.push_back(*line);
        }
        version.ref = ref.value_or(QString());
        version.line = row.line();
        version.valid = row.ok() && complete;
        pending = std::move(version);
    });
    save();
    ctx.result().updatedLabel = QStringLiteral("new versions of existing agreements");
    ctx.result().updatedLabelOne = QStringLiteral("new version of an existing agreement");
}

} // namespace

void addAgreementsImport()
{
    const ColumnLayout columns = agreementColumns();
    ImportRegistry::add({ QStringLiteral("agreements"), columns.required, columns.optional,
        QStringLiteral("ISF agreements; a row for a person who has one adds a new version."),
        importAgreements });
}

} // namespace isf
