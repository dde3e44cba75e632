// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "core/import/AgreementRows.h"

#include "core/util/Errors.h"

#include <algorithm>
#include <tuple>

namespace isf {

Agreement followingVersion(
    const Agreement &previous, const QDate &effectiveFrom, Money weeklyBudget)
{
    Agreement a = previous;
    a.id = 0;
    a.version = 0;
    a.createdAt.clear();
    a.createdBy.clear();
    a.changeReason.clear();
    a.effectiveFrom = effectiveFrom;
    std::erase_if(a.budgets, [&](const BudgetStep &s) { return s.effectiveFrom >= effectiveFrom; });
    std::erase_if(a.uplifts, [&](const Uplift &u) { return u.firstDay >= effectiveFrom; });
    a.budgets.push_back({ effectiveFrom, weeklyBudget });
    return a;
}

Agreement firstVersion(Id personId, const QDate &startDate, Money weeklyBudget)
{
    Agreement a;
    a.personId = personId;
    a.status = AgreementStatus::Active;
    a.startDate = startDate;
    a.effectiveFrom = startDate;
    a.statementAnchor = startDate;
    a.budgets.push_back({ startDate, weeklyBudget });
    return a;
}

Money versionBudget(const Agreement &version)
{
    Money weekly;
    const QDate day = version.effectiveFrom.isValid() ? version.effectiveFrom : version.startDate;
    bool found = false;
    for (const BudgetStep &step : version.budgets) {
        if (step.effectiveFrom <= day || !found) {
            weekly = step.weekly;
            found = true;
        }
    }
    return weekly;
}

std::vector<Uplift> versionNewUplifts(const Agreement &version, const Agreement *previous)
{
    std::vector<Uplift> kept;
    if (previous) {
        for (const Uplift &u : previous->uplifts)
            if (u.firstDay < version.effectiveFrom)
                kept.push_back(u);
    }
    std::vector<Uplift> fresh;
    for (const Uplift &u : version.uplifts) {
        const auto same = [&](const Uplift &k) {
            return k.firstDay == u.firstDay && k.lastDay == u.lastDay && k.weekly == u.weekly
                && k.reason == u.reason;
        };
        const auto it = std::find_if(kept.begin(), kept.end(), same);
        if (it != kept.end())
            kept.erase(it);
        else
            fresh.push_back(u);
    }
    return fresh;
}

QString percentText(int basisPoints)
{
    QString text = QString::number(basisPoints / 100);
    const int fraction = basisPoints % 100;
    if (fraction != 0) {
        text += u'.' + QStringLiteral("%1").arg(fraction, 2, 10, QLatin1Char('0'));
        if (text.endsWith(u'0'))
            text.chop(1);
    }
    return text;
}

int parsePercent(const QString &input)
{
    QString text = input.trimmed();
    if (text.endsWith(u'%'))
        text.chop(1);
    text = text.trimmed();
    const auto refuse = [&] {
        throw InputError(
            QStringLiteral("\"%1\" is not a percentage from 0 to 100 (e.g. 12.5)").arg(input));
    };
    const qsizetype point = text.indexOf(u'.');
    const QString whole = point < 0 ? text : text.left(point);
    const QString decimals = point < 0 ? QString() : text.mid(point + 1);
    if (whole.isEmpty() || (point >= 0 && decimals.isEmpty()) || decimals.size() > 2)
        refuse();
    for (const QChar c : whole + decimals)
        if (c < u'0' || c > u'9')
            refuse();
    if (whole.size() > 3)
        refuse();
    const int bp
        = whole.toInt() * 100 + (decimals.isEmpty() ? 0 : decimals.leftJustified(2, u'0').toInt());
    if (bp > 10000)
        refuse();
    return bp;
}

bool sameAgreementTerms(const Agreement &a, const Agreement &b)
{
    const auto sameSteps = [](const std::vector<BudgetStep> &x, const std::vector<BudgetStep> &y) {
        return std::equal(
            x.begin(), x.end(), y.begin(), y.end(), [](const BudgetStep &s, const BudgetStep &t) {
                return s.effectiveFrom == t.effectiveFrom && s.weekly == t.weekly;
            });
    };
    const auto sameUplifts = [](std::vector<Uplift> x, std::vector<Uplift> y) {
        const auto byDate = [](const Uplift &s, const Uplift &t) {
            return std::tie(s.firstDay, s.lastDay) < std::tie(t.firstDay, t.lastDay);
        };
        std::stable_sort(x.begin(), x.end(), byDate);
        std::stable_sort(y.begin(), y.end(), byDate);
        return std::equal(
            x.begin(), x.end(), y.begin(), y.end(), [](const Uplift &s, const Uplift &t) {
                return s.firstDay == t.firstDay && s.lastDay == t.lastDay && s.weekly == t.weekly
                    && s.reason == t.reason;
            });
    };
    const auto samePlan = [](const std::vector<PlanLine> &x, const std::vector<PlanLine> &y) {
        return std::equal(
            x.begin(), x.end(), y.begin(), y.end(), [](const PlanLine &s, const PlanLine &t) {
                return s.service == t.service && s.outcome == t.outcome
                    && s.supplierId == t.supplierId && s.hoursPerWeek == t.hoursPerWeek
                    && s.hourlyRate == t.hourlyRate && s.weeklyCost == t.weeklyCost
                    && s.bankable == t.bankable;
            });
    };
    auto overrides = [](std::vector<std::pair<QString, QString>> v) {
        std::sort(v.begin(), v.end());
        return v;
    };
    return a.personId == b.personId && a.status == b.status && a.effectiveFrom == b.effectiveFrom
        && a.startDate == b.startDate && a.endDate == b.endDate && a.reviewDate == b.reviewDate
        && a.statementCycle == b.statementCycle && a.statementAnchor == b.statementAnchor
        && a.contributionKind == b.contributionKind && a.weeklyContribution == b.weeklyContribution
        && a.contributionPercentBp == b.contributionPercentBp
        && a.contributionCollection == b.contributionCollection && a.outcomes == b.outcomes
        && a.contingency == b.contingency && a.contingencyNote == b.contingencyNote
        && a.changeReason == b.changeReason && a.noticeGivenOn == b.noticeGivenOn
        && a.noticeEndsOn == b.noticeEndsOn && a.endedOn == b.endedOn
        && a.noticeGivenBy == b.noticeGivenBy && a.noticeReason == b.noticeReason
        && sameSteps(a.budgets, b.budgets) && sameUplifts(a.uplifts, b.uplifts)
        && samePlan(a.plan, b.plan) && overrides(a.policyOverrides) == overrides(b.policyOverrides);
}

} // namespace isf
