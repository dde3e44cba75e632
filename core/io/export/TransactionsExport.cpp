// The transactions export: every posted entry in the order it was posted, in the
// import's layout. Streams from one query.
#include "io/export/ExportWriter.h"
#include "ledger/Entry.h"
#include "storage/ProviderFile.h"
#include "storage/RowValues.h"
#include "storage/Sql.h"

namespace isf {

qint64 exportTransactions(const ProviderFile &file, ExportWriter &w)
{
    // For a reversal, the fund change is read from its bank postings; other entries
    // carry their own amount and type.
    SqlQuery q(file.database(),
        QStringLiteral(
            "SELECT t.id, t.kind, t.txn_date, pe.ref, t.amount, c.name, s.name, t.reference, "
            "t.description, t.hours, t.rate, t.reverses_id, t.reason, "
            "CASE WHEN t.kind = 'reversal' THEN (SELECT coalesce(sum(p.amount), 0) FROM postings p "
            "WHERE p.txn_id = t.id AND p.person_id = t.person_id AND p.account_id IN "
            "(SELECT id FROM accounts WHERE kind = 'bank')) END "
            "FROM transactions t JOIN people pe ON pe.id = t.person_id "
            "LEFT JOIN categories c ON c.id = t.category_id "
            "LEFT JOIN suppliers s ON s.id = t.supplier_id "
            "WHERE t.kind <> 'transfer' ORDER BY t.id"));
    q.exec("export the transactions");
    while (q.next()) {
        const QString kind = q.text(1);
        const bool reversal = kind == u"reversal";
        Money amount = Money::fromPence(q.int64(4));
        if (reversal) {
            amount = Money::fromPence(q.int64(13));
            if (amount.isZero())
                continue; // the reversal of a transfer: no fund moved
        }
        w.text(q.text(3));
        w.text(q.text(2));
        w.text(reversal ? QStringLiteral("adjustment") : kind);
        w.money(amount);
        w.text(reversal ? QString() : q.text(5));
        w.text(q.text(6));
        w.text(q.text(7));
        if (reversal) {
            const QString reason = q.text(12);
            w.text(QStringLiteral("reversal of transaction %1%2")
                       .arg(q.int64(11))
                       .arg(reason.isEmpty() ? QString() : QStringLiteral(": ") + reason));
        } else {
            w.text(q.text(8));
        }
        if (reversal || q.isNull(9))
            w.blank();
        else
            w.number(Hours::fromHundredths(q.int64(9)).toString());
        if (reversal || q.isNull(10))
            w.blank();
        else
            w.money(Money::fromPence(q.int64(10)));
        w.number(QString::number(q.int64(0)));
        w.endRow();
    }
    return w.finish();
}

} // namespace isf
