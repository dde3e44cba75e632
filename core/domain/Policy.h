// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include "core/money/Hours.h"
#include "core/time/Period.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace isf {

// A council's rules for the ISFs it funds. Every field is a named parameter
// (snake_case, as in imports and overrides) that an agreement may override.
struct Policy {
    QString preset = QStringLiteral("custom");
    int paymentIntervalWeeks = 4; // payment_interval_weeks
    bool paymentInAdvance = true; // payment_in_advance
    int capWeeks = 4; // cap_weeks: excess balance above this many weeks' budget
    std::optional<int> floorWeeks; // floor_weeks: surplus floor; default payment interval
    int holdWeeks = 12; // hold_weeks: surplus held longer than this
    int arrearsWeeks = 4; // arrears_weeks
    int graceDays = 7; // grace_days: council payment lateness allowed
    int reviewNoticeDays = 28; // review_notice_days: review due / notice ending warning
    int noticeWeeks = 4; // notice_weeks
    bool allowManagementFee = false; // allow_management_fee
    bool allowSharedCosts = false; // allow_shared_costs
    std::optional<Hours> bankCap; // bank_cap_hours
    std::optional<int> bankExpiryWeeks; // bank_expiry_weeks
    StatementCycle statementCycle = StatementCycle::FourWeekly; // statement_cycle
    // payment_anchor: a day the council's payment run falls on (its BACS cycle); payment
    // periods are every payment_interval_weeks from it, so an agreement that starts
    // between runs has a part period first. Unset: periods start on the agreement's start.
    std::optional<QDate> paymentAnchor;

    int effectiveFloorWeeks() const { return floorWeeks.value_or(paymentIntervalWeeks); }

    // lancashire, dorset or custom; throws InputError for an unknown name.
    static Policy fromPreset(const QString &name);
    static QStringList presetNames();
    // The parameter names accepted by set(), in a stable order.
    static QStringList parameterNames();
    // Sets one parameter from text as found in a CSV cell; throws InputError.
    void set(const QString &parameter, const QString &value);
    // The parameter's value as text (empty when unset), the inverse of set().
    QString get(const QString &parameter) const;
};

} // namespace isf
