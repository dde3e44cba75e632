// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "core/integrity/Checkpoint.h"

#include "core/integrity/Journal.h"
#include "core/integrity/ProviderKey.h"
#include "core/integrity/SigningKey.h"
#include "core/storage/AuditLog.h"
#include "core/storage/ProviderFile.h"
#include "core/storage/Sql.h"
#include "core/util/Errors.h"

#include <QJsonDocument>

#include <optional>

namespace isf {
namespace {

const QString kFormat = QStringLiteral("isf-checkpoint-1");

QByteArray hexField(const QJsonObject &o, const QString &name, int bytes)
{
    const QByteArray v = QByteArray::fromHex(o.value(name).toString().toLatin1());
    if (v.size() != bytes)
        throw InputError(QStringLiteral("The checkpoint's %1 is missing or damaged.").arg(name));
    return v;
}

} // namespace

QByteArray Checkpoint::signedBytes() const
{
    QStringList parts = { kFormat, QString::number(sequence), madeAt, purpose, provider,
        QString::number(journalLast), QString::fromLatin1(journalHead.toHex()),
        QString::number(txnLast), QString::fromLatin1(txnHead), QString::number(statementsIssued),
        QString::number(lastStatementId), QString::fromLatin1(publicKey.toBase64()) };
    return parts.join(u'|').toUtf8();
}

bool Checkpoint::signatureValid() const
{
    return verifyDetached(signedBytes(), signature, publicKey);
}

QString Checkpoint::label() const
{
    return QStringLiteral("checkpoint %1 of %2").arg(sequence).arg(madeAt.left(10));
}

QJsonObject Checkpoint::toJson() const
{
    return QJsonObject { { QStringLiteral("format"), kFormat },
        { QStringLiteral("sequence"), sequence }, { QStringLiteral("made_at"), madeAt },
        { QStringLiteral("purpose"), purpose }, { QStringLiteral("provider"), provider },
        { QStringLiteral("journal_entries"), journalLast },
        { QStringLiteral("journal_head"), QString::fromLatin1(journalHead.toHex()) },
        { QStringLiteral("transactions"), txnLast },
        { QStringLiteral("ledger_head"), QString::fromLatin1(txnHead) },
        { QStringLiteral("statements_issued"), statementsIssued },
        { QStringLiteral("last_statement_id"), lastStatementId },
        { QStringLiteral("public_key"), QString::fromLatin1(publicKey.toBase64()) },
        { QStringLiteral("fingerprint"), fingerprint(publicKey) },
        { QStringLiteral("signature"), QString::fromLatin1(signature.toHex()) } };
}

QByteArray Checkpoint::toJsonBytes() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
}

Checkpoint Checkpoint::fromJson(const QJsonObject &o)
{
    if (o.value(QStringLiteral("format")).toString() != kFormat)
        throw InputError(
            QStringLiteral("This is not an ISF Desk checkpoint (format %1).").arg(kFormat));
    Checkpoint c;
    c.sequence = o.value(QStringLiteral("sequence")).toInteger();
    c.madeAt = o.value(QStringLiteral("made_at")).toString();
    c.purpose = o.value(QStringLiteral("purpose")).toString();
    c.provider = o.value(QStringLiteral("provider")).toString();
    c.journalLast = o.value(QStringLiteral("journal_entries")).toInteger();
    c.journalHead = hexField(o, QStringLiteral("journal_head"), 32);
    c.txnLast = o.value(QStringLiteral("transactions")).toInteger();
    c.txnHead = o.value(QStringLiteral("ledger_head")).toString().toLatin1();
    c.statementsIssued = o.value(QStringLiteral("statements_issued")).toInteger();
    c.lastStatementId = o.value(QStringLiteral("last_statement_id")).toInteger();
    c.publicKey
        = QByteArray::fromBase64(o.value(QStringLiteral("public_key")).toString().toLatin1());
    c.signature = hexField(o, QStringLiteral("signature"), 64);
    return c;
}

Checkpoint Checkpoint::fromJsonBytes(const QByteArray &bytes, const QString &origin)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (!doc.isObject())
        throw InputError(QStringLiteral("%1 is not a checkpoint: %2 at byte %3.")
                             .arg(origin, error.errorString())
                             .arg(error.offset));
    return fromJson(doc.object());
}

Checkpoint makeCheckpoint(const ProviderFile &file, const QString &purpose, bool record)
{
    const QSqlDatabase db = file.database();
    std::optional<WriteTransaction> txn;
    if (record)
        txn.emplace(db);
    const QByteArray secret = providerSecretKey(file);
    Checkpoint c;
    c.sequence
        = scalar(db, QStringLiteral("SELECT count(*) FROM checkpoints"), {}, "read").toLongLong()
        + 1;
    c.madeAt = timestamp(file);
    c.purpose = purpose;
    c.provider = scalar(db, QStringLiteral("SELECT name FROM provider WHERE id = 1"), {}, "read")
                     .toString();
    const auto [journalLast, journalHeadHash] = journalHead(file);
    c.journalLast = journalLast;
    c.journalHead = journalHeadHash;
    SqlQuery last(db, QStringLiteral("SELECT id, hash FROM transactions ORDER BY id DESC LIMIT 1"));
    last.exec("read the ledger");
    if (last.next()) {
        c.txnLast = last.int64(0);
        c.txnHead = last.value(1).toByteArray();
    }
    SqlQuery st(db, QStringLiteral("SELECT count(*), coalesce(max(id), 0) FROM statements_issued"));
    st.exec("read the statements issued");
    if (st.next()) {
        c.statementsIssued = st.int64(0);
        c.lastStatementId = st.int64(1);
    }
    c.publicKey = currentSigningKey(file).publicKey;
    c.signature = signDetached(c.signedBytes(), secret);
    if (!record)
        return c;
    SqlQuery insert(db,
        QStringLiteral("INSERT INTO checkpoints (sequence, purpose, body) "
                       "VALUES (?, ?, ?)"));
    insert.bind({ c.sequence, purpose, QString::fromUtf8(c.toJsonBytes()) })
        .exec("record the checkpoint");
    audit(file, QStringLiteral("sign"), QStringLiteral("checkpoint"), insert.lastInsertId(),
        QStringLiteral("%1 (%2): %3 journal entries, %4 transactions")
            .arg(c.label(), purpose)
            .arg(c.journalLast)
            .arg(c.txnLast));
    txn->commit();
    return c;
}

std::vector<Checkpoint> fileCheckpoints(const ProviderFile &file)
{
    SqlQuery q(file.database(), QStringLiteral("SELECT id, body FROM checkpoints ORDER BY id"));
    q.exec("read the checkpoints");
    std::vector<Checkpoint> out;
    while (q.next())
        out.push_back(Checkpoint::fromJsonBytes(
            q.text(1).toUtf8(), QStringLiteral("checkpoint row %1 of the file").arg(q.int64(0))));
    return out;
}

} // namespace isf
