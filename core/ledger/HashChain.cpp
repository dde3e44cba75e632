// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "core/ledger/HashChain.h"

#include <QCryptographicHash>

#include <array>

namespace isf {
namespace {

// The canonical form is built in one buffer without temporary strings where it can
// be: the ledger hashes every transaction it posts, so this is on the hot path of
// imports and the demo generator. The bytes are exactly those of the original form:
// each field is its length in decimal, ':', its bytes, '|'.
class Canonical {
public:
    Canonical() { m_bytes.reserve(512); }

    void field(QByteArrayView v)
    {
        appendDecimal(v.size());
        m_bytes.append(':');
        m_bytes.append(v);
        m_bytes.append('|');
    }
    void text(const QString &s)
    {
        // Most text is ASCII: its UTF-8 is its code units, appended without a copy.
        for (const QChar c : s) {
            if (c.unicode() >= 0x80) {
                field(s.toUtf8());
                return;
            }
        }
        appendDecimal(s.size());
        m_bytes.append(':');
        const qsizetype at = m_bytes.size();
        m_bytes.resize(at + s.size());
        char *out = m_bytes.data() + at;
        for (const QChar c : s)
            *out++ = char(c.unicode());
        m_bytes.append('|');
    }
    void number(qint64 n)
    {
        char buffer[24];
        field(decimal(n, buffer));
    }
    void date(const QDate &d)
    {
        const int y = d.year();
        if (!d.isValid() || y < 1000 || y > 9999) { // QDate's own form outside the usual years
            field(d.toString(Qt::ISODate).toUtf8());
            return;
        }
        const char iso[10] = { char('0' + y / 1000), char('0' + y / 100 % 10),
            char('0' + y / 10 % 10), char('0' + y % 10), '-', char('0' + d.month() / 10),
            char('0' + d.month() % 10), '-', char('0' + d.day() / 10), char('0' + d.day() % 10) };
        field(QByteArrayView(iso, 10));
    }
    const QByteArray &bytes() const { return m_bytes; }

private:
    static QByteArrayView decimal(qint64 n, char (&buffer)[24])
    {
        char *end = buffer + sizeof buffer;
        char *p = end;
        quint64 u = n < 0 ? 0 - quint64(n) : quint64(n);
        do {
            *--p = char('0' + u % 10);
            u /= 10;
        } while (u != 0);
        if (n < 0)
            *--p = '-';
        return QByteArrayView(p, end - p);
    }
    void appendDecimal(qint64 n)
    {
        char buffer[24];
        m_bytes.append(decimal(n, buffer));
    }

    QByteArray m_bytes;
};

const QByteArray &kindCode(TxnKind kind)
{
    static const std::array<QByteArray, 8> codes = [] {
        std::array<QByteArray, 8> c;
        for (int k = 0; k < 8; ++k)
            c[std::size_t(k)] = txnKindCode(TxnKind(k)).toUtf8();
        return c;
    }();
    const auto k = std::size_t(kind);
    return k < codes.size() ? codes[k] : codes[0];
}

} // namespace

QByteArray genesisHash()
{
    return QByteArray(64, '0');
}

QByteArray transactionHash(const PostedTxn &t, const QByteArray &previousHash)
{
    // Canonical form: fixed field order, integers in decimal, text as UTF-8 with its
    // length so that no two different transactions share a canonical string.
    Canonical c;
    c.field("isf-txn-v1");
    c.number(t.id);
    c.field(kindCode(t.kind));
    c.date(t.date);
    c.number(t.personId);
    c.number(t.amount.pence());
    c.number(t.categoryId);
    c.number(t.supplierId);
    c.text(t.reference);
    c.text(t.description);
    if (t.hours)
        c.number(t.hours->hundredths());
    else
        c.field(QByteArrayView());
    if (t.rate)
        c.number(t.rate->pence());
    else
        c.field(QByteArrayView());
    c.number(t.reversesId);
    c.text(t.reason);
    c.text(t.recordedBy);
    c.text(t.recordedAt);
    for (const Posting &p : t.postings) {
        c.number(p.accountId);
        c.number(p.personId);
        c.number(p.amount.pence());
    }
    c.field(previousHash);
    thread_local QCryptographicHash sha(QCryptographicHash::Sha256);
    sha.reset();
    sha.addData(c.bytes());
    return sha.result().toHex();
}

} // namespace isf
