// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "core/import/Importer.h"

#include "core/import/CsvSource.h"
#include "core/import/ImportBatches.h"
#include "core/storage/AuditLog.h"
#include "core/storage/ProviderFile.h"
#include "core/storage/Sql.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

namespace isf {
namespace {

const ImportKind &requireKind(const QString &name)
{
    const ImportKind *kind = ImportRegistry::find(name);
    if (!kind)
        throw InputError(QStringLiteral("\"%1\" is not something isf can import: use %2")
                             .arg(name, ImportRegistry::names().join(QStringLiteral(", "))));
    return *kind;
}

void checkColumns(const ImportKind &kind, const CsvTable &header)
{
    header.requireColumns(kind.required);
    QStringList unknown;
    for (const QString &column : header.header()) {
        if (column.isEmpty())
            continue;
        const bool known = kind.required.contains(column, Qt::CaseInsensitive)
            || kind.optional.contains(column, Qt::CaseInsensitive);
        if (!known)
            unknown << column;
    }
    if (!unknown.isEmpty())
        throw InputError(
            QStringLiteral("%1: %2 %3 not a column of %4 files; the columns are: %5")
                .arg(header.location(header.headerLine()),
                    unknown.size() == 1
                        ? QStringLiteral("\"%1\"").arg(unknown[0])
                        : QStringLiteral("\"%1\"").arg(unknown.join(QStringLiteral("\", \""))),
                    unknown.size() == 1 ? QStringLiteral("is") : QStringLiteral("are"), kind.name,
                    (kind.required + kind.optional).join(QStringLiteral(", "))));
}

// When a kind does not fingerprint its rows itself: the trimmed cells of every row
// under their column names, so that line ends, a BOM and quoting make no difference.
QString genericFingerprint(const CsvSource &source)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QStringList columns = source.header().header();
    for (const QString &column : columns)
        hash.addData(column.toLower().toUtf8() + '\x1f');
    source.forEachRow([&](const CsvRow &row) {
        hash.addData(QByteArrayView("\x1e"));
        for (int i = 0; i < columns.size(); ++i)
            hash.addData(importCell(row, i).toUtf8() + '\x1f');
    });
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace

ImportError::ImportError(QString sourceName, QStringList problems)
    : InputError(problems.join(u'\n'))
    , m_sourceName(std::move(sourceName))
    , m_problems(std::move(problems))
{ }

ImportResult importCsv(const ProviderFile &file, const QString &kindName, const QByteArray &bytes,
    const QString &sourceName, const ImportOptions &options)
{
    const ImportKind &kind = requireKind(kindName);
    const CsvSource source(bytes, sourceName, options.chunkBytes);
    checkColumns(kind, source.header());

    CsvErrors errors(sourceName);
    ImportResult result;
    result.kind = kind.name;
    result.sourceName = sourceName;
    WriteTransaction txn(file.database());
    result.batchId = startImportBatch(file, kind.name, sourceName);
    ImportContext context(file, source, errors, result);
    kind.run(context);
    if (!errors.isEmpty())
        throw ImportError(sourceName, errors.lines());
    finishImportBatch(file, result.batchId,
        result.fingerprint.isEmpty() ? genericFingerprint(source) : result.fingerprint,
        result.rows);
    audit(file, QStringLiteral("import"), QStringLiteral("import_batch"), result.batchId,
        describeImport(result));
    txn.commit();
    return result;
}

ImportResult importCsvFile(const ProviderFile &file, const QString &kind, const QString &path,
    const ImportOptions &options)
{
    requireKind(kind);
    const QString name = QFileInfo(path).fileName();
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        throw InputError(name + QStringLiteral(": cannot be read: ") + in.errorString());
    const QByteArray bytes = in.readAll();
    if (in.error() != QFileDevice::NoError)
        throw InputError(name + QStringLiteral(": cannot be read: ") + in.errorString());
    in.close();
    return importCsv(file, kind, bytes, name, options);
}

QString countText(qint64 n)
{
    QString digits = QString::number(n < 0 ? -n : n);
    for (qsizetype pos = digits.size() - 3; pos > 0; pos -= 3)
        digits.insert(pos, u',');
    return n < 0 ? u'-' + digits : digits;
}

QString describeImport(const ImportResult &r)
{
    const qsizetype n = r.added + r.updated;
    QString noun = r.kind;
    if (n == 1)
        noun = noun == u"people"  ? QStringLiteral("person")
            : noun.endsWith(u's') ? noun.chopped(1)
                                  : noun;
    QString text = QStringLiteral("Imported %1 %2 from %3 (batch %4)")
                       .arg(countText(n), noun, r.sourceName)
                       .arg(r.batchId);
    QStringList parts;
    if (r.updated > 0 || r.unchanged > 0) {
        parts << QStringLiteral("%1 new").arg(countText(r.added));
        if (r.updated > 0)
            parts << QStringLiteral("%1 %2").arg(
                countText(r.updated), r.updated == 1 ? r.updatedLabelOne : r.updatedLabel);
        if (r.unchanged > 0)
            parts << QStringLiteral("%1 already up to date").arg(countText(r.unchanged));
    }
    text += parts.isEmpty() ? QStringLiteral(".")
                            : QStringLiteral(": ") + parts.join(QStringLiteral(", ")) + u'.';
    if (!r.addedSuppliers.isEmpty())
        text += QStringLiteral(" Added to the supplier register: %1.")
                    .arg(r.addedSuppliers.join(QStringLiteral(", ")));
    for (const QString &note : r.notes)
        text += u' ' + note;
    return text;
}

} // namespace isf
