// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include "core/domain/Entities.h"

#include <QByteArray>
#include <QDate>

namespace isf {

class ProviderFile;

// Where the ledger's hash chain stands: its head now, and the last transaction dated
// on or before a given day (what an audit pack for a period ending then covers).
struct ChainHead {
    QByteArray hash; // hash of the last transaction posted
    Id txnId = 0;
    qint64 count = 0;
    Id periodEndTxnId = 0;
    QByteArray periodEndHash;
};

ChainHead chainHead(const ProviderFile &file, const QDate &periodEnd);

} // namespace isf
