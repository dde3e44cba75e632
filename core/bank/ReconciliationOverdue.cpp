// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "core/bank/ReconciliationOverdue.h"

#include "core/bank/BankAccounts.h"
#include "core/bank/Reconciliation.h"
#include "core/time/Dates.h"

namespace isf {
namespace {

class ReconciliationOverdue final : public AlertRule {
public:
    QString name() const override { return QStringLiteral("reconciliation_overdue"); }
    void evaluateFile(const RuleInputs &in, std::vector<Alert> &out) const override
    {
        for (const ReconciliationState &s : in.reconciliations) {
            const QDate from = s.lastSigned.isValid() ? s.lastSigned : s.firstStatementDay;
            if (!from.isValid())
                continue;
            const QDate since = from.addDays(7 * s.reconcileWeeks + 1);
            if (since > in.asOf)
                continue;
            Alert a;
            a.rule = name();
            a.subject = QStringLiteral("account:%1").arg(s.accountId);
            a.since = since;
            a.detail = s.lastSigned.isValid()
                ? QStringLiteral("%1: last signed reconciliation to %2 is %3 days old (limit %4 "
                                 "weeks)")
                      .arg(s.accountName, isoDate(s.lastSigned))
                      .arg(s.lastSigned.daysTo(in.asOf))
                      .arg(s.reconcileWeeks)
                : QStringLiteral("%1: never reconciled; statements from %2 (limit %3 weeks)")
                      .arg(s.accountName, isoDate(s.firstStatementDay))
                      .arg(s.reconcileWeeks);
            out.push_back(std::move(a));
        }
    }
};

} // namespace

std::vector<ReconciliationState> reconciliationStates(const ProviderFile &file, const QDate &asOf)
{
    std::vector<ReconciliationState> out;
    const int weeks = reconcileWeeks(file);
    for (const BankAccount &a : listBankAccounts(file)) {
        ReconciliationState s;
        s.accountId = a.id;
        s.accountName = a.name;
        s.reconcileWeeks = weeks;
        if (a.openingDate.isValid() && a.openingDate < asOf)
            s.firstStatementDay = a.openingDate.addDays(1);
        if (const auto last = lastSignedReconciliation(file, a.id, asOf))
            s.lastSigned = last->asOf;
        if (s.firstStatementDay.isValid() || s.lastSigned.isValid())
            out.push_back(std::move(s));
    }
    return out;
}

std::unique_ptr<AlertRule> makeReconciliationOverdueRule()
{
    return std::make_unique<ReconciliationOverdue>();
}

} // namespace isf
