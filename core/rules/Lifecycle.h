// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include "core/domain/Entities.h"

#include <optional>

namespace isf {

class ProviderFile;

// An ISF agreement's life: draft -> active -> notice -> ended. Each function is one
// user action: one transaction with its audit entry, refused with InputError (in plain
// words) when the agreement is not in a state that allows it. All act on the person's
// current version (AgreementStore's currentAgreement).

// Puts a draft agreement in force.
Agreement activateAgreement(const ProviderFile &file, Id personId);

enum class NoticeParty { Provider, Council, Person };
QString noticePartyCode(NoticeParty p); // provider, council, person
NoticeParty parseNoticeParty(const QString &text); // throws InputError

// Gives notice on an active agreement. The notice runs for notice_weeks (the council's
// policy, or the agreement's override; 4 by default) from the day it is given: the
// agreement's last day is givenOn + 7 x notice_weeks - 1. On safeguarding concerns it
// ends at once: the last day is the day notice is given. The reason is required.
Agreement giveNotice(const ProviderFile &file, Id personId, const QDate &givenOn, NoticeParty by,
    const QString &reason, bool safeguarding = false);

// What ending an agreement did.
struct AgreementEnding {
    Agreement agreement; // the version, now ended
    Money balance; // the fund's balance on the return date, before the return
    Money returned; // the final return to the council (zero when nothing was left)
    Id returnTxnId = 0;
};

// Ends an active agreement (or one under notice) and closes the fund: sets the status to
// ended with `lastDay` as the day it ended (default: the day notice ends; required when
// no notice was given), and posts the final return to the council of the unspent balance,
// dated `returnDate` (default: the later of the last day and today), through the Ledger.
// Refused when entries are dated after the return date (the returned balance would not
// be the final one). An overdrawn fund is ended without a return, and the overdraft is
// reported in `balance`.
AgreementEnding endAgreement(const ProviderFile &file, Id personId, QDate lastDay = {},
    QDate returnDate = {}, const QString &reason = {});

// A change of the weekly budget from a day on: a new version that copies the current
// one with a budget step from `from`, in force from `from`. Earlier versions stay.
Id changeBudget(
    const ProviderFile &file, Id personId, const QDate &from, Money weekly, const QString &reason);

// A temporary uplift (inflator) of `weekly` on top of the budget from `firstDay` to
// `lastDay`: a new version in force from `firstDay`.
Id addUplift(const ProviderFile &file, Id personId, const QDate &firstDay, const QDate &lastDay,
    Money weekly, const QString &reason);

// A new assessed contribution from `from`: a fixed weekly amount, or a percentage of the
// weekly budget in basis points (1250 = 12.5%), or none.
Id changeContribution(const ProviderFile &file, Id personId, const QDate &from,
    ContributionKind kind, Money weekly, int percentBp, const QString &reason);

} // namespace isf
