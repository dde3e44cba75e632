#include "ledger/HashChain.h"

#include <QCryptographicHash>

namespace isf {

QByteArray genesisHash()
{
    return QByteArray(64, '0');
}

QByteArray transactionHash(const PostedTxn &t, const QByteArray &previousHash)
{
    // Canonical form: fixed field order, integers in decimal, text as UTF-8 with its
    // length so that no two different transactions share a canonical string.
    QByteArray c;
    c.reserve(256);
    auto field = [&c](const QByteArray &v) {
        c += QByteArray::number(v.size());
        c += ':';
        c += v;
        c += '|';
    };
    auto number = [&](qint64 n) { field(QByteArray::number(n)); };
    field("isf-txn-v1");
    number(t.id);
    field(txnKindCode(t.kind).toUtf8());
    field(t.date.toString(Qt::ISODate).toUtf8());
    number(t.personId);
    number(t.amount.pence());
    number(t.categoryId);
    number(t.supplierId);
    field(t.reference.toUtf8());
    field(t.description.toUtf8());
    field(t.hours ? QByteArray::number(t.hours->hundredths()) : QByteArray());
    field(t.rate ? QByteArray::number(t.rate->pence()) : QByteArray());
    number(t.reversesId);
    field(t.reason.toUtf8());
    field(t.recordedBy.toUtf8());
    field(t.recordedAt.toUtf8());
    for (const Posting &p : t.postings) {
        number(p.accountId);
        number(p.personId);
        number(p.amount.pence());
    }
    field(previousHash);
    return QCryptographicHash::hash(c, QCryptographicHash::Sha256).toHex();
}

} // namespace isf
