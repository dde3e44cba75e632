// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
// The second account through OFX (October) and CAMT.053 (November): a remittance for
// two people, interest with no ledger entry (entered from the line), a pending CAMT
// entry left out, a re-import of the OFX, and bad CAMT elements named by line.
#include "core/bank/BankMatching.h"
#include "core/bank/BankStore.h"
#include "core/bank/MatchStore.h"
#include "core/bank/Reconciliation.h"
#include "core/bank/StatementImport.h"
#include "core/ledger/LedgerQueries.h"
#include "core/util/Errors.h"
#include "tests/support/bank/BankScenario.h"
#include "tests/support/catch.h"

using namespace isf;

TEST_CASE("Dorset: OFX then CAMT.053 into the second account")
{
    BankScenario s;
    ProviderFile &file = s.file();
    // The statement names its account: importing it into the other one is refused.
    CHECK_THROWS_WITH(importStatement(file, s.lancs, BankScenario::data("dorset-october.ofx")),
        Catch::Contains(
            "the statement is for account 203040 20304087654321, not Client bank account"));
    const StatementImportResult ofx
        = importStatement(file, s.dorset, BankScenario::data("dorset-october.ofx"));
    CHECK(ofx.format == u"ofx");
    CHECK(ofx.lines == 3);
    CHECK(ofx.opening == gbp(u"500.00"));
    CHECK(ofx.closing == gbp(u"1790.42"));
    CHECK(ofx.autoMatched == 2);
    std::vector<BankLine> lines = loadBankLines(file, s.dorset);
    REQUIRE(lines.size() == 3);
    CHECK(lines[0].key == u"id:2026100201"); // the FITID
    CHECK(lines[0].date == QDate(2026, 10, 2));
    CHECK(lines[0].description == u"DORSET COUNCIL BACS DOR-55");
    CHECK(matchGroup(file, lines[0].groupId)->txnIds
        == std::vector<Id> { s.txn[QStringLiteral("dor55a")], s.txn[QStringLiteral("dor55b")] });
    CHECK(matchGroup(file, lines[1].groupId)->txnIds
        == std::vector<Id> { s.txn[QStringLiteral("daycentre")] });
    CHECK(lines[2].amount == gbp(u"0.42"));
    CHECK(lines[2].groupId == 0);

    ReconciliationFigures f = reconcileAccount(file, s.dorset, QDate(2026, 10, 31));
    CHECK(f.bankBalance == gbp(u"1790.42"));
    CHECK(f.ledgerBalance == gbp(u"1790.00"));
    CHECK(f.unmatchedIn == gbp(u"0.42"));
    CHECK(f.difference == gbp(u"0.42"));
    // The interest, entered from its line in one step (the wrong way round is refused).
    NewEntry wrong;
    wrong.kind = TxnKind::ReturnToCouncil;
    wrong.personId = s.person[QStringLiteral("D001")];
    CHECK_THROWS_WITH(createEntryForLine(file, lines[2].id, wrong),
        Catch::Contains("The bank line is money in, but a return to council is money out"));
    NewEntry interest;
    interest.kind = TxnKind::Adjustment;
    interest.personId = s.person[QStringLiteral("D001")];
    const Id txn = createEntryForLine(file, lines[2].id, interest);
    CHECK(balanceAt(file, s.person[QStringLiteral("D001")], QDate(2026, 10, 31)) == gbp(u"940.42"));
    CHECK(matchGroup(file, bankLineById(file, lines[2].id)->groupId)->txnIds
        == std::vector<Id> { txn });
    f = reconcileAccount(file, s.dorset, QDate(2026, 10, 31));
    CHECK(f.difference == Money());
    CHECK(f.ledgerBalance == gbp(u"1790.42"));
    CHECK(f.fundsTotal == gbp(u"1790.42"));
    // The default account is untouched by all this.
    CHECK_THROWS_WITH(reconcileAccount(file, s.lancs, QDate(2026, 10, 31)),
        Catch::Contains("No bank statement has been imported for Client bank account yet"));

    const StatementImportResult camt
        = importStatement(file, s.dorset, BankScenario::data("dorset-november.xml"));
    CHECK(camt.format == u"camt053");
    CHECK(camt.lines == 2); // the pending entry is not on the booked balance
    CHECK(camt.opening == gbp(u"1790.42"));
    CHECK(camt.closing == gbp(u"1770.42"));
    CHECK(camt.autoMatched == 2); // Town Taxis by the creditor's name, D002 by reference
    lines = loadBankLines(file, s.dorset);
    REQUIRE(lines.size() == 5);
    CHECK(lines[3].key == u"id:CAMT-0001");
    CHECK(lines[3].description == u"Town Taxis FARE 2 NOV");
    CHECK(lines[4].reference == u"D002-NOV");
    CHECK(matchGroup(file, lines[3].groupId)->txnIds
        == std::vector<Id> { s.txn[QStringLiteral("dorsettaxi")] });
    CHECK(matchGroup(file, lines[4].groupId)->txnIds
        == std::vector<Id> { s.txn[QStringLiteral("d002contribution")] });
    f = reconcileAccount(file, s.dorset, QDate(2026, 11, 28));
    CHECK(f.bankBalance == gbp(u"1770.42"));
    CHECK(f.ledgerBalance == gbp(u"1770.42"));
    CHECK(f.difference == Money());
    CHECK(f.statementsThrough == QDate(2026, 11, 30)); // the statement's own period
    CHECK(requireBankAccount(file, QStringLiteral("Dorset client account")).openingDate
        == QDate(2026, 9, 30)); // the OFX period began on 1 October

    // October again: every line is already there.
    const StatementImportResult again
        = importStatement(file, s.dorset, BankScenario::data("dorset-october.ofx"));
    CHECK(again.added == 0);
    CHECK(again.alreadyThere == 3);

    CHECK_THROWS_WITH(importStatement(file, s.dorset, BankScenario::data("dorset-bad.xml")),
        Catch::Contains("dorset-bad.xml:6: Ntry/Amt: ")
            && Catch::Contains(
                "dorset-bad.xml:10: Ntry/CdtDbtInd: must be CRDT or DBIT, not \"DEBIT\""));
    CHECK(loadBankLines(file, s.dorset).size() == 5);
}
