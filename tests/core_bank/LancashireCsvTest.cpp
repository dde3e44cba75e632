// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
// The default client account through two CSV statements: a remittance for three
// people on one line, two taxi fares of the same amount on one day, a bank charge with
// no ledger entry, a cheque not yet presented, an overlapping re-import, a statement
// that does not follow on, bad lines, sign-off and its locks.
#include "core/bank/BankMatching.h"
#include "core/bank/BankStore.h"
#include "core/bank/MatchStore.h"
#include "core/bank/Reconciliation.h"
#include "core/bank/StatementImport.h"
#include "core/rules/alerts/Alerts.h"
#include "core/util/Errors.h"
#include "tests/support/bank/BankScenario.h"
#include "tests/support/catch.h"

#include <QCryptographicHash>
#include <QFile>

using namespace isf;

namespace {

std::vector<Id> txnsOf(
    ProviderFile &file, Id accountId, const QDate &date, Money amount, int nth = 0)
{
    for (const BankLine &l : loadBankLines(file, accountId))
        if (l.date == date && l.amount == amount && nth-- == 0)
            return l.groupId ? matchGroup(file, l.groupId)->txnIds : std::vector<Id>();
    FAIL("no such line");
    return {};
}

Id lineId(ProviderFile &file, Id accountId, const QDate &date, Money amount, int nth = 0)
{
    for (const BankLine &l : loadBankLines(file, accountId))
        if (l.date == date && l.amount == amount && nth-- == 0)
            return l.id;
    FAIL("no such line");
    return 0;
}

QByteArray sha(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace

TEST_CASE("October CSV: what matches by itself, what waits for review, and the figures")
{
    BankScenario s;
    ProviderFile &file = s.file();
    const StatementImportResult r
        = importStatement(file, s.lancs, BankScenario::data("october.csv"));
    CHECK(r.lines == 6);
    CHECK(r.added == 6);
    CHECK(r.alreadyThere == 0);
    CHECK(r.opening == gbp(u"1750.00"));
    CHECK(r.closing == gbp(u"3612.50"));
    CHECK(r.first == QDate(2026, 10, 5)); // newest first in the file, oldest first here
    CHECK(r.autoMatched == 3);
    CHECK(r.toReview == 3);
    CHECK(requireBankAccount(file, QString()).csvProfile
        == u"date=Date;description=Description;amount=Amount;balance=Balance");

    // One bank line, three people: remittance REM-1001.
    CHECK(txnsOf(file, s.lancs, QDate(2026, 10, 5), gbp(u"2000.00"))
        == s.remittance(QStringLiteral("REM-1001")));
    CHECK(s.remittance(QStringLiteral("REM-1001")).size() == 3);
    CHECK(txnsOf(file, s.lancs, QDate(2026, 10, 6), gbp(u"40.00"))
        == std::vector<Id> { s.txn[QStringLiteral("contribution")] });
    CHECK(txnsOf(file, s.lancs, QDate(2026, 10, 12), gbp(u"-120.00"))
        == std::vector<Id> { s.txn[QStringLiteral("brightday")] });

    // Two £25.00 fares on one day: both lines suggest both fares, neither is guessed.
    const std::vector<LineReview> queue = reviewQueue(file, s.lancs);
    REQUIRE(queue.size() == 3);
    for (int i : { 0, 1 }) {
        REQUIRE(queue[std::size_t(i)].candidates.size() == 2);
        CHECK(queue[std::size_t(i)].candidates[0].score == 100);
        CHECK(queue[std::size_t(i)].candidates[0].why == u"supplier Town Taxis");
    }
    CHECK(txnsOf(file, s.lancs, QDate(2026, 10, 8), gbp(u"-25.00"), 0).empty());
    CHECK(queue[2].candidates.empty()); // the bank charge: nothing in the ledger

    ReconciliationFigures f = reconcileAccount(file, s.lancs, QDate(2026, 10, 31));
    CHECK(f.bankBalance == gbp(u"3612.50"));
    CHECK(f.unclearedIn == gbp(u"30.00")); // P001's contribution, not yet banked
    CHECK(f.unclearedOut == gbp(u"130.00")); // the two fares and the cheque
    CHECK(f.unmatchedOut == gbp(u"57.50")); // the two fare lines and the charge
    CHECK(f.unmatchedIn == Money());
    CHECK(f.adjustedBankBalance == gbp(u"3512.50"));
    CHECK(f.ledgerBalance == gbp(u"3570.00"));
    CHECK(f.fundsTotal == gbp(u"3570.00"));
    CHECK(f.difference == gbp(u"-57.50"));
    CHECK_FALSE(f.whyNotSignable().isEmpty());
    CHECK_THROWS_WITH(signReconciliation(file, s.lancs, QDate(2026, 10, 31), QStringLiteral("x")),
        Catch::Contains("differs from the ledger's £3,570.00 by -£57.50"));

    // Matching by hand: exact sums only, one line per entry.
    const Id fare1 = lineId(file, s.lancs, QDate(2026, 10, 8), gbp(u"-25.00"), 0);
    const Id fare2 = lineId(file, s.lancs, QDate(2026, 10, 8), gbp(u"-25.00"), 1);
    matchManually(file, { fare1 }, { s.txn[QStringLiteral("taxi1")] });
    CHECK_THROWS_WITH(matchManually(file, { fare2 }, { s.txn[QStringLiteral("taxi1")] }),
        Catch::Contains("already matched"));
    CHECK_THROWS_WITH(matchManually(file, { fare2 }, { s.txn[QStringLiteral("cheque")] }),
        Catch::Contains("come to -£25.00 but the ledger entries to -£80.00"));
    matchManually(file, { fare2 }, { s.txn[QStringLiteral("taxi2")] });

    // The charge is the bank's mistake on a client account.
    const Id charge = lineId(file, s.lancs, QDate(2026, 10, 31), gbp(u"-7.50"));
    CHECK_THROWS_WITH(markBankError(file, charge, QString()), Catch::Contains("note is required"));
    markBankError(file, charge, QStringLiteral("No fees on a client account; bank to refund"));
    f = reconcileAccount(file, s.lancs, QDate(2026, 10, 31));
    CHECK(f.unclearedOut == gbp(u"80.00"));
    REQUIRE(f.uncleared.size() == 2);
    CHECK(f.uncleared[0].txnId == s.txn[QStringLiteral("cheque")]);
    CHECK(f.unmatchedOut == Money());
    CHECK(f.bankErrors == gbp(u"-7.50"));
    REQUIRE(f.errors.size() == 1);
    CHECK(f.adjustedBankBalance == gbp(u"3570.00"));
    CHECK(f.difference == Money());
    CHECK(f.whyNotSignable().isEmpty());

    // Earlier in the month the figures hold at that day: at 7 October the fares and
    // the cheque are still to come, the remittance and contribution are cleared.
    const ReconciliationFigures early = reconcileAccount(file, s.lancs, QDate(2026, 10, 7));
    CHECK(early.bankBalance == gbp(u"3790.00"));
    CHECK(early.ledgerBalance == gbp(u"3790.00"));
    CHECK(early.uncleared.empty());
    CHECK(early.difference == Money());

    CHECK_THROWS_WITH(signReconciliation(file, s.lancs, QDate(2026, 10, 31), QString()),
        Catch::Contains("needs a note"));
    const SignedReconciliation signedOff = signReconciliation(
        file, s.lancs, QDate(2026, 10, 31), QStringLiteral("October agreed to the statement"));
    CHECK(signedOff.signedBy == u"tester");
    CHECK(signedOff.adjustedBankBalance == gbp(u"3570.00"));
    CHECK(lastSignedReconciliation(file, s.lancs)->id == signedOff.id);
    CHECK_THROWS_WITH(
        signReconciliation(file, s.lancs, QDate(2026, 10, 31), QStringLiteral("again")),
        Catch::Contains("already signed to 2026-10-31"));
    // Its matches are locked: undoing one needs a reason; the bank error stays.
    CHECK_THROWS_WITH(unmatchLine(file, fare1, QString()), Catch::Contains("needs a reason"));
    CHECK_THROWS_WITH(clearBankError(file, charge, QStringLiteral("x")),
        Catch::Contains("signed reconciliation"));

    // November overlaps October by one line: only the new lines are added.
    const StatementImportResult nov
        = importStatement(file, s.lancs, BankScenario::data("november-overlap.csv"));
    CHECK(nov.lines == 3);
    CHECK(nov.added == 2);
    CHECK(nov.alreadyThere == 1);
    CHECK(nov.autoMatched == 2); // the cheque (its number is in the text), P001's contribution
    CHECK(txnsOf(file, s.lancs, QDate(2026, 11, 2), gbp(u"-80.00"))
        == std::vector<Id> { s.txn[QStringLiteral("cheque")] });
    CHECK(txnsOf(file, s.lancs, QDate(2026, 11, 5), gbp(u"30.00"))
        == std::vector<Id> { s.txn[QStringLiteral("unbanked")] });
    // Its profile (Paid in / Paid out) replaced the October one, which no longer fits.
    CHECK(requireBankAccount(file, QString()).csvProfile.contains(u"paid_out=Paid out"));
    // At 31 October the cheque is still uncleared: it reached the bank on 2 November.
    CHECK(reconcileAccount(file, s.lancs, QDate(2026, 10, 31)).unclearedOut == gbp(u"80.00"));
    f = reconcileAccount(file, s.lancs, QDate(2026, 11, 5));
    CHECK(f.bankBalance == gbp(u"3562.50"));
    CHECK(f.uncleared.empty());
    CHECK(f.difference == Money());

    // The same file again adds nothing.
    const StatementImportResult again
        = importStatement(file, s.lancs, BankScenario::data("november-overlap.csv"));
    CHECK(again.added == 0);
    CHECK(again.alreadyThere == 3);

    // A statement that does not follow on is refused with both figures, file untouched.
    file.database().close();
    const QByteArray before = sha(s.t.path);
    file.database().open();
    CHECK_THROWS_WITH(importStatement(file, s.lancs, BankScenario::data("november-gap.csv")),
        Catch::Contains("the opening balance £3,600.00 does not follow on")
            && Catch::Contains("which give £3,562.50 at the end of 2026-11-15"));
    CHECK_THROWS_WITH(importStatement(file, s.lancs, BankScenario::data("bad-lines.csv")),
        Catch::Contains("bad-lines.csv:2: Date: \"31/09/2026\" is not a real date")
            && Catch::Contains("bad-lines.csv:3: both Paid in and Paid out have an amount")
            && Catch::Contains("bad-lines.csv:4: neither Paid in nor Paid out has an amount"));
    file.database().close();
    CHECK(sha(s.t.path) == before);
    file.database().open();
    CHECK(loadBankLines(file, s.lancs).size() == 8);

    // Undoing a locked match with a reason frees both sides.
    unmatchLine(file, fare1, QStringLiteral("fare belonged to P003's trip"));
    CHECK(txnsOf(file, s.lancs, QDate(2026, 10, 8), gbp(u"-25.00"), 0).empty());
}

TEST_CASE("reconciliation_overdue: more than reconcile_weeks since the last signed one")
{
    BankScenario s;
    ProviderFile &file = s.file();
    const auto overdue = [&](const QDate &d) {
        std::vector<Alert> out;
        for (const Alert &a : computeAlerts(file, d))
            if (a.rule == u"reconciliation_overdue")
                out.push_back(a);
        return out;
    };
    CHECK(overdue(QDate(2026, 11, 28)).empty()); // no statement yet: nothing to reconcile
    importStatement(file, s.lancs, BankScenario::data("october.csv"));
    // Never signed: counted from the first day the statements cover (its first line, 5
    // October: a CSV statement gives no period).
    CHECK(overdue(QDate(2026, 11, 9)).empty()); // 35 days
    auto a = overdue(QDate(2026, 11, 10));
    REQUIRE(a.size() == 1);
    CHECK(a[0].since == QDate(2026, 11, 10));
    CHECK(a[0].detail.contains(u"statements from 2026-10-05"));
    CHECK(a[0].subject == QStringLiteral("account:%1").arg(s.lancs));
    CHECK(a[0].detail.contains(u"never reconciled"));
    matchManually(file, { lineId(file, s.lancs, QDate(2026, 10, 8), gbp(u"-25.00"), 0) },
        { s.txn[QStringLiteral("taxi1")] });
    matchManually(file, { lineId(file, s.lancs, QDate(2026, 10, 8), gbp(u"-25.00"), 1) },
        { s.txn[QStringLiteral("taxi2")] });
    markBankError(file, lineId(file, s.lancs, QDate(2026, 10, 31), gbp(u"-7.50")),
        QStringLiteral("refund due"));
    signReconciliation(file, s.lancs, QDate(2026, 10, 31), QStringLiteral("signed"));
    CHECK(overdue(QDate(2026, 12, 5)).empty()); // 35 days after 31 October
    a = overdue(QDate(2026, 12, 6));
    REQUIRE(a.size() == 1);
    CHECK(a[0].since == QDate(2026, 12, 6));
    CHECK(a[0].detail.contains(u"2026-10-31 is 36 days old (limit 5 weeks)"));
    setReconcileWeeks(file, 6);
    CHECK(overdue(QDate(2026, 12, 12)).empty());
    CHECK(overdue(QDate(2026, 12, 13)).size() == 1);
}
