// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include "core/domain/Entities.h"

#include <vector>

namespace isf {

class ProviderFile;

// Receipts attached to posted transactions (an invoice scan, a till receipt). They
// are kept inside the provider file, in the `receipts` table, with a SHA-256 so an
// auditor can tell the copy is the one attached.
struct Receipt {
    Id id = 0;
    Id txnId = 0;
    QString fileName, mediaType, sha256, addedAt, addedBy;
    qint64 size = 0;
};

// Attaches a file's bytes to a transaction in one write transaction with its audit
// record. Throws InputError for an empty file, a missing transaction or a file over
// 20 MB.
Id addReceipt(const ProviderFile &file, Id txnId, const QString &fileName, const QString &mediaType,
    const QByteArray &content);
std::vector<Receipt> receiptsFor(const ProviderFile &file, Id txnId);
QByteArray receiptContent(const ProviderFile &file, Id receiptId);
// A media type from a file name's extension (application/octet-stream when unknown).
QString mediaTypeForFileName(const QString &fileName);

} // namespace isf
