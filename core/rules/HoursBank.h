// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include "core/domain/Entities.h"
#include "core/time/Period.h"

#include <optional>
#include <vector>

namespace isf {

class AgreementTimeline;

// Hours of support delivered, as recorded: a row of `isf import FILE hours` (service
// named), or an expense entered with hours (supplier known).
struct DeliveredHours {
    QDate date; // week_start of an hours row; the date of an expense
    QString service; // hours rows: the delivery plan line's service
    Id supplierId = 0; // expenses: the supplier paid
    Hours hours;
    Id txnId = 0; // the expense, when from one
};

// One week of the agreement: hours planned, delivered and what the bank did.
struct HoursWeek {
    Period week; // the days of the week the agreement covers
    Hours planned; // every plan line with hours
    Hours delivered; // against plan lines
    Hours unplanned; // delivered but matching no plan line (do not touch the bank)
    Hours banked; // unused hours of bankable lines put in the bank
    Hours drawn; // hours beyond plan taken from the bank
    Hours unfunded; // hours beyond plan the bank could not cover
    Hours expired; // banked hours that expired at the start of this week
    Hours balance; // the bank after this week
};

// Hours put in the bank in one week that are still there.
struct BankLot {
    QDate bankedOn; // last day of the week they were saved in
    QDate lastUsable; // bankedOn + 7 x bank_expiry_weeks (invalid: never expires)
    Hours remaining;
};

struct HoursBank {
    QDate asOf;
    std::vector<HoursWeek> weeks; // every week that had ended by asOf
    std::vector<BankLot> lots; // open lots, oldest first
    Hours balance; // banked hours at asOf
    Hours planned, delivered, unplanned, banked, drawn, expired; // totals over the weeks
    // For the alerts: the first day of the run (ending at asOf) during which the bank
    // was over bank_cap_hours, and during which some hours were due to expire within
    // review_notice_days; invalid when the condition does not hold at asOf.
    QDate overCapSince, expiringSince;
    Hours expiringSoon; // hours due to expire within review_notice_days of asOf
};

// Runs the bank week by week, from the start of the agreement to asOf.
//
// - Planned hours of a week: each plan line with hours per week, of the version in
//   force on the week's first day; pro rata by day for a part last week (rounded half
//   away from zero to the hundredth of an hour).
// - Delivered hours count in the agreement week containing their date. An hours row
//   counts for the plan line with the same service (case and surrounding spaces
//   ignored). An expense with hours counts for the first plan line (in plan order) paid
//   to the same supplier that has hours; an hours row that names the expense (txn)
//   replaces the expense's own hours. Hours that match no line are unplanned.
// - A week is settled once its last day has passed (its last day <= asOf). Then:
//   hours banked more than bank_expiry_weeks weeks before expire (oldest first); each
//   bankable line's unused hours (planned - delivered) go into the bank as a new lot;
//   each line's hours beyond its plan are drawn from the bank, oldest lot first, and
//   any the bank cannot cover are unfunded.
// - bank_cap_hours does not stop hours being banked: a bank above it raises the
//   banked_hours_cap alert (so no one's entitlement silently disappears).
// Weeks that ended before `recordsFrom` (when given) are left out: the records begin then.
HoursBank runHoursBank(const AgreementTimeline &timeline, const Policy &policy,
    std::vector<DeliveredHours> delivered, const QDate &asOf, const QDate &recordsFrom = QDate());

// True when the agreement's plan (any version) has a bankable line with hours.
bool hasBankableHours(const AgreementTimeline &timeline);

} // namespace isf
