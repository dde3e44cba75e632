// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include "core/domain/Entities.h"

#include <QString>

#include <vector>

namespace isf {

// How one CSV row describes one version of an agreement, shared by the import, the
// export and the demo generator so that each reads what the others write.
//
// A version is its predecessor with a change from a date: the budget schedule and
// temporary uplifts that begin before `effectiveFrom` are kept, and the weekly budget
// from `effectiveFrom` on is the row's. A row whose effective date is the start date
// restates the agreement from its start.
Agreement followingVersion(
    const Agreement &previous, const QDate &effectiveFrom, Money weeklyBudget);
// The first version: the budget from the start date.
Agreement firstVersion(Id personId, const QDate &startDate, Money weeklyBudget);

// The weekly budget a version sets from its effective date (its schedule's step in
// force that day, without uplifts): the weekly_budget cell.
Money versionBudget(const Agreement &version);
// The uplifts a version adds to those it keeps from `previous` (all of them for a
// first version): the uplift_* cells, one row each.
std::vector<Uplift> versionNewUplifts(const Agreement &version, const Agreement *previous);

// "12.5" for 1250 basis points; "12.5%" and "12.50" parse back. Throws InputError.
QString percentText(int basisPoints);
int parsePercent(const QString &text);

// True when two versions say the same (dates, budget schedule, uplifts, contribution,
// status, statements, notice, policy overrides, delivery plan); ids, version numbers,
// who saved them and the other budget parts are not compared.
bool sameAgreementTerms(const Agreement &a, const Agreement &b);

} // namespace isf
