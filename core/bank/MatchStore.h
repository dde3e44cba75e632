// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include "core/domain/Entities.h"

#include <QDate>
#include <QHash>
#include <QString>

#include <optional>
#include <vector>

namespace isf {

class ProviderFile;

// One match: bank lines and the ledger transactions they are, sums equal.
struct MatchGroup {
    Id id = 0;
    Id accountId = 0;
    QString method; // auto, manual, created
    std::vector<Id> lineIds, txnIds;
    QString matchedAt, matchedBy;
    Id lockedBy = 0; // the signed reconciliation that locks it
};

// Writes new groups (many rows to a statement); the caller holds the write transaction
// and has checked them. Returns their ids in order.
std::vector<Id> insertMatchGroups(const ProviderFile &file, const std::vector<MatchGroup> &groups);
std::optional<MatchGroup> matchGroup(const ProviderFile &file, Id groupId);
// Marks a group undone (its lines and transactions are free again).
void undoMatchGroup(const ProviderFile &file, Id groupId, const QString &reason);
// Locks every unlocked active group of the account whose lines are all on or before
// the day; returns how many.
int lockMatchGroups(
    const ProviderFile &file, Id accountId, const QString &day, Id reconciliationId);

// For each active group of the account: the latest date of its bank lines, and of its
// ledger transactions (a match counts at a day only when both sides are on or before it).
QHash<Id, QDate> matchedLineDates(const ProviderFile &file, Id accountId);
QHash<Id, QDate> matchedTxnDates(const ProviderFile &file, Id accountId);

} // namespace isf
