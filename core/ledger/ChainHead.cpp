// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "core/ledger/ChainHead.h"

#include "core/ledger/HashChain.h"
#include "core/storage/ProviderFile.h"
#include "core/storage/Sql.h"
#include "core/time/Dates.h"

namespace isf {

ChainHead chainHead(const ProviderFile &file, const QDate &periodEnd)
{
    ChainHead head;
    head.hash = genesisHash();
    SqlQuery last(file.database(),
        QStringLiteral("SELECT id, hash, (SELECT count(*) FROM transactions) FROM "
                       "transactions ORDER BY id DESC LIMIT 1"));
    last.exec("read the ledger");
    if (last.next()) {
        head.txnId = last.int64(0);
        head.hash = last.value(1).toByteArray();
        head.count = last.int64(2);
    }
    SqlQuery end(file.database(),
        QStringLiteral("SELECT id, hash FROM transactions WHERE txn_date <= ? ORDER BY id "
                       "DESC LIMIT 1"));
    end.bind({ isoDate(periodEnd) }).exec("read the ledger");
    if (end.next()) {
        head.periodEndTxnId = end.int64(0);
        head.periodEndHash = end.value(1).toByteArray();
    }
    return head;
}

} // namespace isf
