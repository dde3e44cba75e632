// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "core/rules/DueSoon.h"

#include "core/rules/AgreementTimeline.h"
#include "core/rules/PaymentSchedule.h"
#include "core/storage/AgreementStore.h"
#include "core/storage/PersonStore.h"
#include "core/storage/ReferenceStore.h"
#include "core/time/Period.h"

#include <QHash>

#include <algorithm>

namespace isf {

QString dueKindLabel(DueItem::Kind kind)
{
    switch (kind) {
    case DueItem::Kind::Statement:
        return QStringLiteral("Statement");
    case DueItem::Kind::Review:
        return QStringLiteral("Review");
    case DueItem::Kind::NoticeEnding:
        return QStringLiteral("Notice ends");
    case DueItem::Kind::CouncilPayment:
        return QStringLiteral("Council payment");
    }
    return QString();
}

std::vector<DueItem> dueSoon(const ProviderFile &file, const QDate &today, int days)
{
    QHash<Id, Person> people;
    for (Person &p : listPeople(file))
        people.insert(p.id, std::move(p));
    QHash<Id, Policy> policies;
    for (const Council &c : listCouncils(file))
        policies.insert(c.id, c.policy);
    const QHash<Id, AgreementTimeline> timelines = allTimelines(file);
    const QDate horizon = today.addDays(days);
    std::vector<DueItem> out;
    for (const Agreement &a : currentAgreements(file)) {
        if (!a.isLive())
            continue;
        const Person person = people.value(a.personId);
        auto add = [&](DueItem::Kind kind, const QDate &due, const QString &detail, Money amount) {
            out.push_back({ kind, due, person.id, person.ref, person.fullName(), detail, amount });
        };
        const Policy policy = a.effectivePolicy(policies.value(person.councilId));
        const QDate anchor = a.statementAnchor.isValid() ? a.statementAnchor : a.startDate;
        if (anchor.isValid()) {
            const Period p = statementPeriodContaining(a.statementCycle, anchor, today);
            if (p.isValid() && p.last <= horizon)
                add(DueItem::Kind::Statement, p.last, p.describe(), Money());
        }
        if (a.reviewDate.isValid() && a.reviewDate <= horizon)
            add(DueItem::Kind::Review, a.reviewDate,
                a.reviewDate < today ? QStringLiteral("Review overdue")
                                     : QStringLiteral("Agreement review"),
                Money());
        if (a.status == AgreementStatus::Notice && a.noticeEndsOn.isValid()
            && a.noticeEndsOn <= horizon)
            add(DueItem::Kind::NoticeEnding, a.noticeEndsOn,
                a.noticeReason.isEmpty() ? QStringLiteral("Notice period ends") : a.noticeReason,
                Money());
        const auto t = timelines.constFind(a.personId);
        if (t != timelines.constEnd())
            for (const ExpectedPayment &pay : paymentSchedule(*t, policy, horizon))
                if (pay.due >= today)
                    add(DueItem::Kind::CouncilPayment, pay.due, person.councilName, pay.amount);
    }
    std::sort(out.begin(), out.end(), [](const DueItem &x, const DueItem &y) {
        return std::tie(x.due, x.personRef) < std::tie(y.due, y.personRef);
    });
    return out;
}

} // namespace isf
