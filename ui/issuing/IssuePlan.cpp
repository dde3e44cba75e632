// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "ui/issuing/IssuePlan.h"

#include "core/statements/StatementPeriods.h"
#include "core/statements/StatementsIssued.h"
#include "core/storage/PersonStore.h"
#include "ui/common/Format.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace isf::ui {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("IssuePlan", text);
}

bool chosen(const IssueRequest &r, const Person &p)
{
    if (!r.people.isEmpty())
        return r.people.contains(p.id);
    return r.councilId == 0 || p.councilId == r.councilId;
}

} // namespace

int IssuePlan::toMake() const
{
    int n = 0;
    for (const IssueItem &i : items)
        n += i.skipped.isEmpty() ? 1 : 0;
    return n;
}

int IssuePlan::skipped() const
{
    return static_cast<int>(items.size()) - toMake();
}

int IssuePlan::periodsClosing() const
{
    int n = 0;
    for (const IssueItem &i : items)
        n += i.skipped.isEmpty() ? i.closes : 0;
    return n;
}

IssuePlan IssuePlan::of(const ProviderFile &file, const IssueRequest &r)
{
    IssuePlan plan;
    // Everyone's periods in one read, from the start: issuing the latest also closes
    // every earlier period never issued, and the confirmation counts them all.
    const Period range { QDate(2000, 1, 1), r.periodEnd };
    QHash<Id, std::vector<Period>> due;
    for (const StatementDue &d : statementsDueWithin(file, range))
        due[d.personId].push_back(d.period);
    QHash<Id, QDate> closed;
    for (const StatementIssue &s : listStatementsIssued(file, 0))
        if (!s.easyRead && s.period.last > closed.value(s.personId))
            closed[s.personId] = s.period.last;
    for (const Person &p : listPeople(file)) {
        if (!chosen(r, p))
            continue;
        IssueItem base;
        base.personId = p.id;
        base.ref = p.ref;
        base.name = p.fullName();
        std::vector<Period> periods = due.value(p.id);
        // A period is issued once it is over; one ending today can only be a draft.
        const bool endsToday = !periods.empty() && periods.back().last >= r.today;
        if (!r.draft)
            std::erase_if(periods, [&](const Period &q) { return q.last >= r.today; });
        if (periods.empty() && endsToday) {
            base.skipped = tr("the period is not over until the end of its last day: make a "
                              "draft instead");
            plan.items.push_back(base);
            continue;
        }
        if (periods.empty()) {
            base.skipped = tr("no statement period ends by %1 (no agreement in force)")
                               .arg(dateText(r.periodEnd));
            plan.items.push_back(base);
            continue;
        }
        const QDate closedTo = closed.value(p.id);
        IssueItem item = base;
        item.period = periods.back();
        for (const Period &period : periods)
            item.closes += period.last > closedTo ? 1 : 0;
        if (!r.draft && item.period.last <= closedTo)
            item.skipped = tr("already issued up to %1; print a copy from the Statements tab")
                               .arg(dateText(closedTo));
        if (r.draft)
            item.closes = 0;
        plan.items.push_back(item);
    }
    return plan;
}

} // namespace isf::ui
