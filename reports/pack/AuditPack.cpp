// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "reports/pack/AuditPack.h"

#include "core/bank/Reconciliation.h"
#include "core/integrity/Checkpoint.h"
#include "core/integrity/ProviderKey.h"
#include "core/integrity/SigningKey.h"
#include "core/storage/ProviderFile.h"
#include "core/storage/ReadOnlyOpen.h"
#include "core/storage/ReferenceStore.h"
#include "core/storage/Sql.h"
#include "core/time/Clock.h"
#include "core/time/Dates.h"
#include "core/util/AtomicFile.h"
#include "core/util/Errors.h"
#include "core/util/Interrupt.h"
#include "core/util/Version.h"
#include "reports/documents/ReconciliationDocument.h"
#include "reports/layout/Renderer.h"
#include "reports/pack/Manifest.h"
#include "reports/pack/PackDocuments.h"
#include "reports/pack/PackNames.h"
#include "reports/pack/PackSignature.h"
#include "reports/pack/SummaryXlsx.h"
#include "reports/pack/ZipArchive.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QThread>

#include <atomic>
#include <mutex>
#include <thread>

namespace isf::reports {
namespace {

struct Staged {
    QString name; // path inside the archive
    QString source; // file in the staging folder ("" when held in memory)
    QByteArray data; // the bytes themselves, for an encrypted pack
    ManifestFile entry;
    bool compress = true;
};

// Holds each finished file until the archive is written. For an encrypted pack the
// files stay in memory, so no plaintext ledger ever reaches the disk; otherwise they go
// to the 0700 staging folder, which is removed however the run ends.
class Stager {
public:
    Stager(const QString &dir, bool inMemory) : m_dir(dir), m_inMemory(inMemory) { }
    // Writes bytes to the staging folder and records the entry for the archive.
    void put(const QString &name, const QByteArray &data, bool compress = true)
    {
        Staged staged { name, QString(), QByteArray(), { name, sha256Hex(data), data.size() },
            compress };
        if (m_inMemory) {
            staged.data = data;
        } else {
            staged.source
                = m_dir + u'/' + QString::number(m_counter.fetch_add(1)) + QStringLiteral(".part");
            QFile f(staged.source);
            if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
                throw StorageError(
                    QStringLiteral("Could not write %1 while making the pack (is the disk full?).")
                        .arg(name));
        }
        std::lock_guard lock(m_mutex);
        m_entries.push_back(std::move(staged));
    }
    std::vector<Staged> take()
    {
        std::sort(m_entries.begin(), m_entries.end(),
            [](const Staged &a, const Staged &b) { return a.name < b.name; });
        return std::move(m_entries);
    }

private:
    QString m_dir;
    bool m_inMemory;
    std::atomic<int> m_counter { 0 };
    std::mutex m_mutex;
    std::vector<Staged> m_entries;
};

const QString kStagingPrefix = QStringLiteral(".isf-pack-");

// Staging folders are named ".isf-pack-PID-XXXXXX"; one whose process is gone was left
// by a kill, and holds personal data: remove it.
void removeStaleStaging(const QDir &folder)
{
    for (const QString &name : folder.entryList(QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot)) {
        if (!name.startsWith(kStagingPrefix))
            continue;
        bool ok = false;
        const qint64 pid = name.mid(kStagingPrefix.size()).section(u'-', 0, 0).toLongLong(&ok);
        if (!ok || pid <= 0 || pid == QCoreApplication::applicationPid())
            continue;
        if (isProcessAlive(pid))
            continue;
        QDir(folder.filePath(name)).removeRecursively();
    }
}

void stageReceipts(const ProviderFile &file, const PackPersonRow &row, const Period &period,
    const QString &folder, Stager &stager)
{
    SqlQuery q(file.database(),
        QStringLiteral("SELECT r.id, r.txn_id, r.file_name, r.content FROM receipts r JOIN "
                       "transactions t ON t.id = r.txn_id WHERE t.person_id = ? AND "
                       "t.txn_date >= ? AND t.txn_date <= ? ORDER BY r.txn_id, r.id"));
    q.bind({ row.person.id, isoDate(period.first), isoDate(period.last) })
        .exec("read the receipts");
    while (q.next())
        stager.put(QStringLiteral("%1/receipts/%2-%3")
                       .arg(folder)
                       .arg(q.int64(1))
                       .arg(packSafeName(q.text(2))),
            q.value(3).toByteArray(), false);
}

AuditPackResult cancelled()
{
    if (InterruptGuard::requested())
        throw Error(QStringLiteral("interrupted: no pack was written, and its working files "
                                   "were removed."));
    AuditPackResult r;
    r.cancelled = true;
    return r;
}

} // namespace

AuditPackResult writeAuditPack(const ProviderFile &file, const AuditPackOptions &options)
{
    const PackScope &scope = options.scope;
    if (!scope.period.isValid())
        throw InputError(QStringLiteral(
            "The audit pack needs a period whose first day is on or before its last."));
    AuditPackResult result;
    const QFileInfo out(options.outputPath);
    if (!out.absoluteDir().exists())
        throw InputError(QStringLiteral("The folder %1 does not exist.").arg(out.absolutePath()));

    removeStaleStaging(out.absoluteDir());
    // SIGINT and SIGTERM stop the run through `report`, so the staging folder goes too.
    const InterruptGuard interrupts;
    // QTemporaryDir makes the folder 0700 and removes it on success, failure and cancel.
    QTemporaryDir staging(out.absolutePath() + u'/' + kStagingPrefix
        + QString::number(QCoreApplication::applicationPid()) + QStringLiteral("-XXXXXX"));
    if (!staging.isValid())
        throw StorageError(
            QStringLiteral("Could not make a working folder beside %1.").arg(options.outputPath));
    Stager stager(staging.path(), !options.password.isEmpty());
    auto report = [&](int done, int total, const QString &what) {
        if (InterruptGuard::requested())
            return false;
        return !options.progress || options.progress(done, total, what);
    };

    // Signed first: a computer without the provider's key cannot make a pack at all.
    const QByteArray secretKey = providerSecretKey(file);
    const PackTables tables(file, scope);
    const auto &people = tables.people();
    result.people = int(people.size());
    std::vector<std::pair<Id, QString>> refs;
    for (const PackPersonRow &row : people)
        refs.emplace_back(row.person.id, row.person.ref);
    const QHash<Id, QString> folders = personFolders(refs);
    const int total = result.people + 3;
    if (!report(0, total, QStringLiteral("Summarising")))
        return cancelled();

    // Per-person files on worker threads, each with its own connection.
    std::atomic<std::size_t> next { 0 };
    std::atomic<int> done { 0 };
    std::atomic<bool> stop { false };
    std::mutex errorMutex;
    QString firstError;
    const int threads
        = std::max(1, options.threads ? options.threads : QThread::idealThreadCount());
    auto work = [&]() {
        try {
            const ProviderFile own
                = openProviderFileReadOnly(file.path(), file.userName(), file.clock());
            const PackDocuments documents(own);
            for (std::size_t i = next++; i < people.size() && !stop; i = next++) {
                const PackPersonRow &row = people[i];
                const QString folder = QStringLiteral("people/") + folders.value(row.person.id);
                stager.put(folder + QStringLiteral("/ledger.csv"), tables.ledgerCsv(own, row));
                for (const auto &[name, pdf] : documents.statements(row.person, scope.period))
                    stager.put(folder + QStringLiteral("/statements/") + name, pdf, false);
                for (const auto &[name, pdf] : documents.agreements(row.person, scope.period))
                    stager.put(folder + QStringLiteral("/agreements/") + name, pdf, false);
                stageReceipts(own, row, scope.period, folder, stager);
                ++done;
            }
        } catch (const Error &e) {
            std::lock_guard lock(errorMutex);
            if (firstError.isEmpty())
                firstError = e.message();
            stop = true;
        } catch (const std::exception &e) {
            std::lock_guard lock(errorMutex);
            if (firstError.isEmpty())
                firstError = QString::fromUtf8(e.what());
            stop = true;
        }
    };
    std::vector<std::thread> pool;
    for (int t = 0; t < threads; ++t)
        pool.emplace_back(work);
    // The calling thread reports progress and relays cancellation.
    while (done < result.people && !stop) {
        if (!report(done, total, QStringLiteral("Statements and ledgers")))
            stop = true;
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    for (std::thread &t : pool)
        t.join();
    if (!firstError.isEmpty())
        throw Error(firstError);
    if (stop)
        return cancelled();

    const std::vector<QStringList> summaryRows = tables.summaryRows();
    stager.put(QStringLiteral("summary.csv"), tables.summaryCsv());
    QStringList moneyColumns;
    for (const QString &c : tables.summaryColumns())
        if (c != u"person_ref" && c != u"name" && c != u"council_ref" && c != u"weeks_held"
            && !c.startsWith(u"hours_") && c != u"alerts")
            moneyColumns << c;
    const QString title = QStringLiteral("%1: ISF audit summary, %2")
                              .arg(scope.councilName, scope.period.describe());
    stager.put(QStringLiteral("summary.xlsx"),
        summaryWorkbook(title, tables.summaryColumns(), summaryRows, moneyColumns), false);
    stager.put(QStringLiteral("exceptions.csv"), tables.exceptionsCsv());
    stager.put(QStringLiteral("reconciliation.csv"), tables.reconciliationCsv());
    stager.put(QStringLiteral("bank-reconciliations.csv"), tables.bankReconciliationsCsv());
    for (const SignedReconciliation &r :
        signedReconciliations(file, 0, scope.period.first, scope.period.last))
        stager.put(
            QStringLiteral("bank-reconciliations/%1-%2.pdf").arg(r.accountId).arg(isoDate(r.asOf)),
            pdfBytes(reconciliationDocument(file, r.accountId, r.asOf)), false);
    if (!report(result.people + 1, total, QStringLiteral("Index")))
        return cancelled();
    const PackDocuments documents(file);
    const ChainHead head = chainHead(file, scope.period.last);
    stager.put(QStringLiteral("index.pdf"), documents.index(tables, head), false);

    // Where the file stood when the pack was made, signed: isf verify FILE --pack.
    // A file its user may only read still gives a pack, whose checkpoint it alone carries.
    const QFileInfo where(file.path());
    const bool canRecord = where.isWritable() && QFileInfo(where.absolutePath()).isWritable();
    const Checkpoint checkpoint = makeCheckpoint(file, QStringLiteral("audit pack"), canRecord);
    std::vector<Staged> staged = stager.take();
    std::vector<ManifestFile> files;
    for (const Staged &s : staged)
        files.push_back(s.entry);
    const Provider provider = loadProvider(file);
    QJsonObject header {
        { QStringLiteral("format"), QStringLiteral("isf-audit-pack/1") },
        { QStringLiteral("product"), QStringLiteral("ISF Desk") },
        { QStringLiteral("version"), appVersion() },
        { QStringLiteral("file_format_version"), file.schemaVersion() },
        { QStringLiteral("provider"), provider.name },
        { QStringLiteral("council"), scope.councilName },
        { QStringLiteral("person"),
            scope.personId && !people.empty() ? QJsonValue(people.front().person.ref)
                                              : QJsonValue() },
        { QStringLiteral("period"),
            QJsonObject { { QStringLiteral("from"), isoDate(scope.period.first) },
                { QStringLiteral("to"), isoDate(scope.period.last) } } },
        { QStringLiteral("generated_at"), file.clock().now().toUTC().toString(Qt::ISODate) },
        { QStringLiteral("generated_by"), file.userName() },
        { QStringLiteral("people"), result.people },
        { QStringLiteral("categories"),
            [&] {
                QJsonArray names;
                for (const Category &c : tables.categories())
                    names.append(c.name);
                return names;
            }() },
        { QStringLiteral("ledger"),
            QJsonObject { { QStringLiteral("chain_head"), QString::fromLatin1(head.hash) },
                { QStringLiteral("chain_head_transaction"), head.txnId },
                { QStringLiteral("transactions"), head.count },
                { QStringLiteral("period_end_transaction"), head.periodEndTxnId },
                { QStringLiteral("period_end_hash"), QString::fromLatin1(head.periodEndHash) } } },
        { QStringLiteral("signing_key"),
            QJsonObject { { QStringLiteral("fingerprint"), fingerprint(checkpoint.publicKey) },
                { QStringLiteral("public_key"),
                    QString::fromLatin1(checkpoint.publicKey.toBase64()) } } },
        { QStringLiteral("checkpoint"), checkpoint.toJson() },
        { QStringLiteral("folders"),
            [&] {
                QJsonArray list;
                for (const PackPersonRow &row : people)
                    list.append(QJsonObject { { QStringLiteral("ref"), row.person.ref },
                        { QStringLiteral("folder"), folders.value(row.person.id) } });
                return list;
            }() },
    };
    const QByteArray manifest = buildManifest(header, files);
    const ParsedManifest parsed = parseManifest(manifest);
    result.manifestSha256 = parsed.selfHash;
    result.signingFingerprint = fingerprint(checkpoint.publicKey);
    if (!report(result.people + 2, total, QStringLiteral("Writing the archive")))
        return cancelled();

    const QString partial = staging.filePath(QStringLiteral("pack.zip"));
    {
        ZipWriter zip(partial, options.password);
        for (const Staged &s : staged) {
            if (s.source.isEmpty())
                zip.add(s.name, s.data, s.compress);
            else
                zip.addFile(s.name, s.source, s.compress);
        }
        zip.add(QStringLiteral("manifest.json"), manifest);
        zip.add(kManifestSignatureName,
            manifestSignatureJson({ checkpoint.publicKey,
                signDetached(signedManifestBytes(result.manifestSha256), secretKey) }));
        zip.setComment(QStringLiteral("ISF Desk audit pack. manifest.json SHA-256: %1")
                           .arg(QString::fromLatin1(result.manifestSha256)));
        zip.close();
    }
    moveIntoPlace(partial, out.absoluteFilePath(), true);
    result.path = out.absoluteFilePath();
    result.bytes = QFileInfo(result.path).size();
    result.files = int(files.size()) + 2;
    report(total, total, QStringLiteral("Done"));
    return result;
}

} // namespace isf::reports
