// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "core/rules/Lifecycle.h"

#include "core/ledger/Ledger.h"
#include "core/ledger/LedgerQueries.h"
#include "core/storage/AgreementStore.h"
#include "core/storage/AuditLog.h"
#include "core/storage/PersonStore.h"
#include "core/storage/ProviderFile.h"
#include "core/storage/ReferenceStore.h"
#include "core/storage/Sql.h"
#include "core/time/Clock.h"
#include "core/time/Dates.h"
#include "core/util/Errors.h"

#include <algorithm>

namespace isf {
namespace {

QString refOf(const ProviderFile &file, Id personId)
{
    const auto p = personById(file, personId);
    if (!p)
        throw InputError(QStringLiteral("There is no person with id %1.").arg(personId));
    return p->ref;
}

Agreement requireCurrent(const ProviderFile &file, Id personId)
{
    const QString ref = refOf(file, personId);
    const auto a = currentAgreement(file, personId);
    if (!a)
        throw InputError(QStringLiteral("%1 has no ISF agreement.").arg(ref));
    return *a;
}

QString requireReason(const QString &reason, const char *what)
{
    const QString r = reason.trimmed();
    if (r.isEmpty())
        throw InputError(QStringLiteral("Give the reason for the %1.").arg(QLatin1String(what)));
    return r;
}

void requireChangeable(const ProviderFile &file, const Agreement &a, const QDate &from)
{
    const QString ref = refOf(file, a.personId);
    if (a.status == AgreementStatus::Ended)
        throw InputError(QStringLiteral("%1's agreement ended on %2; it cannot be changed.")
                             .arg(ref, isoDate(a.endedOn)));
    if (!from.isValid())
        throw InputError(QStringLiteral("The change needs the date it takes effect from."));
    if (from < a.startDate)
        throw InputError(QStringLiteral("%1 is before the agreement's start on %2.")
                             .arg(isoDate(from), isoDate(a.startDate)));
    QDate last = a.endDate;
    if (a.status == AgreementStatus::Notice && a.noticeEndsOn.isValid()
        && (!last.isValid() || a.noticeEndsOn < last))
        last = a.noticeEndsOn;
    if (last.isValid() && from > last)
        throw InputError(QStringLiteral("%1 is after the agreement's last day, %2.")
                             .arg(isoDate(from), isoDate(last)));
}

// A copy of the current version to save as the next one.
Agreement nextVersion(const Agreement &current, const QDate &from, const QString &reason)
{
    Agreement next = current;
    next.id = 0;
    next.effectiveFrom = from;
    next.changeReason = reason;
    next.createdAt.clear();
    next.createdBy.clear();
    return next;
}

Money requireNotNegative(Money m, const char *what)
{
    if (m.isNegative())
        throw InputError(QStringLiteral("The %1 cannot be negative.").arg(QLatin1String(what)));
    return m;
}

} // namespace

QString noticePartyCode(NoticeParty p)
{
    switch (p) {
    case NoticeParty::Provider:
        return QStringLiteral("provider");
    case NoticeParty::Council:
        return QStringLiteral("council");
    case NoticeParty::Person:
        return QStringLiteral("person");
    }
    return QStringLiteral("provider");
}

NoticeParty parseNoticeParty(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == u"provider")
        return NoticeParty::Provider;
    if (t == u"council")
        return NoticeParty::Council;
    if (t == u"person" || t == u"representative")
        return NoticeParty::Person;
    throw InputError(
        QStringLiteral("\"%1\" is not a party to the agreement: use provider, council or person")
            .arg(text));
}

Agreement activateAgreement(const ProviderFile &file, Id personId)
{
    WriteTransaction txn(file.database());
    const QString ref = refOf(file, personId);
    std::vector<Agreement> versions = agreementVersions(file, personId);
    if (versions.empty())
        throw InputError(QStringLiteral("%1 has no ISF agreement.").arg(ref));
    Agreement a = versions.back();
    if (a.status != AgreementStatus::Draft)
        throw InputError(QStringLiteral("%1's latest agreement version is %2, not a draft.")
                             .arg(ref, agreementStatusCode(a.status)));
    a.status = AgreementStatus::Active;
    updateAgreementLifecycle(file, a);
    audit(file, QStringLiteral("activate"), QStringLiteral("agreement"), a.id,
        QStringLiteral("%1 version %2 in force from %3")
            .arg(ref)
            .arg(a.version)
            .arg(isoDate(a.startDate)));
    txn.commit();
    return a;
}

Agreement giveNotice(const ProviderFile &file, Id personId, const QDate &givenOn, NoticeParty by,
    const QString &reason, bool safeguarding)
{
    const QString why = requireReason(reason, "notice");
    if (!givenOn.isValid())
        throw InputError(QStringLiteral("Give the date notice is given."));
    WriteTransaction txn(file.database());
    Agreement a = requireCurrent(file, personId);
    const QString ref = refOf(file, personId);
    if (a.status == AgreementStatus::Notice)
        throw InputError(
            QStringLiteral("Notice was already given on %1 by the %2; the agreement "
                           "ends on %3.")
                .arg(isoDate(a.noticeGivenOn), a.noticeGivenBy, isoDate(a.noticeEndsOn)));
    if (a.status != AgreementStatus::Active)
        throw InputError(QStringLiteral("%1's agreement is %2: notice is given on an active "
                                        "agreement.")
                             .arg(ref, agreementStatusCode(a.status)));
    if (givenOn < a.startDate)
        throw InputError(QStringLiteral("Notice cannot be given before the agreement starts (%1).")
                             .arg(isoDate(a.startDate)));
    const auto person = personById(file, personId);
    const auto council = councilById(file, person->councilId);
    const Policy policy = a.effectivePolicy(council ? council->policy : Policy());
    a.status = AgreementStatus::Notice;
    a.noticeGivenOn = givenOn;
    a.noticeGivenBy = noticePartyCode(by);
    a.noticeReason = safeguarding ? QStringLiteral("Safeguarding: ") + why : why;
    a.noticeEndsOn = safeguarding ? givenOn : givenOn.addDays(7LL * policy.noticeWeeks - 1);
    if (a.noticeEndsOn < givenOn)
        a.noticeEndsOn = givenOn; // notice_weeks 0: at once
    if (a.endDate.isValid() && a.endDate < a.noticeEndsOn)
        a.noticeEndsOn = a.endDate; // it was ending sooner anyway
    updateAgreementLifecycle(file, a);
    audit(file, QStringLiteral("notice"), QStringLiteral("agreement"), a.id,
        QStringLiteral("%1: notice given by the %2 on %3, last day %4: %5")
            .arg(ref, a.noticeGivenBy, isoDate(givenOn), isoDate(a.noticeEndsOn), a.noticeReason));
    txn.commit();
    return a;
}

AgreementEnding endAgreement(
    const ProviderFile &file, Id personId, QDate lastDay, QDate returnDate, const QString &reason)
{
    WriteTransaction txn(file.database());
    Agreement a = requireCurrent(file, personId);
    const QString ref = refOf(file, personId);
    if (a.status != AgreementStatus::Active && a.status != AgreementStatus::Notice)
        throw InputError(QStringLiteral("%1's agreement is %2: only an active agreement, or one "
                                        "under notice, can be ended.")
                             .arg(ref, agreementStatusCode(a.status)));
    if (!lastDay.isValid()) {
        if (a.status != AgreementStatus::Notice || !a.noticeEndsOn.isValid())
            throw InputError(
                QStringLiteral("No notice has been given: give the agreement's last day."));
        lastDay = a.noticeEndsOn;
    }
    if (lastDay < a.startDate)
        throw InputError(QStringLiteral("The last day %1 is before the agreement's start on %2.")
                             .arg(isoDate(lastDay), isoDate(a.startDate)));
    if (!returnDate.isValid())
        returnDate = std::max(lastDay, file.clock().today());
    if (returnDate < lastDay)
        throw InputError(QStringLiteral("The final return cannot be dated before the agreement's "
                                        "last day (%1).")
                             .arg(isoDate(lastDay)));
    const QVariant later = scalar(file.database(),
        QStringLiteral("SELECT max(txn_date) FROM transactions WHERE person_id = ? AND txn_date > "
                       "?"),
        { personId, isoDate(returnDate) }, "check the ledger");
    if (later.isValid() && !later.isNull())
        throw InputError(QStringLiteral("%1 has entries dated up to %2, after the return date %3: "
                                        "date the final return on or after the last of them.")
                             .arg(ref, later.toString(), isoDate(returnDate)));

    AgreementEnding ending;
    ending.balance = balanceAt(file, personId, returnDate);
    if (ending.balance > Money()) {
        NewEntry e;
        e.kind = TxnKind::ReturnToCouncil;
        e.date = returnDate;
        e.personId = personId;
        e.amount = ending.balance;
        e.description = QStringLiteral("Final return of the unspent balance: the agreement ended "
                                       "on %1")
                            .arg(isoDate(lastDay));
        Ledger ledger(file);
        ending.returnTxnId = ledger.post(e);
        ending.returned = ending.balance;
    }
    a.status = AgreementStatus::Ended;
    a.endedOn = lastDay;
    updateAgreementLifecycle(file, a);
    audit(file, QStringLiteral("end"), QStringLiteral("agreement"), a.id,
        QStringLiteral("%1: ended on %2; balance %3 on %4, returned %5%6")
            .arg(ref, isoDate(lastDay), ending.balance.display(), isoDate(returnDate),
                ending.returned.display(),
                reason.trimmed().isEmpty() ? QString() : QStringLiteral(": ") + reason.trimmed()));
    txn.commit();
    ending.agreement = a;
    return ending;
}

Id changeBudget(
    const ProviderFile &file, Id personId, const QDate &from, Money weekly, const QString &reason)
{
    const QString why = requireReason(reason, "budget change");
    requireNotNegative(weekly, "weekly budget");
    WriteTransaction txn(file.database());
    const Agreement current = requireCurrent(file, personId);
    requireChangeable(file, current, from);
    Agreement next = nextVersion(current, from, why);
    std::erase_if(next.budgets, [&](const BudgetStep &b) { return b.effectiveFrom == from; });
    next.budgets.push_back({ from, weekly });
    std::sort(next.budgets.begin(), next.budgets.end(),
        [](const BudgetStep &x, const BudgetStep &y) { return x.effectiveFrom < y.effectiveFrom; });
    const Id id = addAgreementVersion(file, next);
    audit(file, QStringLiteral("budget change"), QStringLiteral("agreement"), id,
        QStringLiteral("%1: weekly budget %2 from %3: %4")
            .arg(refOf(file, personId), weekly.display(), isoDate(from), why));
    txn.commit();
    return id;
}

Id addUplift(const ProviderFile &file, Id personId, const QDate &firstDay, const QDate &lastDay,
    Money weekly, const QString &reason)
{
    const QString why = requireReason(reason, "uplift");
    if (!lastDay.isValid() || lastDay < firstDay)
        throw InputError(QStringLiteral("An uplift needs a last day on or after its first day."));
    if (weekly <= Money())
        throw InputError(QStringLiteral("An uplift adds more than nothing to the weekly budget."));
    WriteTransaction txn(file.database());
    const Agreement current = requireCurrent(file, personId);
    requireChangeable(file, current, firstDay);
    Agreement next = nextVersion(current, firstDay, why);
    next.uplifts.push_back({ firstDay, lastDay, weekly, why });
    const Id id = addAgreementVersion(file, next);
    audit(file, QStringLiteral("uplift"), QStringLiteral("agreement"), id,
        QStringLiteral("%1: %2 a week from %3 to %4: %5")
            .arg(
                refOf(file, personId), weekly.display(), isoDate(firstDay), isoDate(lastDay), why));
    txn.commit();
    return id;
}

Id changeContribution(const ProviderFile &file, Id personId, const QDate &from,
    ContributionKind kind, Money weekly, int percentBp, const QString &reason)
{
    const QString why = requireReason(reason, "contribution change");
    WriteTransaction txn(file.database());
    const Agreement current = requireCurrent(file, personId);
    requireChangeable(file, current, from);
    Agreement next = nextVersion(current, from, why);
    next.contributionKind = kind;
    next.weeklyContribution = kind == ContributionKind::Fixed
        ? requireNotNegative(weekly, "weekly contribution")
        : Money();
    next.contributionPercentBp = kind == ContributionKind::Percent ? percentBp : 0;
    const Id id = addAgreementVersion(file, next);
    const QString what = kind == ContributionKind::Fixed
        ? weekly.display() + QStringLiteral(" a week")
        : kind == ContributionKind::Percent ? QStringLiteral("%1.%2% of the budget")
                                                  .arg(percentBp / 100)
                                                  .arg(percentBp % 100, 2, 10, QLatin1Char('0'))
                                            : QStringLiteral("none");
    audit(file, QStringLiteral("contribution change"), QStringLiteral("agreement"), id,
        QStringLiteral("%1: contribution %2 from %3: %4")
            .arg(refOf(file, personId), what, isoDate(from), why));
    txn.commit();
    return id;
}

} // namespace isf
