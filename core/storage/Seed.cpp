// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "core/storage/Seed.h"

#include "core/storage/AuditLog.h"
#include "core/storage/ProviderFile.h"
#include "core/storage/Sql.h"

namespace isf {
namespace {

struct DefaultCategory {
    const char *name;
    bool managementFee;
    bool sharedCost;
};

// The default expense categories; management fee and shared support carry the
// flags that council policies check at entry.
constexpr DefaultCategory kCategories[] = {
    { "Personal care", false, false },
    { "Commissioned care", false, false },
    { "Personal assistant", false, false },
    { "Equipment", false, false },
    { "Activities", false, false },
    { "Transport", false, false },
    { "Household", false, false },
    { "Management fee", true, false },
    { "Shared support", false, true },
    { "Other", false, false },
};

qint64 addAccount(
    const QSqlDatabase &db, const QString &code, const QString &name, const char *kind)
{
    SqlQuery q(db, QStringLiteral("INSERT INTO accounts (code, name, kind) VALUES (?, ?, ?)"));
    q.bind({ code, name, QLatin1String(kind) }).exec("set up the accounts");
    return q.lastInsertId();
}

} // namespace

void seedNewFile(ProviderFile &file, const QString &providerName)
{
    const QSqlDatabase db = file.database();
    SqlQuery(db, QStringLiteral("INSERT INTO meta (key, value) VALUES ('application', 'ISF Desk')"))
        .exec("set up the provider file");
    SqlQuery(db, QStringLiteral("INSERT INTO provider (id, name) VALUES (1, ?)"))
        .bind({ providerName })
        .exec("save the provider");
    const qint64 bank = addAccount(
        db, QStringLiteral("bank:client"), QStringLiteral("Client bank account"), "bank");
    SqlQuery(db, QStringLiteral("INSERT INTO bank_accounts (account_id, is_default) VALUES (?, 1)"))
        .bind({ bank })
        .exec("set up the client bank account");
    addAccount(
        db, QStringLiteral("income:council_payment"), QStringLiteral("Council payments"), "income");
    addAccount(
        db, QStringLiteral("income:contribution"), QStringLiteral("Contributions"), "income");
    addAccount(
        db, QStringLiteral("equity:opening_balance"), QStringLiteral("Opening balances"), "equity");
    addAccount(db, QStringLiteral("expense:return_to_council"),
        QStringLiteral("Returns to council"), "expense");
    addAccount(
        db, QStringLiteral("suspense:adjustment"), QStringLiteral("Adjustments"), "suspense");
    int n = 0;
    for (const DefaultCategory &c : kCategories) {
        const qint64 account = addAccount(db, QStringLiteral("expense:category:%1").arg(++n),
            QString::fromUtf8(c.name), "expense");
        SqlQuery(db,
            QStringLiteral(
                "INSERT INTO categories (name, account_id, is_management_fee, is_shared_cost) "
                "VALUES (?, ?, ?, ?)"))
            .bind({ QString::fromUtf8(c.name), account, c.managementFee ? 1 : 0,
                c.sharedCost ? 1 : 0 })
            .exec("set up the expense categories");
    }
    audit(file, QStringLiteral("create"), QStringLiteral("provider"), 1, providerName);
}

} // namespace isf
