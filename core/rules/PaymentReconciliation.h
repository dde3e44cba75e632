// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include "core/rules/PaymentSchedule.h"

#include <vector>

namespace isf {

// A council payment received for a person (a council_payment transaction that has not
// been reversed).
struct ReceivedPayment {
    Id txnId = 0;
    QDate date;
    Money amount;
    QString reference;
};

enum class PaymentStatus {
    Matched, // received in full (possibly late: see PaymentMatch::late)
    Missing, // nothing received within grace_days of the due date
    Short, // less than expected received by then
    Over, // more than expected received
    Awaiting, // due, but grace_days have not passed yet and it is not paid in full
    NotDue, // due after the as-of date (money may have come early)
};
QString paymentStatusCode(PaymentStatus s); // matched, missing, short, over, awaiting, not_due

// One expected payment and the money counted against it.
struct PaymentMatch {
    ExpectedPayment expected;
    Money received;
    std::vector<Id> txnIds; // the payments counted against it (in part or whole)
    QDate settledOn; // when the money counted reached the expected amount
    QDate graceEnds; // due + grace_days: the last day it is on time
    PaymentStatus status = PaymentStatus::Awaiting;
    bool late = false; // matched, but settled after graceEnds
    Money difference() const { return received - expected.amount; }
};

struct PaymentReconciliation {
    QDate asOf;
    std::vector<PaymentMatch> matches; // in due order
    // Payments received when nothing at all is expected (no agreement in force).
    std::vector<ReceivedPayment> unexpected;
};

// Reconciles the payments received on or before asOf against the schedule.
//
// Matching rule (docs/rules.md):
//  1. Each expected payment owns a window of days: from `early` days before its due
//     date to the day before the next payment's window opens, where
//     early = min(grace_days, (7 x payment_interval_weeks - 1) / 2), so that a payment
//     a few days early or up to a period late counts for the payment it was meant for.
//     The first window has no start and the last no end. A received payment counts, in
//     full, for the expected payment whose window holds its date; several payments in
//     one window add up (a council may pay an uplift separately).
//  2. Catch-up: money over what a payment expects settles the earliest earlier payments
//     still short (oldest first), as a council paying arrears does; what is left is an
//     over-payment. Money is never carried forward to later payments.
//  3. At asOf, with graceEnds = due + grace_days: due after asOf is not_due; received in
//     full is matched (late when settled after graceEnds); more than expected is over;
//     otherwise, after graceEnds, nothing is missing and some is short; before that it
//     is awaiting.
// `schedule` should run far enough past asOf to hold every window that a payment
// received by asOf can fall into (reconcile() does this).
PaymentReconciliation reconcilePayments(const std::vector<ExpectedPayment> &schedule,
    std::vector<ReceivedPayment> received, const Policy &policy, const QDate &asOf);

// The schedule for reconciling at asOf: every payment due up to one window past it.
std::vector<ExpectedPayment> scheduleForReconciliation(
    const AgreementTimeline &timeline, const Policy &policy, const QDate &asOf);

// The early allowance of the matching rule for a policy.
int earlyAllowanceDays(const Policy &policy);

} // namespace isf
