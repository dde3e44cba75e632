// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
// The app's table models checked by QAbstractItemModelTester, with numeric sorting on
// the raw role and paged fetching of long ledgers.
#include "core/ledger/Ledger.h"
#include "core/storage/ReferenceStore.h"
#include "core/storage/Sql.h"
#include "tests/support/Fixtures.h"
#include "tests/support/catch.h"
#include "ui/common/Format.h"
#include "ui/people/PeopleFilter.h"
#include "ui/people/PeopleModel.h"
#include "ui/person/LedgerModel.h"

#include <QAbstractItemModelTester>
#include <QDate>

using namespace isf;
using namespace isf::ui;

TEST_CASE("People model and filter pass the model tester; money sorts as numbers")
{
    TestFile tf;
    const Id council = tf.addCouncil();
    Ledger ledger(*tf);
    const char16_t *amounts[] = { u"900.00", u"1000.00", u"80.00" };
    for (int i = 0; i < 3; ++i) {
        const Id pid = tf.addPerson(
            QStringLiteral("P%1").arg(i + 1), council, QStringLiteral("Given%1").arg(i));
        tf.addAgreement(pid, QDate(2026, 11, 2), gbp(u"500.00"));
        NewEntry e;
        e.kind = TxnKind::CouncilPayment;
        e.date = QDate(2026, 11, 2);
        e.personId = pid;
        e.amount = gbp(amounts[i]);
        ledger.post(e);
    }
    PeopleModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setRows(loadPeopleRows(*tf, tf.clock.today()));
    REQUIRE(model.rowCount() == 3);
    CHECK(model.index(1, PeopleModel::Balance).data().toString() == QStringLiteral("£1,000.00"));
    CHECK(model.index(1, PeopleModel::Balance).data(SortRole).toLongLong() == 100000);
    CHECK(model.index(0, PeopleModel::Balance).data(Qt::TextAlignmentRole).value<Qt::Alignment>()
        & Qt::AlignRight);

    PeopleFilter filter;
    QAbstractItemModelTester filterTester(
        &filter, QAbstractItemModelTester::FailureReportingMode::Fatal);
    filter.setSourceModel(&model);
    filter.sort(PeopleModel::Balance, Qt::DescendingOrder);
    // As text "£900.00" > "£80.00" > "£1,000.00"; as numbers 1000 > 900 > 80.
    CHECK(filter.index(0, PeopleModel::Ref).data().toString() == QStringLiteral("P2"));
    CHECK(filter.index(2, PeopleModel::Ref).data().toString() == QStringLiteral("P3"));
    filter.setSearch(QStringLiteral("given1"));
    REQUIRE(filter.rowCount() == 1);
    CHECK(filter.index(0, PeopleModel::Ref).data().toString() == QStringLiteral("P2"));
    filter.setSearch(QString());
    filter.setCouncil(QStringLiteral("Nowhere Council"));
    CHECK(filter.rowCount() == 0);
}

TEST_CASE("The ledger model pages with fetchMore and keeps the running balance across pages")
{
    TestFile tf;
    const Id council = tf.addCouncil();
    const Id pid = tf.addPerson(QStringLiteral("P1"), council);
    tf.addAgreement(pid, QDate(2026, 1, 5), gbp(u"500.00"));
    const int n = LedgerModel::kPageSize * 2 + 17;
    {
        WriteTransaction txn(tf.file->database());
        Ledger ledger(*tf);
        ledger.beginBatch();
        for (int i = 0; i < n; ++i) {
            NewEntry e;
            e.kind = TxnKind::CouncilPayment;
            e.date = QDate(2026, 1, 5).addDays(i / 3);
            e.personId = pid;
            e.amount = Money::fromPence(100);
            ledger.post(e);
        }
        ledger.finishBatch();
        txn.commit();
    }
    LedgerModel model;
    model.setSource(tf.file.get(), pid, LedgerFilter { QDate(2000, 1, 1), QDate(2030, 1, 1) });
    CHECK(model.totalLines() == n);
    CHECK(model.rowCount() == LedgerModel::kPageSize);
    REQUIRE(model.canFetchMore({}));
    model.fetchMore({});
    CHECK(model.rowCount() == 2 * LedgerModel::kPageSize);
    // The tester is attached after the reset: Qt 6.4's tester fetches more while it is
    // still handling a reset and then reports the insert as overlapping the reset.
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.fetchAll();
    CHECK(model.rowCount() == n);
    CHECK_FALSE(model.canFetchMore({}));
    CHECK(model.line(n - 1).running == Money::fromPence(100LL * n));
    CHECK(model.index(n - 1, LedgerModel::Balance).data().toString()
        == Money::fromPence(100LL * n).display());

    // Narrowed to a supplier with no entries: nothing, and the tester stays happy.
    model.setSource(
        tf.file.get(), pid, LedgerFilter { QDate(2000, 1, 1), QDate(2030, 1, 1), 0, 999 });
    CHECK(model.rowCount() == 0);
}

TEST_CASE("The ledger filter by category keeps the whole fund's running balance")
{
    TestFile tf;
    const Id council = tf.addCouncil();
    const Id pid = tf.addPerson(QStringLiteral("P1"), council);
    tf.addAgreement(pid, QDate(2026, 1, 5), gbp(u"500.00"));
    Ledger ledger(*tf);
    NewEntry pay;
    pay.kind = TxnKind::CouncilPayment;
    pay.date = QDate(2026, 1, 5);
    pay.personId = pid;
    pay.amount = gbp(u"1000.00");
    ledger.post(pay);
    const Id transport = findCategory(*tf, QStringLiteral("Transport"))->id;
    const Id care = findCategory(*tf, QStringLiteral("Personal care"))->id;
    for (const auto &[cat, amount] :
        { std::pair { care, u"100.00" }, std::pair { transport, u"20.00" } }) {
        NewEntry e;
        e.kind = TxnKind::Expense;
        e.date = QDate(2026, 1, 6);
        e.personId = pid;
        e.categoryId = cat;
        e.amount = gbp(amount);
        ledger.post(e);
    }
    LedgerModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSource(
        tf.file.get(), pid, LedgerFilter { QDate(2000, 1, 1), QDate(2030, 1, 1), transport, 0 });
    REQUIRE(model.rowCount() == 1);
    CHECK(model.line(0).change == -gbp(u"20.00"));
    CHECK(model.line(0).running == gbp(u"880.00"));
}
