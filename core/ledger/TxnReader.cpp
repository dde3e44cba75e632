// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "core/ledger/TxnReader.h"

#include "core/storage/ProviderFile.h"
#include "core/storage/RowValues.h"
#include "core/storage/Sql.h"

namespace isf {

std::optional<PostedTxn> readTransaction(const ProviderFile &file, Id id)
{
    SqlQuery q(file.database(),
        QStringLiteral(
            "SELECT id, kind, txn_date, person_id, amount, category_id, supplier_id, reference, "
            "description, hours, rate, reverses_id, reason, batch_id, recorded_by, recorded_at, "
            "prev_hash, hash FROM transactions WHERE id = ?"));
    q.bind({ id }).exec("read the transaction");
    if (!q.next())
        return std::nullopt;
    PostedTxn t;
    t.id = q.int64(0);
    t.kind = parseTxnKind(q.text(1));
    t.date = toDate(q.value(2));
    t.personId = q.int64(3);
    t.amount = Money::fromPence(q.int64(4));
    t.categoryId = q.int64(5);
    t.supplierId = q.int64(6);
    t.reference = q.text(7);
    t.description = q.text(8);
    if (!q.isNull(9))
        t.hours = Hours::fromHundredths(q.int64(9));
    if (!q.isNull(10))
        t.rate = Money::fromPence(q.int64(10));
    t.reversesId = q.int64(11);
    t.reason = q.text(12);
    t.batchId = q.int64(13);
    t.recordedBy = q.text(14);
    t.recordedAt = q.text(15);
    t.prevHash = q.text(16);
    t.hash = q.text(17);
    SqlQuery p(file.database(),
        QStringLiteral(
            "SELECT account_id, person_id, amount FROM postings WHERE txn_id = ? ORDER BY id"));
    p.bind({ id }).exec("read the transaction");
    while (p.next())
        t.postings.push_back({ p.int64(0), p.int64(1), Money::fromPence(p.int64(2)) });
    return t;
}

} // namespace isf
