// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
// The ledger's batch mode (used by imports and the generator) writes exactly what
// posting one entry at a time writes, and the hash format has not moved.
#include "core/ledger/HashChain.h"
#include "core/ledger/Ledger.h"
#include "core/ledger/LedgerQueries.h"
#include "core/ledger/Verify.h"
#include "core/storage/ReferenceStore.h"
#include "core/storage/Sql.h"
#include "tests/support/Fixtures.h"
#include "tests/support/catch.h"

using namespace isf;

namespace {

std::vector<NewEntry> entries(TestFile &t, Id person)
{
    const Id care = findCategory(*t, QStringLiteral("Personal care"))->id;
    std::vector<NewEntry> out;
    for (int i = 0; i < 75; ++i) { // more than two statements' worth, and a remainder
        NewEntry e;
        e.personId = person;
        e.date = QDate(2026, 1, 1).addDays(i * 3);
        if (i % 3 == 0) {
            e.kind = TxnKind::CouncilPayment;
            e.amount = Money::fromPence(100000 + i);
            e.reference = QStringLiteral("REM-%1").arg(i);
        } else {
            e.kind = TxnKind::Expense;
            e.categoryId = care;
            e.hours = Hours::fromHundredths(700 + i * 25);
            e.rate = Money::fromPence(2186);
            e.description = QStringLiteral("Support w/c %1 — café").arg(i);
        }
        out.push_back(e);
    }
    return out;
}

QStringList hashes(TestFile &t)
{
    QStringList out;
    SqlQuery q(t.file->database(), QStringLiteral("SELECT hash FROM transactions ORDER BY id"));
    q.exec("read");
    while (q.next())
        out << q.text(0);
    return out;
}

} // namespace

TEST_CASE(
    "batch mode writes the same transactions, postings, hashes and month totals as single posts")
{
    TestFile one, batch;
    const Id p1 = one.addPerson(QStringLiteral("P001"), one.addCouncil());
    const Id p2 = batch.addPerson(QStringLiteral("P001"), batch.addCouncil());
    Ledger single(*one);
    for (const NewEntry &e : entries(one, p1))
        single.post(e);
    single.reverse(5, QStringLiteral("Wrong hours"), QDate(2026, 6, 1));

    Ledger bulk(*batch);
    WriteTransaction txn(batch.file->database());
    bulk.beginBatch();
    for (const NewEntry &e : entries(batch, p2))
        bulk.post(e);
    bulk.reverse(5, QStringLiteral("Wrong hours"), QDate(2026, 6, 1)); // flushes what is queued
    bulk.finishBatch();
    txn.commit();

    CHECK(hashes(batch) == hashes(one));
    CHECK(hashes(batch).size() == 76);
    CHECK(verifyFile(*batch).ok());
    for (QDate d(2026, 1, 1); d <= QDate(2026, 9, 30); d = d.addDays(10))
        CHECK(balanceAt(*batch, p2, d) == balanceAt(*one, p1, d));
}

TEST_CASE("the hash of a transaction is the one the format fixed")
{
    PostedTxn t;
    t.id = 1;
    t.kind = TxnKind::OpeningBalance;
    t.date = QDate(2026, 4, 1);
    t.personId = 1;
    t.amount = Money::fromPence(10000);
    t.recordedBy = QStringLiteral("tester");
    t.recordedAt = QStringLiteral("2026-11-28T12:00:00Z");
    t.postings = { { 1, 1, Money::fromPence(10000) }, { 4, 1, Money::fromPence(-10000) } };
    CHECK(transactionHash(t, genesisHash())
        == "881f230f0a2adff7d6e15aa9c5377ac29f75a9c5179e643e67c58f3d68b9071f");
}
