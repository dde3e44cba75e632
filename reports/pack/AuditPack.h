// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include "core/audit/PackTables.h"

#include <QString>

#include <functional>

namespace isf {
class ProviderFile;
}

namespace isf::reports {

struct AuditPackOptions {
    PackScope scope;
    QString outputPath;
    QString password; // empty: not encrypted
    // Called as work proceeds; return false to cancel (then no pack is left behind).
    std::function<bool(int done, int total, const QString &what)> progress;
    int threads = 0; // 0: one per core
};

struct AuditPackResult {
    QString path;
    qint64 bytes = 0;
    int people = 0;
    int files = 0;
    QByteArray manifestSha256;
    QString signingFingerprint; // the provider key that signed the manifest
    bool cancelled = false;
};

// Writes one zip archive with everything a council needs to audit its people's
// funds for a period: index.pdf, summary.csv/.xlsx, per-person statements, ledgers,
// agreements and receipts, exceptions.csv, reconciliation.csv and manifest.json.
// The archive is written under a temporary name and renamed only when complete, so
// a failed or cancelled run leaves no partial pack. Per-person documents are made
// on worker threads, each with its own connection to the provider file.
AuditPackResult writeAuditPack(const ProviderFile &file, const AuditPackOptions &options);

} // namespace isf::reports
