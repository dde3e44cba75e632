// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "core/integrity/RowCanon.h"

#include <QCryptographicHash>
#include <QHash>
#include <QSqlField>
#include <QSqlIndex>

#include <algorithm>

namespace isf {
namespace {

void field(QByteArray &out, QByteArrayView bytes)
{
    out.append(QByteArray::number(bytes.size()));
    out.append(':');
    out.append(bytes);
    out.append('|');
}

} // namespace

QStringList journalTables(const QSqlDatabase &db)
{
    static const QStringList excluded = { QStringLiteral("transactions"),
        QStringLiteral("postings"), QStringLiteral("balance_months"), QStringLiteral("audit_log"),
        QStringLiteral("journal_rows"), QStringLiteral("row_seals") };
    QStringList out;
    for (const QString &t : db.tables(QSql::Tables))
        if (!excluded.contains(t) && !t.startsWith(QLatin1String("sqlite_")))
            out << t;
    std::sort(out.begin(), out.end());
    return out;
}

QStringList keyColumns(const QSqlDatabase &db, const QString &table)
{
    QStringList out;
    const QSqlRecord all = db.record(table);
    if (all.indexOf(QStringLiteral("id")) >= 0)
        return { QStringLiteral("id") };
    const QSqlIndex pk = db.primaryIndex(table);
    for (int i = 0; i < pk.count(); ++i)
        out << pk.fieldName(i);
    if (out.isEmpty()) // no key: the whole row is its identity
        for (int i = 0; i < all.count(); ++i)
            out << all.fieldName(i);
    return out;
}

QString rowKey(const QSqlRecord &row, const QStringList &keyColumns)
{
    QStringList parts;
    for (const QString &c : keyColumns)
        parts << row.value(c).toString();
    return parts.join(u'/');
}

QByteArray rowHash(const QString &table, const QSqlRecord &row)
{
    QList<int> order;
    for (int i = 0; i < row.count(); ++i)
        order << i;
    std::sort(order.begin(), order.end(),
        [&](int a, int b) { return row.fieldName(a) < row.fieldName(b); });
    QByteArray c;
    c.reserve(256);
    field(c, "isf-row-v1");
    field(c, table.toUtf8());
    for (const int i : order) {
        const QVariant v = row.value(i);
        if (v.isNull())
            continue;
        field(c, row.fieldName(i).toUtf8());
        switch (v.metaType().id()) {
        case QMetaType::QByteArray:
            field(c, "b");
            field(c, v.toByteArray());
            break;
        case QMetaType::Double:
            field(c, "r");
            field(c, QByteArray::number(v.toDouble(), 'g', 17));
            break;
        case QMetaType::Int:
        case QMetaType::LongLong:
        case QMetaType::UInt:
        case QMetaType::ULongLong:
        case QMetaType::Bool:
            field(c, "i");
            field(c, QByteArray::number(v.toLongLong()));
            break;
        default:
            field(c, "t");
            field(c, v.toString().toUtf8());
        }
    }
    return QCryptographicHash::hash(c, QCryptographicHash::Sha256);
}

QString rowNoun(const QString &table)
{
    static const QHash<QString, QString> nouns = {
        { QStringLiteral("people"), QStringLiteral("person") },
        { QStringLiteral("councils"), QStringLiteral("council") },
        { QStringLiteral("agreements"), QStringLiteral("agreement") },
        { QStringLiteral("agreement_budgets"), QStringLiteral("agreement budget") },
        { QStringLiteral("agreement_uplifts"), QStringLiteral("agreement uplift") },
        { QStringLiteral("agreement_other_parts"), QStringLiteral("agreement part") },
        { QStringLiteral("delivery_plan_lines"), QStringLiteral("delivery plan line") },
        { QStringLiteral("policy_overrides"), QStringLiteral("policy override") },
        { QStringLiteral("suppliers"), QStringLiteral("supplier") },
        { QStringLiteral("categories"), QStringLiteral("category") },
        { QStringLiteral("accounts"), QStringLiteral("account") },
        { QStringLiteral("statements_issued"), QStringLiteral("issued statement") },
        { QStringLiteral("alerts"), QStringLiteral("alert") },
        { QStringLiteral("receipts"), QStringLiteral("receipt") },
        { QStringLiteral("hours_delivered"), QStringLiteral("delivered hours record") },
        { QStringLiteral("import_batches"), QStringLiteral("import batch") },
        { QStringLiteral("provider"), QStringLiteral("provider details") },
        { QStringLiteral("meta"), QStringLiteral("file setting") },
        { QStringLiteral("signing_keys"), QStringLiteral("signing key") },
        { QStringLiteral("checkpoints"), QStringLiteral("checkpoint") },
    };
    return nouns.value(table, table);
}

} // namespace isf
