// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "core/storage/AgreementStore.h"

#include "core/storage/AuditLog.h"
#include "core/storage/ProviderFile.h"
#include "core/storage/RowValues.h"
#include "core/storage/Sql.h"
#include "core/util/Errors.h"

#include <QHash>

#include <algorithm>

namespace isf {
namespace {

const QString kColumns = QStringLiteral(
    "a.id, a.person_id, a.version, a.status, a.effective_from, a.start_date, a.end_date, "
    "a.review_date, "
    "a.statement_cycle, a.statement_anchor, a.contribution_kind, a.weekly_contribution, "
    "a.contribution_percent_bp, a.contribution_collection, a.outcomes, a.contingency, "
    "a.contingency_note, "
    "a.change_reason, a.notice_given_on, a.notice_given_by, a.notice_reason, a.notice_ends_on, "
    "a.ended_on, "
    "a.created_at, a.created_by");

ContributionKind parseKind(const QString &s)
{
    if (s == u"fixed")
        return ContributionKind::Fixed;
    if (s == u"percent")
        return ContributionKind::Percent;
    return ContributionKind::None;
}

QString kindCode(ContributionKind k)
{
    switch (k) {
    case ContributionKind::Fixed:
        return QStringLiteral("fixed");
    case ContributionKind::Percent:
        return QStringLiteral("percent");
    case ContributionKind::None:
        break;
    }
    return QStringLiteral("none");
}

Agreement read(SqlQuery &q)
{
    Agreement a;
    int i = 0;
    a.id = q.int64(i++);
    a.personId = q.int64(i++);
    a.version = q.value(i++).toInt();
    a.status = parseAgreementStatus(q.text(i++));
    a.effectiveFrom = toDate(q.value(i++));
    a.startDate = toDate(q.value(i++));
    a.endDate = toDate(q.value(i++));
    a.reviewDate = toDate(q.value(i++));
    a.statementCycle = parseCycle(q.text(i++));
    a.statementAnchor = toDate(q.value(i++));
    a.contributionKind = parseKind(q.text(i++));
    a.weeklyContribution = Money::fromPence(q.int64(i++));
    a.contributionPercentBp = q.value(i++).toInt();
    a.contributionCollection = q.text(i++);
    a.outcomes = q.text(i++);
    a.contingency = Money::fromPence(q.int64(i++));
    a.contingencyNote = q.text(i++);
    a.changeReason = q.text(i++);
    a.noticeGivenOn = toDate(q.value(i++));
    a.noticeGivenBy = q.text(i++);
    a.noticeReason = q.text(i++);
    a.noticeEndsOn = toDate(q.value(i++));
    a.endedOn = toDate(q.value(i++));
    a.createdAt = q.text(i++);
    a.createdBy = q.text(i++);
    return a;
}

// Loads the agreements matching `where`, then their child rows in one query per
// child table, keyed by agreement id.
std::vector<Agreement> load(
    const ProviderFile &file, const QString &where, const QVariantList &binds)
{
    const QSqlDatabase db = file.database();
    SqlQuery q(db,
        QStringLiteral("SELECT %1 FROM agreements a %2 ORDER BY a.person_id, a.version")
            .arg(kColumns, where));
    for (int i = 0; i < binds.size(); ++i)
        q.bindAt(i, binds[i]);
    q.exec("read the agreements");
    std::vector<Agreement> out;
    QHash<Id, std::size_t> index;
    while (q.next()) {
        out.push_back(read(q));
        index.insert(out.back().id, out.size() - 1);
    }
    if (out.empty())
        return out;
    const QString ids = QStringLiteral("SELECT a.id FROM agreements a %1").arg(where);
    auto children = [&](const QString &sql, auto &&take) {
        SqlQuery c(db, sql.arg(ids));
        for (int i = 0; i < binds.size(); ++i)
            c.bindAt(i, binds[i]);
        c.exec("read the agreements");
        while (c.next()) {
            const auto it = index.constFind(c.int64(0));
            if (it != index.constEnd())
                take(out[*it], c);
        }
    };
    children(
        QStringLiteral("SELECT agreement_id, effective_from, weekly_budget FROM agreement_budgets "
                       "WHERE agreement_id IN (%1) ORDER BY effective_from"),
        [](Agreement &a, SqlQuery &c) {
            a.budgets.push_back({ toDate(c.value(1)), Money::fromPence(c.int64(2)) });
        });
    children(QStringLiteral("SELECT agreement_id, first_day, last_day, weekly_amount, reason FROM "
                            "agreement_uplifts "
                            "WHERE agreement_id IN (%1) ORDER BY first_day"),
        [](Agreement &a, SqlQuery &c) {
            a.uplifts.push_back({ toDate(c.value(1)), toDate(c.value(2)),
                Money::fromPence(c.int64(3)), c.text(4) });
        });
    children(QStringLiteral("SELECT agreement_id, description, weekly_amount, arranged_by FROM "
                            "agreement_other_parts "
                            "WHERE agreement_id IN (%1) ORDER BY id"),
        [](Agreement &a, SqlQuery &c) {
            a.otherParts.push_back({ c.text(1), Money::fromPence(c.int64(2)), c.text(3) });
        });
    children(
        QStringLiteral(
            "SELECT l.agreement_id, l.outcome, l.service, l.supplier_id, s.name, l.hours_per_week, "
            "l.hourly_rate, l.weekly_cost, l.bankable FROM delivery_plan_lines l "
            "LEFT JOIN suppliers s ON s.id = l.supplier_id WHERE l.agreement_id IN (%1) ORDER BY "
            "l.id"),
        [](Agreement &a, SqlQuery &c) {
            PlanLine l;
            l.outcome = c.text(1);
            l.service = c.text(2);
            l.supplierId = c.int64(3);
            l.supplierName = c.text(4);
            if (!c.isNull(5))
                l.hoursPerWeek = Hours::fromHundredths(c.int64(5));
            if (!c.isNull(6))
                l.hourlyRate = Money::fromPence(c.int64(6));
            l.weeklyCost = Money::fromPence(c.int64(7));
            l.bankable = c.value(8).toBool();
            a.plan.push_back(l);
        });
    children(QStringLiteral("SELECT agreement_id, parameter, value FROM policy_overrides "
                            "WHERE agreement_id IN (%1) ORDER BY parameter"),
        [](Agreement &a, SqlQuery &c) { a.policyOverrides.emplace_back(c.text(1), c.text(2)); });
    return out;
}

void validate(const Agreement &a)
{
    if (!a.startDate.isValid())
        throw InputError(QStringLiteral("An agreement needs a start date."));
    if (a.endDate.isValid() && a.endDate < a.startDate)
        throw InputError(QStringLiteral("The agreement's end date is before its start date."));
    if (a.budgets.empty())
        throw InputError(QStringLiteral("An agreement needs a weekly budget."));
    for (const BudgetStep &b : a.budgets)
        if (b.weekly.isNegative())
            throw InputError(QStringLiteral("A weekly budget cannot be negative."));
    for (const Uplift &u : a.uplifts)
        if (!u.firstDay.isValid() || !u.lastDay.isValid() || u.lastDay < u.firstDay)
            throw InputError(
                QStringLiteral("A temporary uplift needs a first day on or before its last day."));
    if (a.contributionKind == ContributionKind::Percent
        && (a.contributionPercentBp < 0 || a.contributionPercentBp > 10000))
        throw InputError(QStringLiteral("A contribution percentage must be between 0 and 100."));
    if (a.contributionKind == ContributionKind::Fixed && a.weeklyContribution.isNegative())
        throw InputError(QStringLiteral("A weekly contribution cannot be negative."));
    Policy check; // every override must be a known parameter with a valid value
    for (const auto &[parameter, value] : a.policyOverrides)
        check.set(parameter, value);
}

} // namespace

std::vector<Agreement> agreementVersions(const ProviderFile &file, Id personId)
{
    return load(file, QStringLiteral("WHERE a.person_id = ?"), { personId });
}

std::optional<Agreement> currentAgreement(const ProviderFile &file, Id personId)
{
    auto versions = agreementVersions(file, personId);
    if (versions.empty())
        return std::nullopt;
    for (auto it = versions.rbegin(); it != versions.rend(); ++it)
        if (it->status != AgreementStatus::Draft)
            return *it;
    return versions.back();
}

std::vector<Agreement> currentAgreements(const ProviderFile &file)
{
    // The latest non-draft version of each person; people with only drafts get the latest draft.
    return load(file,
        QStringLiteral(
            "WHERE a.version = (SELECT max(b.version) FROM agreements b WHERE b.person_id = "
            "a.person_id AND (b.status <> 'draft' OR NOT EXISTS (SELECT 1 FROM agreements d "
            "WHERE d.person_id = a.person_id AND d.status <> 'draft')))"),
        {});
}

std::vector<Agreement> allAgreementVersions(const ProviderFile &file)
{
    return load(file, QString(), {});
}

std::optional<Agreement> agreementById(const ProviderFile &file, Id id)
{
    auto found = load(file, QStringLiteral("WHERE a.id = ?"), { id });
    return found.empty() ? std::nullopt : std::optional<Agreement>(found.front());
}

Id addAgreementVersion(const ProviderFile &file, Agreement a)
{
    validate(a);
    std::sort(a.budgets.begin(), a.budgets.end(),
        [](const BudgetStep &x, const BudgetStep &y) { return x.effectiveFrom < y.effectiveFrom; });
    const QSqlDatabase db = file.database();
    WriteTransaction txn(db);
    a.version = scalar(db,
        QStringLiteral("SELECT coalesce(max(version), 0) + 1 FROM agreements WHERE person_id = ?"),
        { a.personId }, "save the agreement")
                    .toInt();
    if (!a.effectiveFrom.isValid())
        a.effectiveFrom = a.startDate;
    if (!a.statementAnchor.isValid())
        a.statementAnchor = a.startDate;
    SqlQuery q(db,
        QStringLiteral(
            "INSERT INTO agreements (person_id, version, status, effective_from, start_date, "
            "end_date, "
            "review_date, statement_cycle, statement_anchor, contribution_kind, "
            "weekly_contribution, "
            "contribution_percent_bp, contribution_collection, outcomes, contingency, "
            "contingency_note, "
            "change_reason, notice_given_on, notice_given_by, notice_reason, notice_ends_on, "
            "ended_on, "
            "created_at, created_by) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    q
        .bind({ a.personId, a.version, agreementStatusCode(a.status), dateValue(a.effectiveFrom),
            dateValue(a.startDate), dateValue(a.endDate), dateValue(a.reviewDate),
            cycleName(a.statementCycle), dateValue(a.statementAnchor), kindCode(a.contributionKind),
            a.weeklyContribution.pence(), a.contributionPercentBp, a.contributionCollection,
            a.outcomes, a.contingency.pence(), a.contingencyNote, a.changeReason,
            dateValue(a.noticeGivenOn), nullIfEmpty(a.noticeGivenBy), nullIfEmpty(a.noticeReason),
            dateValue(a.noticeEndsOn), dateValue(a.endedOn), timestamp(file), file.userName() })
        .exec("save the agreement");
    const Id id = q.lastInsertId();
    for (const BudgetStep &b : a.budgets)
        SqlQuery(db,
            QStringLiteral(
                "INSERT INTO agreement_budgets (agreement_id, effective_from, weekly_budget) "
                "VALUES (?, ?, ?)"))
            .bind({ id, dateValue(b.effectiveFrom), b.weekly.pence() })
            .exec("save the budget schedule");
    for (const Uplift &u : a.uplifts)
        SqlQuery(db,
            QStringLiteral(
                "INSERT INTO agreement_uplifts (agreement_id, first_day, last_day, weekly_amount, "
                "reason) VALUES (?, ?, ?, ?, ?)"))
            .bind({ id, dateValue(u.firstDay), dateValue(u.lastDay), u.weekly.pence(), u.reason })
            .exec("save the uplift");
    for (const OtherBudgetPart &o : a.otherParts)
        SqlQuery(db,
            QStringLiteral(
                "INSERT INTO agreement_other_parts (agreement_id, description, weekly_amount, "
                "arranged_by) VALUES (?, ?, ?, ?)"))
            .bind({ id, o.description, o.weekly.pence(), o.arrangedBy })
            .exec("save the personal budget");
    for (const PlanLine &l : a.plan)
        SqlQuery(db,
            QStringLiteral(
                "INSERT INTO delivery_plan_lines (agreement_id, outcome, service, supplier_id, "
                "hours_per_week, hourly_rate, weekly_cost, bankable) VALUES (?,?,?,?,?,?,?,?)"))
            .bind({ id, l.outcome, l.service, l.supplierId ? QVariant(l.supplierId) : QVariant(),
                l.hoursPerWeek ? QVariant(l.hoursPerWeek->hundredths()) : QVariant(),
                l.hourlyRate ? QVariant(l.hourlyRate->pence()) : QVariant(), l.weeklyCost.pence(),
                l.bankable ? 1 : 0 })
            .exec("save the delivery plan");
    for (const auto &[parameter, value] : a.policyOverrides)
        SqlQuery(db,
            QStringLiteral(
                "INSERT INTO policy_overrides (agreement_id, parameter, value) VALUES (?, ?, ?)"))
            .bind({ id, parameter, value })
            .exec("save the policy overrides");
    audit(file, QStringLiteral("create"), QStringLiteral("agreement"), id,
        QStringLiteral("person %1 version %2 %3")
            .arg(a.personId)
            .arg(a.version)
            .arg(agreementStatusCode(a.status)));
    txn.commit();
    return id;
}

void updateAgreementLifecycle(const ProviderFile &file, const Agreement &a)
{
    WriteTransaction txn(file.database());
    SqlQuery(file.database(),
        QStringLiteral("UPDATE agreements SET status = ?, end_date = ?, notice_given_on = ?, "
                       "notice_given_by = ?, notice_reason = ?, notice_ends_on = ?, ended_on = ? "
                       "WHERE id = ?"))
        .bind({ agreementStatusCode(a.status), dateValue(a.endDate), dateValue(a.noticeGivenOn),
            nullIfEmpty(a.noticeGivenBy), nullIfEmpty(a.noticeReason), dateValue(a.noticeEndsOn),
            dateValue(a.endedOn), a.id })
        .exec("save the agreement's status");
    audit(file, QStringLiteral("update"), QStringLiteral("agreement"), a.id,
        QStringLiteral("status %1").arg(agreementStatusCode(a.status)));
    txn.commit();
}

} // namespace isf
