// agreements: person_ref,start_date,weekly_budget, then the agreement's other terms.
// A row for a person who already has an agreement adds a new version.
#include "io/import/AgreementRows.h"
#include "io/import/Columns.h"
#include "io/import/ImportKind.h"
#include "io/import/ImportRow.h"
#include "storage/AgreementStore.h"
#include "storage/PersonStore.h"
#include "time/Dates.h"
#include "util/Errors.h"

#include <map>

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

void importAgreements(ImportContext &ctx)
{
    QHash<QString, Id> people;
    for (const Person &p : listPeople(ctx.file()))
        people.insert(p.ref, p.id);
    ctx.forEachRow([&](const CsvRow &csvRow) {
        ImportRow row(ctx, csvRow);
        ++ctx.result().rows;
        Id personId = 0;
        if (const auto ref = row.required(u"person_ref")) {
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
        const std::vector<Agreement> existing
            = personId ? agreementVersions(ctx.file(), personId) : std::vector<Agreement>();
        Agreement a;
        if (!complete) {
            a = firstVersion(personId, start.value_or(QDate()), budget);
        } else if (existing.empty()) {
            a = firstVersion(personId, *start, budget);
            a.effectiveFrom = from;
        } else {
            a = followingVersion(existing.back(), from, budget);
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
        if (!row.ok() || !complete)
            return;
        for (const Agreement &version : existing) {
            if (sameAgreementTerms(version, a)) {
                ++ctx.result().unchanged;
                return;
            }
        }
        try {
            addAgreementVersion(ctx.file(), a);
            ++(existing.empty() ? ctx.result().added : ctx.result().updated);
        } catch (const InputError &e) {
            row.rowProblem(e.message());
        }
    });
    ctx.result().updatedLabel = QStringLiteral("new versions of existing agreements");
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
