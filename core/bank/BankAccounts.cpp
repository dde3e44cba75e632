// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "core/bank/BankAccounts.h"

#include "core/storage/AuditLog.h"
#include "core/storage/PersonStore.h"
#include "core/storage/ProviderFile.h"
#include "core/storage/ReferenceStore.h"
#include "core/storage/RowValues.h"
#include "core/storage/Sql.h"
#include "core/util/Errors.h"

#include <QHash>
#include <QRegularExpression>

namespace isf {
namespace {

void loadHoldings(const ProviderFile &file, std::vector<BankAccount> &accounts)
{
    SqlQuery q(file.database(),
        QStringLiteral("SELECT h.account_id, h.council_id, c.name, h.person_id, p.ref FROM "
                       "bank_account_holds h LEFT JOIN councils c ON c.id = h.council_id "
                       "LEFT JOIN people p ON p.id = h.person_id ORDER BY c.name, p.ref"));
    q.exec("read the bank accounts");
    while (q.next())
        for (BankAccount &a : accounts) {
            if (a.id != q.int64(0))
                continue;
            if (!q.isNull(1)) {
                a.councilIds.push_back(q.int64(1));
                a.councilNames << q.text(2);
            }
            if (!q.isNull(3)) {
                a.personIds.push_back(q.int64(3));
                a.personRefs << q.text(4);
            }
        }
}

} // namespace

QString BankAccount::maskedNumber() const
{
    if (accountNumber.isEmpty())
        return QString();
    return QStringLiteral("****") + accountNumber.right(4);
}

QString normaliseSortCode(const QString &text)
{
    QString digits = text.trimmed();
    digits.remove(u'-');
    digits.remove(u' ');
    static const QRegularExpression six(QStringLiteral("^[0-9]{6}$"));
    if (!six.match(digits).hasMatch())
        throw InputError(
            QStringLiteral("\"%1\" is not a sort code: give six digits, such as 12-34-56.")
                .arg(text));
    return digits.left(2) + u'-' + digits.mid(2, 2) + u'-' + digits.right(2);
}

std::vector<BankAccount> listBankAccounts(const ProviderFile &file)
{
    SqlQuery q(file.database(),
        QStringLiteral("SELECT a.id, a.name, a.code, b.sort_code, b.account_number, "
                       "b.is_default, b.csv_profile, b.opening_balance, b.opening_date FROM "
                       "accounts a JOIN bank_accounts b ON b.account_id = a.id WHERE a.kind = "
                       "'bank' ORDER BY b.is_default DESC, a.name"));
    q.exec("read the bank accounts");
    std::vector<BankAccount> out;
    while (q.next()) {
        BankAccount a;
        a.id = q.int64(0);
        a.name = q.text(1);
        a.code = q.text(2);
        a.sortCode = q.text(3);
        a.accountNumber = q.text(4);
        a.isDefault = q.int64(5) != 0;
        a.csvProfile = q.text(6);
        if (!q.isNull(7))
            a.openingBalance = Money::fromPence(q.int64(7));
        a.openingDate = toDate(q.value(8));
        out.push_back(std::move(a));
    }
    loadHoldings(file, out);
    return out;
}

std::optional<BankAccount> bankAccountById(const ProviderFile &file, Id id)
{
    for (BankAccount &a : listBankAccounts(file))
        if (a.id == id)
            return std::move(a);
    return std::nullopt;
}

BankAccount requireBankAccount(const ProviderFile &file, const QString &name)
{
    const std::vector<BankAccount> accounts = listBankAccounts(file);
    QStringList names;
    for (const BankAccount &a : accounts) {
        if (name.isEmpty() ? a.isDefault : a.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return a;
        names << a.name;
    }
    if (name.isEmpty())
        throw InputError(QStringLiteral("The file has no default client bank account."));
    throw InputError(
        QStringLiteral("There is no client bank account called \"%1\"; the file has: %2.")
            .arg(name, names.join(QStringLiteral(", "))));
}

Id saveBankAccount(const ProviderFile &file, const BankAccountDetails &d)
{
    const QString name = d.name.trimmed();
    if (name.isEmpty())
        throw InputError(QStringLiteral("A bank account needs a name."));
    QString sortCode, number;
    if (d.sortCode && !d.sortCode->trimmed().isEmpty())
        sortCode = normaliseSortCode(*d.sortCode);
    if (d.accountNumber && !d.accountNumber->trimmed().isEmpty()) {
        number = d.accountNumber->trimmed();
        number.remove(u' ');
        static const QRegularExpression eight(QStringLiteral("^[0-9]{8}$"));
        if (!eight.match(number).hasMatch())
            throw InputError(QStringLiteral("\"%1\" is not an account number: give eight digits.")
                                 .arg(*d.accountNumber));
    }
    std::vector<Id> councils, people;
    if (d.councils)
        for (const QString &c : *d.councils) {
            const auto council = findCouncil(file, c.trimmed());
            if (!council)
                throw InputError(QStringLiteral("There is no council called \"%1\".").arg(c));
            councils.push_back(council->id);
        }
    if (d.people)
        for (const QString &p : *d.people)
            people.push_back(requirePerson(file, p.trimmed()).id);

    const QSqlDatabase db = file.database();
    WriteTransaction txn(db);
    Id id = 0;
    for (const BankAccount &a : listBankAccounts(file))
        if (a.name.compare(name, Qt::CaseInsensitive) == 0)
            id = a.id;
    const bool created = id == 0;
    if (created) {
        const int n
            = scalar(db, QStringLiteral("SELECT count(*) FROM accounts WHERE kind = 'bank'"), {},
                "add the bank account")
                  .toInt();
        SqlQuery add(
            db, QStringLiteral("INSERT INTO accounts (code, name, kind) VALUES (?, ?, 'bank')"));
        add.bind({ QStringLiteral("bank:client:%1").arg(n + 1), name })
            .exec("add the bank account");
        id = add.lastInsertId();
        SqlQuery(db, QStringLiteral("INSERT INTO bank_accounts (account_id) VALUES (?)"))
            .bind({ id })
            .exec("add the bank account");
    }
    if (d.sortCode)
        SqlQuery(db, QStringLiteral("UPDATE bank_accounts SET sort_code = ? WHERE account_id = ?"))
            .bind({ sortCode, id })
            .exec("save the bank account");
    if (d.accountNumber)
        SqlQuery(
            db, QStringLiteral("UPDATE bank_accounts SET account_number = ? WHERE account_id = ?"))
            .bind({ number, id })
            .exec("save the bank account");
    if (d.councils || d.people) {
        SqlQuery(db, QStringLiteral("DELETE FROM bank_account_holds WHERE account_id = ?"))
            .bind({ id })
            .exec("save what the bank account holds");
        for (Id c : councils)
            SqlQuery(db,
                QStringLiteral(
                    "INSERT INTO bank_account_holds (account_id, council_id) VALUES (?, ?)"))
                .bind({ id, c })
                .exec("save what the bank account holds");
        for (Id p : people)
            SqlQuery(db,
                QStringLiteral(
                    "INSERT INTO bank_account_holds (account_id, person_id) VALUES (?, ?)"))
                .bind({ id, p })
                .exec("save what the bank account holds");
    }
    audit(file, created ? QStringLiteral("create") : QStringLiteral("update"),
        QStringLiteral("bank_account"), id,
        QStringLiteral("%1 %2 %3")
            .arg(name, sortCode,
                number.isEmpty() ? QString() : QStringLiteral("****") + number.right(4)));
    txn.commit();
    return id;
}

void saveCsvProfile(const ProviderFile &file, Id accountId, const QString &profile)
{
    SqlQuery(file.database(),
        QStringLiteral("UPDATE bank_accounts SET csv_profile = ? WHERE account_id = ?"))
        .bind({ profile, accountId })
        .exec("save the statement column profile");
    audit(file, QStringLiteral("update"), QStringLiteral("bank_account"), accountId,
        QStringLiteral("CSV profile %1").arg(profile));
}

} // namespace isf
