// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "tests/support/bank/BankScenario.h"

#include "core/import/Importer.h"
#include "core/import/RulesImports.h"
#include "core/ledger/Ledger.h"
#include "core/storage/ReferenceStore.h"
#include "core/storage/Sql.h"
#include "tests/support/catch.h"

using namespace isf;

QString BankScenario::data(const char *name)
{
    return QStringLiteral(ISF_TEST_DATA_DIR "/bank/") + QLatin1String(name);
}

Id BankScenario::post(const QString &name, TxnKind kind, const QString &ref, const QDate &date,
    const char16_t *amount, const QString &supplier, const QString &reference, Id bank)
{
    NewEntry e;
    e.kind = kind;
    e.personId = person.value(ref);
    e.date = date;
    e.amount = gbp(amount);
    e.reference = reference;
    e.bankAccountId = bank;
    if (!supplier.isEmpty()) {
        if (const auto s = findSupplier(*t, supplier))
            e.supplierId = s->id;
        else {
            Supplier s2;
            s2.name = supplier;
            e.supplierId = saveSupplier(*t, s2);
        }
    }
    if (kind == TxnKind::Expense)
        e.categoryId = findCategory(*t, QStringLiteral("Transport"))->id;
    const Id id = Ledger(*t).post(e);
    if (!name.isEmpty())
        txn.insert(name, id);
    return id;
}

std::vector<Id> BankScenario::remittance(const QString &reference) const
{
    SqlQuery q(t.file->database(),
        QStringLiteral("SELECT t.id FROM transactions t JOIN people p ON p.id = t.person_id WHERE "
                       "t.reference = ? ORDER BY p.ref"));
    q.bind({ reference }).exec("test");
    std::vector<Id> out;
    while (q.next())
        out.push_back(q.int64(0));
    return out;
}

BankScenario::BankScenario()
{
    const Id lancashire = t.addCouncil();
    const Id dorsetCouncil
        = t.addCouncil(QStringLiteral("Dorset Council"), QStringLiteral("dorset"));
    for (const char *ref : { "P001", "P002", "P003" })
        person.insert(QLatin1String(ref), t.addPerson(QLatin1String(ref), lancashire));
    for (const char *ref : { "D001", "D002" })
        person.insert(QLatin1String(ref), t.addPerson(QLatin1String(ref), dorsetCouncil));
    lancs = requireBankAccount(*t, QString()).id;
    BankAccountDetails d;
    d.name = QStringLiteral("Client bank account");
    d.sortCode = QStringLiteral("401122");
    d.accountNumber = QStringLiteral("12345678");
    d.councils = QStringList { QStringLiteral("Lancashire County Council") };
    saveBankAccount(*t, d);
    d.name = QStringLiteral("Dorset client account");
    d.sortCode = QStringLiteral("20-30-40");
    d.accountNumber = QStringLiteral("87654321");
    d.councils = QStringList { QStringLiteral("Dorset Council") };
    dorset = saveBankAccount(*t, d);

    const QDate sep30(2026, 9, 30);
    post({}, TxnKind::OpeningBalance, QStringLiteral("P001"), sep30, u"1000.00");
    post({}, TxnKind::OpeningBalance, QStringLiteral("P002"), sep30, u"500.00");
    post({}, TxnKind::OpeningBalance, QStringLiteral("P003"), sep30, u"250.00");
    addRulesImports();
    importCsvFile(*t, QStringLiteral("remittances"), data("remittance-rem1001.csv"));
    post(QStringLiteral("contribution"), TxnKind::Contribution, QStringLiteral("P002"),
        QDate(2026, 10, 6), u"40.00");
    post(QStringLiteral("taxi1"), TxnKind::Expense, QStringLiteral("P001"), QDate(2026, 10, 8),
        u"25.00", QStringLiteral("Town Taxis"));
    post(QStringLiteral("taxi2"), TxnKind::Expense, QStringLiteral("P003"), QDate(2026, 10, 8),
        u"25.00", QStringLiteral("Town Taxis"));
    post(QStringLiteral("brightday"), TxnKind::Expense, QStringLiteral("P002"), QDate(2026, 10, 10),
        u"120.00", QStringLiteral("Bright Day Services Ltd"), QStringLiteral("INV-77"));
    post(QStringLiteral("cheque"), TxnKind::Expense, QStringLiteral("P003"), QDate(2026, 10, 20),
        u"80.00", QStringLiteral("Garden Helpers"), QStringLiteral("CHQ 100234"));
    post(QStringLiteral("unbanked"), TxnKind::Contribution, QStringLiteral("P001"),
        QDate(2026, 10, 30), u"30.00");

    post({}, TxnKind::OpeningBalance, QStringLiteral("D001"), sep30, u"300.00", {}, {}, dorset);
    post({}, TxnKind::OpeningBalance, QStringLiteral("D002"), sep30, u"200.00", {}, {}, dorset);
    post(QStringLiteral("dor55a"), TxnKind::CouncilPayment, QStringLiteral("D001"),
        QDate(2026, 10, 1), u"700.00", {}, QStringLiteral("DOR-55"), dorset);
    post(QStringLiteral("dor55b"), TxnKind::CouncilPayment, QStringLiteral("D002"),
        QDate(2026, 10, 1), u"650.00", {}, QStringLiteral("DOR-55"), dorset);
    post(QStringLiteral("daycentre"), TxnKind::Expense, QStringLiteral("D001"), QDate(2026, 10, 9),
        u"60.00", QStringLiteral("Day Centre"), QStringLiteral("DC-9"), dorset);
    post(QStringLiteral("dorsettaxi"), TxnKind::Expense, QStringLiteral("D002"), QDate(2026, 11, 2),
        u"45.00", QStringLiteral("Town Taxis"), {}, dorset);
    post(QStringLiteral("d002contribution"), TxnKind::Contribution, QStringLiteral("D002"),
        QDate(2026, 11, 4), u"25.00", {}, {}, dorset);
}
