// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "core/audit/PackTables.h"

#include "core/bank/BankAccounts.h"
#include "core/bank/BankStore.h"
#include "core/bank/Reconciliation.h"
#include "core/csv/CsvWriter.h"
#include "core/ledger/LedgerQueries.h"
#include "core/rules/HoursBank.h"
#include "core/rules/RuleInputs.h"
#include "core/storage/AgreementStore.h"
#include "core/storage/PersonStore.h"
#include "core/storage/ProviderFile.h"
#include "core/storage/ReferenceStore.h"
#include "core/storage/Sql.h"
#include "core/time/Dates.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <tuple>

namespace isf {
namespace {

QString decimal2(qint64 hundredths)
{
    return Money::fromPence(hundredths).plain(); // same shape: two places, no separators
}

QByteArray toCsv(const QStringList &header, const std::vector<QStringList> &rows)
{
    CsvWriter w;
    w.writeRow(header);
    for (const QStringList &r : rows)
        w.writeRow(r);
    return w.takeData();
}

QString monthEndLabel(const QDate &d)
{
    return isoDate(d);
}

} // namespace

PackTables::PackTables(const ProviderFile &file, PackScope scope)
    : m_file(file), m_scope(std::move(scope)), m_categories(listCategories(file))
{
    QHash<Id, Person> people;
    for (Person &p : listPeople(file))
        if ((!m_scope.councilId || p.councilId == m_scope.councilId)
            && (!m_scope.personId || p.id == m_scope.personId))
            people.insert(p.id, std::move(p));
    QHash<Id, Agreement> agreements;
    for (Agreement &a : currentAgreements(file))
        agreements.insert(a.personId, std::move(a));
    // Alerts: on record and overlapping the period, plus what holds at its last day.
    const RuleInputs inputs = loadRuleInputs(file, m_scope.period.last);
    const AlertReview review = reviewAlerts(file, inputs);
    QSet<QString> seen;
    auto inScope = [&](const AlertRecord &r) {
        return r.alert.personId == 0 ? m_scope.personId == 0 : people.contains(r.alert.personId);
    };
    for (const AlertRecord &r : alertRecords(file))
        if (inScope(r) && r.alert.since <= m_scope.period.last
            && r.lastSeenOn >= m_scope.period.first) {
            m_exceptions.push_back(r);
            seen.insert(r.alert.key());
        }
    for (const AlertRecord &r : review.holding)
        if (inScope(r) && !seen.contains(r.alert.key()))
            m_exceptions.push_back(r);
    std::sort(
        m_exceptions.begin(), m_exceptions.end(), [](const AlertRecord &a, const AlertRecord &b) {
            return std::tie(a.alert.personRef, a.alert.since, a.alert.rule)
                < std::tie(b.alert.personRef, b.alert.since, b.alert.rule);
        });
    QHash<Id, int> alertCounts;
    for (const AlertRecord &r : m_exceptions)
        ++alertCounts[r.alert.personId];
    // Hours: the bank's weeks that ended within the period.
    struct HoursFigures {
        Hours planned, delivered, banked;
    };
    QHash<Id, HoursFigures> hours;
    for (const PersonFacts &facts : inputs.people) {
        if (!people.contains(facts.personId) || !hasBankableHours(facts.timeline))
            continue;
        const HoursBank bank = runHoursBank(
            facts.timeline, facts.policy, facts.hours, m_scope.period.last, facts.recordsFrom);
        HoursFigures f;
        for (const HoursWeek &w : bank.weeks)
            if (w.week.last >= m_scope.period.first) {
                f.planned += w.planned;
                f.delivered += w.delivered + w.unplanned;
            }
        f.banked = bank.balance;
        hours.insert(facts.personId, f);
    }

    for (FundSummary &s :
        summarisePeriod(file, m_scope.period, m_scope.councilId, m_scope.personId)) {
        PackPersonRow row;
        row.person = people.value(s.personId);
        if (row.person.id == 0)
            continue;
        row.fund = std::move(s);
        const auto a = agreements.constFind(row.person.id);
        if (a != agreements.constEnd()) {
            row.weeklyBudgetAtEnd = a->weeklyBudgetOn(m_scope.period.last);
            if (!row.weeklyBudgetAtEnd.isZero())
                row.weeksHeld = decimal2(divideRoundHalfAway(
                    row.fund.closing.pence() * 100, row.weeklyBudgetAtEnd.pence()));
        }
        row.alerts = alertCounts.value(row.person.id);
        if (const auto h = hours.constFind(row.person.id); h != hours.constEnd()) {
            row.hoursPlanned = h->planned.toString();
            row.hoursDelivered = h->delivered.toString();
            row.hoursBanked = h->banked.toString();
        }
        m_people.push_back(std::move(row));
    }
}

QStringList PackTables::summaryColumns() const
{
    QStringList c
        = { QStringLiteral("person_ref"), QStringLiteral("name"), QStringLiteral("council_ref"),
              QStringLiteral("opening_balance"), QStringLiteral("council_payments"),
              QStringLiteral("contributions"), QStringLiteral("other_income") };
    for (const Category &cat : m_categories)
        c << QStringLiteral("spent_") + cat.name.toLower().replace(u' ', u'_');
    c << QStringLiteral("returns_to_council") << QStringLiteral("closing_balance")
      << QStringLiteral("weekly_budget") << QStringLiteral("weeks_held")
      << QStringLiteral("hours_planned") << QStringLiteral("hours_delivered")
      << QStringLiteral("hours_banked") << QStringLiteral("alerts");
    return c;
}

std::vector<QStringList> PackTables::summaryRows() const
{
    std::vector<QStringList> rows;
    FundSummary total;
    Money totalBudget;
    int totalAlerts = 0;
    for (const PackPersonRow &r : m_people) {
        const FundSummary &f = r.fund;
        QStringList row = { r.person.ref, r.person.fullName(), r.person.councilRef,
            f.opening.plain(), f.councilPayments.plain(), f.contributions.plain(),
            (f.openingBalances + f.adjustments).plain() };
        for (const Category &cat : m_categories)
            row << f.spendingByCategory.value(cat.id).plain();
        row << f.returnsToCouncil.plain() << f.closing.plain() << r.weeklyBudgetAtEnd.plain()
            << r.weeksHeld << r.hoursPlanned << r.hoursDelivered << r.hoursBanked
            << QString::number(r.alerts);
        rows.push_back(row);
        total.opening += f.opening;
        total.closing += f.closing;
        total.councilPayments += f.councilPayments;
        total.contributions += f.contributions;
        total.openingBalances += f.openingBalances + f.adjustments;
        total.returnsToCouncil += f.returnsToCouncil;
        for (auto it = f.spendingByCategory.cbegin(); it != f.spendingByCategory.cend(); ++it)
            total.spendingByCategory[it.key()] += it.value();
        totalBudget += r.weeklyBudgetAtEnd;
        totalAlerts += r.alerts;
    }
    QStringList t = { QStringLiteral("TOTAL"), QStringLiteral("%1 people").arg(m_people.size()),
        QString(), total.opening.plain(), total.councilPayments.plain(),
        total.contributions.plain(), total.openingBalances.plain() };
    for (const Category &cat : m_categories)
        t << total.spendingByCategory.value(cat.id).plain();
    t << total.returnsToCouncil.plain() << total.closing.plain() << totalBudget.plain() << QString()
      << QString() << QString() << QString() << QString::number(totalAlerts);
    rows.push_back(t);
    return rows;
}

QByteArray PackTables::summaryCsv() const
{
    std::vector<QStringList> rows = summaryRows();
    for (QStringList &r : rows)
        for (int c = 0; c < 3 && c < r.size(); ++c)
            r[c] = CsvWriter::textCell(r[c]); // names and references are text, never formulas
    return toCsv(summaryColumns(), rows);
}

QStringList PackTables::ledgerColumns()
{
    return { QStringLiteral("txn_id"), QStringLiteral("date"), QStringLiteral("type"),
        QStringLiteral("category"), QStringLiteral("supplier"), QStringLiteral("reference"),
        QStringLiteral("description"), QStringLiteral("hours"), QStringLiteral("rate"),
        QStringLiteral("money_in"), QStringLiteral("money_out"), QStringLiteral("balance"),
        QStringLiteral("reverses"), QStringLiteral("recorded_by"), QStringLiteral("hash") };
}

QByteArray PackTables::ledgerCsv(const ProviderFile &file, const PackPersonRow &row) const
{
    const PersonLedger ledger
        = personLedger(file, row.person.id, m_scope.period.first, m_scope.period.last);
    std::vector<QStringList> rows;
    rows.reserve(ledger.lines.size() + 1);
    rows.push_back({ QString(), isoDate(m_scope.period.first), QStringLiteral("brought_forward"),
        QString(), QString(), QString(), QStringLiteral("Opening balance"), QString(), QString(),
        QString(), QString(), ledger.opening.plain(), QString(), QString(), QString() });
    for (const LedgerLine &l : ledger.lines) {
        rows.push_back({ QString::number(l.txnId), isoDate(l.date), txnKindCode(l.kind),
            CsvWriter::textCell(l.category), CsvWriter::textCell(l.supplier),
            CsvWriter::textCell(l.reference),
            CsvWriter::textCell(l.kind == TxnKind::Reversal ? l.reason : l.description),
            l.hours ? l.hours->toString() : QString(), l.rate ? l.rate->plain() : QString(),
            l.change.isNegative() ? QString() : l.change.plain(),
            l.change.isNegative() ? (-l.change).plain() : QString(), l.running.plain(),
            l.reversesId ? QString::number(l.reversesId) : QString(),
            CsvWriter::textCell(l.recordedBy), l.hash });
    }
    return toCsv(ledgerColumns(), rows);
}

QByteArray PackTables::exceptionsCsv() const
{
    std::vector<QStringList> rows;
    for (const AlertRecord &r : m_exceptions) {
        const Alert &a = r.alert;
        const bool isHours = a.unit == AlertUnit::Hours;
        const bool isMoney = a.unit == AlertUnit::Money;
        rows.push_back({ r.id ? QString::number(r.id) : QString(), CsvWriter::textCell(a.personRef),
            CsvWriter::textCell(a.supplierName), a.rule, isoDate(a.since),
            isoDate(r.lastSeenOn.isValid() ? r.lastSeenOn : m_scope.period.last),
            isHours       ? a.hours().toString()
                : isMoney ? a.money().plain()
                          : QString(),
            isHours       ? QStringLiteral("hours")
                : isMoney ? QStringLiteral("money")
                          : QString(),
            CsvWriter::textCell(a.detail),
            r.id ? alertStatusCode(r.status) : QStringLiteral("open"),
            CsvWriter::textCell(r.acknowledgedBy), r.acknowledgedAt, CsvWriter::textCell(r.ackNote),
            CsvWriter::textCell(r.resolvedBy), r.resolvedAt, CsvWriter::textCell(r.resolution) });
    }
    return toCsv({ QStringLiteral("alert_id"), QStringLiteral("person_ref"),
                     QStringLiteral("supplier"), QStringLiteral("rule"), QStringLiteral("since"),
                     QStringLiteral("last_seen"), QStringLiteral("amount"), QStringLiteral("unit"),
                     QStringLiteral("detail"), QStringLiteral("status"),
                     QStringLiteral("acknowledged_by"), QStringLiteral("acknowledged_at"),
                     QStringLiteral("note"), QStringLiteral("resolved_by"),
                     QStringLiteral("resolved_at"), QStringLiteral("resolution") },
        rows);
}

QByteArray PackTables::reconciliationCsv() const
{
    std::vector<QStringList> rows;
    QDate d = QDate(m_scope.period.first.year(), m_scope.period.first.month(), 1)
                  .addMonths(1)
                  .addDays(-1);
    while (true) {
        const QDate at = std::min(d, m_scope.period.last);
        const BankReconciliation r = bankAgainstFunds(m_file, at);
        rows.push_back({ monthEndLabel(at), r.bankBalance.plain(), r.fundsTotal.plain(),
            r.difference().plain() });
        if (at >= m_scope.period.last)
            break;
        d = QDate(d.year(), d.month(), 1).addMonths(2).addDays(-1);
    }
    return toCsv({ QStringLiteral("date"), QStringLiteral("client_bank_balance"),
                     QStringLiteral("sum_of_funds"), QStringLiteral("difference") },
        rows);
}

QByteArray PackTables::bankReconciliationsCsv() const
{
    std::vector<QStringList> rows;
    const auto money = [](const Money &m) { return m.plain(); };
    for (const BankAccount &a : listBankAccounts(m_file)) {
        if (!a.openingDate.isValid())
            continue;
        const QDate through = lastStatementDay(m_file, a.id);
        QDate d = QDate(m_scope.period.first.year(), m_scope.period.first.month(), 1)
                      .addMonths(1)
                      .addDays(-1);
        while (true) {
            const QDate at = std::min(d, m_scope.period.last);
            if (at > a.openingDate && at <= through) {
                const ReconciliationFigures f = reconcileAccount(m_file, a.id, at);
                rows.push_back({ QStringLiteral("month_end"), a.name, monthEndLabel(at),
                    money(f.bankBalance), money(f.unclearedIn), money(f.unclearedOut),
                    money(f.unmatchedIn), money(f.unmatchedOut), money(f.bankErrors),
                    money(f.adjustedBankBalance), money(f.ledgerBalance), money(f.fundsTotal),
                    money(f.difference), QString(), QString(), QString() });
            }
            if (at >= m_scope.period.last)
                break;
            d = QDate(d.year(), d.month(), 1).addMonths(2).addDays(-1);
        }
    }
    for (const SignedReconciliation &r :
        signedReconciliations(m_file, 0, m_scope.period.first, m_scope.period.last))
        rows.push_back({ QStringLiteral("signed"), r.accountName, isoDate(r.asOf),
            money(r.bankBalance), money(r.unclearedIn), money(r.unclearedOut), money(r.unmatchedIn),
            money(r.unmatchedOut), money(r.bankErrors), money(r.adjustedBankBalance),
            money(r.ledgerBalance), money(r.fundsTotal), money(r.difference), r.signedBy,
            r.signedAt, r.note });
    QStringList header;
    for (const char *c :
        { "row", "account", "as_of", "bank_balance", "uncleared_in", "uncleared_out",
            "unmatched_in", "unmatched_out", "bank_errors", "adjusted_bank_balance",
            "ledger_balance", "funds_total", "difference", "signed_by", "signed_at", "note" })
        header << QLatin1String(c);
    return toCsv(header, rows);
}

} // namespace isf
