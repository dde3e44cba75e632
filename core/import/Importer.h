// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include "core/import/ImportKind.h"
#include "core/util/Errors.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace isf {

class ProviderFile;

// An import refused because of its rows. message() lists every problem, one a line;
// problems() gives them one by one, each "SOURCE:LINE: COLUMN: message".
class ImportError : public InputError {
public:
    ImportError(QString sourceName, QStringList problems);
    const QString &sourceName() const { return m_sourceName; }
    const QStringList &problems() const { return m_problems; }

private:
    QString m_sourceName;
    QStringList m_problems;
};

struct ImportOptions {
    // How much of the file is parsed at a time (tests make it small).
    qsizetype chunkBytes = 4 * 1024 * 1024;
};

// Imports a CSV file of one kind, all or nothing:
//  1. parses it (UTF-8 with or without BOM, CRLF or LF, quoted fields with commas and
//     line breaks); a file that cannot be read as CSV throws InputError
//     "SOURCE:LINE: message";
//  2. checks the header: every required column present, no column the kind does not
//     know (InputError "SOURCE:LINE: ...");
//  3. records an import batch and runs the kind inside ONE write transaction;
//  4. if any row had a problem, rolls everything back and throws ImportError naming
//     every bad row as "SOURCE:LINE: COLUMN: message". Nothing is written.
// SOURCE is the name given (the file name for importCsvFile).
ImportResult importCsv(const ProviderFile &file, const QString &kind, const QByteArray &bytes,
    const QString &sourceName, const ImportOptions &options = {});
ImportResult importCsvFile(const ProviderFile &file, const QString &kind, const QString &path,
    const ImportOptions &options = {});

// "1,234 transactions from x.csv (batch 7): ..." — one paragraph a person can read.
QString describeImport(const ImportResult &result);
// 1234 -> "1,234".
QString countText(qint64 n);

} // namespace isf
