// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
// The transactions export: every posted entry in the order it was posted, in the
// import's layout. Streams from one query.
#include "core/export/ExportWriter.h"
#include "core/ledger/Entry.h"
#include "core/storage/ProviderFile.h"
#include "core/storage/Sql.h"

namespace isf {

qint64 exportTransactions(const ProviderFile &file, ExportWriter &w)
{
    // A reversal is written as a reversal row naming the txn_id it reverses, with its
    // reason as the description, so that an import reverses the same entry. Transfers
    // between bank accounts (and their reversals) move no fund and cannot be imported.
    SqlQuery q(file.database(),
        QStringLiteral(
            "SELECT t.id, t.kind, t.txn_date, pe.ref, t.amount, c.name, s.name, t.reference, "
            "t.description, t.hours, t.rate, t.reverses_id, t.reason "
            "FROM transactions t JOIN people pe ON pe.id = t.person_id "
            "LEFT JOIN categories c ON c.id = t.category_id "
            "LEFT JOIN suppliers s ON s.id = t.supplier_id "
            "LEFT JOIN transactions o ON o.id = t.reverses_id "
            "WHERE t.kind <> 'transfer' AND (o.kind IS NULL OR o.kind <> 'transfer') "
            "ORDER BY t.id"));
    q.exec("export the transactions");
    while (q.next()) {
        const QString kind = q.text(1);
        const bool reversal = kind == u"reversal";
        w.text(q.text(3));
        w.text(q.text(2));
        w.text(kind);
        w.money(Money::fromPence(q.int64(4)));
        w.text(q.text(5));
        w.text(q.text(6));
        w.text(q.text(7));
        w.text(reversal ? q.text(12) : q.text(8));
        if (q.isNull(9))
            w.blank();
        else
            w.number(Hours::fromHundredths(q.int64(9)).toString());
        if (q.isNull(10))
            w.blank();
        else
            w.money(Money::fromPence(q.int64(10)));
        w.number(QString::number(q.int64(0)));
        if (reversal)
            w.number(QString::number(q.int64(11)));
        else
            w.blank();
        w.endRow();
    }
    return w.finish();
}

} // namespace isf
