// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include "core/rules/alerts/Alerts.h"

namespace isf {

// Each client bank account's reconciliation state at asOf (accounts with no statement
// imported and never signed are left out: there is nothing to reconcile against yet).
std::vector<ReconciliationState> reconciliationStates(const ProviderFile &file, const QDate &asOf);

// reconciliation_overdue: an account's last signed reconciliation (or, before the first
// one, the first day its statements cover) is more than reconcile_weeks x 7 days
// before asOf. `since` is the first day past the limit; `amount` is none (days late are
// in the detail). The subject is "account:ID".
std::unique_ptr<AlertRule> makeReconciliationOverdueRule();

} // namespace isf
