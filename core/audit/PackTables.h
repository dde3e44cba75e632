// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include "core/domain/Entities.h"
#include "core/ledger/PeriodSummary.h"
#include "core/rules/alerts/AlertStore.h"
#include "core/time/Period.h"

#include <QByteArray>
#include <QStringList>

#include <vector>

namespace isf {

class ProviderFile;

// Which people and which days an audit pack covers: one council (or all), a period,
// optionally one person.
struct PackScope {
    Period period;
    Id councilId = 0; // 0: every council
    QString councilName;
    Id personId = 0; // 0: everyone in scope
};

// One row of summary.csv, with what the audit pack's tables need per person.
struct PackPersonRow {
    Person person;
    FundSummary fund;
    Money weeklyBudgetAtEnd;
    QString weeksHeld; // closing / weekly budget, two decimals ("3.25"), "" when no budget
    QString hoursPlanned, hoursDelivered, hoursBanked; // decimal hours
    int alerts = 0;
};

// Builds the audit pack's tables as CSV bytes (UTF-8, LF, money as plain decimals)
// from core's data. The exceptions are the alerts on record that held at some time in
// the period, together with those the rules find holding at its last day (a review of
// a past date is read-only; one of today is recorded, as any review is). Hours are the
// hours bank's weeks that ended in the period.
class PackTables {
public:
    PackTables(const ProviderFile &file, PackScope scope);

    const PackScope &scope() const { return m_scope; }
    const std::vector<Category> &categories() const { return m_categories; }
    // The people in scope with their period figures, ordered by reference.
    const std::vector<PackPersonRow> &people() const { return m_people; }

    // Column names of summary.csv, in order (one spending column per category).
    QStringList summaryColumns() const;
    // One row of values per person, then a "TOTAL" row; raw text values.
    std::vector<QStringList> summaryRows() const;
    QByteArray summaryCsv() const;
    // The person's ledger of the period with running balance and each transaction's
    // hash, read through `file` (a worker thread passes its own connection).
    QByteArray ledgerCsv(const ProviderFile &file, const PackPersonRow &row) const;
    // Every alert raised in the period for people in scope, with how it was handled.
    const std::vector<AlertRecord> &exceptions() const { return m_exceptions; }
    QByteArray exceptionsCsv() const;
    // Client bank balance against the sum of funds at each month end in the period.
    QByteArray reconciliationCsv() const;
    // Every client bank account against the bank's own statements at each month end
    // of the period that its statements cover, and every signed reconciliation in it.
    QByteArray bankReconciliationsCsv() const;

    static QStringList ledgerColumns();

private:
    const ProviderFile &m_file;
    PackScope m_scope;
    std::vector<Category> m_categories;
    std::vector<PackPersonRow> m_people;
    std::vector<AlertRecord> m_exceptions;
};

} // namespace isf
