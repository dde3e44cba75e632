// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include "core/rules/alerts/Alerts.h"

#include <optional>
#include <vector>

namespace isf {

class ProviderFile;

enum class AlertStatus { Open, Acknowledged, Resolved };
QString alertStatusCode(AlertStatus s); // open, acknowledged, resolved

// An alert as kept in the file: the condition (with the figures of the latest review
// that saw it) and what people did about it. Acknowledged and resolved alerts stay on
// record, with who and when, for the audit pack's exceptions register.
struct AlertRecord {
    Id id = 0; // 0 for an alert seen in a review that was not recorded
    QString key; // Alert::key() when it was recorded
    Alert alert;
    AlertStatus status = AlertStatus::Open;
    QString firstSeenAt; // timestamp of the review that first recorded it
    QDate lastSeenOn; // the latest as-of date a review found it holding
    QString acknowledgedBy, acknowledgedAt, ackNote;
    QString resolvedBy, resolvedAt, resolution;
    Id resolvedTxnId = 0; // the return to the council that cleared it, if one did
};

// The outcome of reviewing the alerts at an as-of date.
struct AlertReview {
    QDate asOf;
    // Whether the review was recorded. Reviews are recorded when the as-of date is no
    // later than today and no earlier than the latest recorded review; a review of an
    // earlier or a future date is a read-only view of the rules at that date.
    bool recorded = false;
    std::vector<AlertRecord> holding; // every alert that holds at asOf, with its record
    int added = 0, resolved = 0, reopened = 0;

    // The alerts that hold and are neither acknowledged nor resolved.
    std::vector<AlertRecord> open() const;
};

// Computes the alerts at asOf and, when recorded (see above), brings the alerts table
// up to date in one transaction:
// - a new condition is added as open (keyed by rule, person or supplier, subject and
//   since, so an acknowledgement survives every later review);
// - a known one gets the latest figures and lastSeenOn = asOf;
// - an open or acknowledged alert whose condition no longer holds is resolved, by the
//   return to the council dated after it was last seen if there is one (recorded as
//   resolvedTxnId), otherwise with "no longer holds";
// - a resolved alert whose condition holds again (a back-dated entry changed the past)
//   is reopened.
// Every acknowledgement, resolution and reopening is written to the audit log.
AlertReview reviewAlerts(const ProviderFile &file, const QDate &asOf);
// The same from inputs already loaded (for callers that also use them).
AlertReview reviewAlerts(const ProviderFile &file, const RuleInputs &inputs);

// The stored alerts, newest condition first within each person; optionally only those
// of one status and/or one person.
std::vector<AlertRecord> alertRecords(
    const ProviderFile &file, std::optional<AlertStatus> status = std::nullopt, Id personId = 0);
std::optional<AlertRecord> alertRecord(const ProviderFile &file, Id id);

// Acknowledges an open alert with an explanation (who and when from the file).
// Throws InputError when there is no such alert, the note is empty, or it is not open.
AlertRecord acknowledgeAlert(const ProviderFile &file, Id id, const QString &note);

// The latest as-of date a review was recorded for (invalid before the first).
QDate lastAlertReview(const ProviderFile &file);

} // namespace isf
