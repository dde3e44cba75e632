// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "core/storage/Receipts.h"

#include "core/storage/AuditLog.h"
#include "core/storage/ProviderFile.h"
#include "core/storage/Sql.h"
#include "core/util/Errors.h"

#include <QCryptographicHash>
#include <QFileInfo>

namespace isf {

namespace {
constexpr qint64 kMaxReceiptBytes = 20LL * 1024 * 1024;
}

Id addReceipt(const ProviderFile &file, Id txnId, const QString &fileName, const QString &mediaType,
    const QByteArray &content)
{
    if (content.isEmpty())
        throw InputError(QStringLiteral("The receipt file \"%1\" is empty.").arg(fileName));
    if (content.size() > kMaxReceiptBytes)
        throw InputError(
            QStringLiteral("The receipt file \"%1\" is over 20 MB; scan it at a lower resolution.")
                .arg(fileName));
    const QSqlDatabase db = file.database();
    WriteTransaction txn(db);
    if (!scalar(db, QStringLiteral("SELECT id FROM transactions WHERE id = ?"), { txnId },
            "find the transaction")
             .isValid())
        throw InputError(QStringLiteral("There is no transaction %1.").arg(txnId));
    const QString sha = QString::fromLatin1(
        QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    const QString name = QFileInfo(fileName).fileName();
    SqlQuery q(db,
        QStringLiteral("INSERT INTO receipts (txn_id, file_name, media_type, content, sha256, "
                       "added_at, added_by) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.bind({ txnId, name, mediaType, content, sha, timestamp(file), file.userName() })
        .exec("attach the receipt");
    const Id id = q.lastInsertId();
    audit(file, QStringLiteral("attach"), QStringLiteral("receipt"), id,
        QStringLiteral("%1 to transaction %2 (sha256 %3)").arg(name).arg(txnId).arg(sha));
    txn.commit();
    return id;
}

std::vector<Receipt> receiptsFor(const ProviderFile &file, Id txnId)
{
    SqlQuery q(file.database(),
        QStringLiteral("SELECT id, txn_id, file_name, media_type, sha256, added_at, added_by, "
                       "length(content) FROM receipts WHERE txn_id = ? ORDER BY id"));
    q.bind({ txnId }).exec("read the receipts");
    std::vector<Receipt> out;
    while (q.next())
        out.push_back({ q.int64(0), q.int64(1), q.text(2), q.text(3), q.text(4), q.text(5),
            q.text(6), q.int64(7) });
    return out;
}

QByteArray receiptContent(const ProviderFile &file, Id receiptId)
{
    const QVariant v
        = scalar(file.database(), QStringLiteral("SELECT content FROM receipts WHERE id = ?"),
            { receiptId }, "read the receipt");
    if (!v.isValid())
        throw InputError(QStringLiteral("There is no receipt %1.").arg(receiptId));
    return v.toByteArray();
}

QString mediaTypeForFileName(const QString &fileName)
{
    const QString ext = QFileInfo(fileName).suffix().toLower();
    if (ext == u"pdf")
        return QStringLiteral("application/pdf");
    if (ext == u"png")
        return QStringLiteral("image/png");
    if (ext == u"jpg" || ext == u"jpeg")
        return QStringLiteral("image/jpeg");
    if (ext == u"tif" || ext == u"tiff")
        return QStringLiteral("image/tiff");
    if (ext == u"heic")
        return QStringLiteral("image/heic");
    return QStringLiteral("application/octet-stream");
}

} // namespace isf
