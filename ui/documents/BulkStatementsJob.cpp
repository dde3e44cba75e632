// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "ui/documents/BulkStatementsJob.h"

#include "core/ledger/LedgerQueries.h"
#include "core/statements/StatementsIssued.h"
#include "core/storage/ProviderFile.h"
#include "core/time/Clock.h"
#include "core/time/Dates.h"
#include "reports/layout/Renderer.h"
#include "ui/common/ErrorText.h"
#include "ui/common/Format.h"
#include "ui/documents/Documents.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace isf::ui {
namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.flush())
        throw StorageError(QObject::tr("Could not write %1.").arg(path));
}

void moveInto(const QString &from, const QString &to)
{
    QFile::remove(to); // a copy made earlier of the same period is replaced
    if (!QFile::rename(from, to))
        throw StorageError(QObject::tr("Could not name the file %1.").arg(to));
}

} // namespace

QString statementFileName(
    const QString &ref, const QString &name, const QDate &periodEnd, bool easyRead, bool draft)
{
    QString safe = name;
    safe.replace(QRegularExpression(QStringLiteral("[^\\w\\-]+")), QStringLiteral("-"));
    safe.remove(QRegularExpression(QStringLiteral("^-+|-+$")));
    return QStringLiteral("%1-%2-%3%4-%5.pdf")
        .arg(ref, safe,
            easyRead ? QStringLiteral("easy-read-statement") : QStringLiteral("statement"),
            draft ? QStringLiteral("-DRAFT") : QString(), isoDate(periodEnd));
}

BulkStatementsJob::BulkStatementsJob(QString filePath, QString userName, const Clock &clock,
    IssueRequest request, std::vector<IssueItem> items)
    : m_path(std::move(filePath))
    , m_user(std::move(userName))
    , m_clock(clock)
    , m_request(std::move(request))
    , m_items(std::move(items))
{ }

void BulkStatementsJob::run()
{
    std::vector<IssueOutcome> outcomes;
    const int total = static_cast<int>(m_items.size());
    auto periodText = [](const Period &p) {
        return p.isValid() ? dateText(p.first) + QStringLiteral(" \u2013 ") + dateText(p.last)
                           : QString();
    };
    try {
        const ProviderFile file = ProviderFile::open(m_path, m_user, m_clock);
        QDir().mkpath(m_request.folder);
        const QDir dir(m_request.folder);
        for (int i = 0; i < total; ++i) {
            const IssueItem &item = m_items[static_cast<size_t>(i)];
            IssueOutcome o;
            o.person = personLabel(item.ref, item.name);
            o.period = periodText(item.period);
            if (!item.skipped.isEmpty()) {
                o.kind = IssueOutcome::Skipped;
                o.detail = item.skipped;
                outcomes.push_back(o);
                continue;
            }
            if (m_cancel) {
                emit finished(outcomes, true);
                return;
            }
            emit progress(i, total, item.ref);
            try {
                QStringList written;
                for (const bool easy : { false, true }) {
                    if (easy && !m_request.easyRead)
                        continue;
                    reports::Document doc = easy
                        ? Documents::easyReadStatement(
                            file, item.personId, item.period, m_request.today)
                        : Documents::statement(file, item.personId, item.period, m_request.today);
                    if (m_request.draft) {
                        doc.title = QObject::tr("DRAFT: %1").arg(doc.title);
                        doc.footerNote = QObject::tr("Draft: not issued");
                    }
                    const QByteArray pdf = reports::pdfBytes(doc);
                    const QString name = statementFileName(
                        item.ref, item.name, item.period.last, easy, m_request.draft);
                    const QString part = dir.filePath(name + QStringLiteral(".part"));
                    writeFile(part, pdf);
                    try {
                        // Recorded first: the PDF takes its name only once the issue is.
                        if (!m_request.draft)
                            recordStatementIssued(file, item.personId, item.period,
                                balanceAt(file, item.personId, item.period.last), pdf, easy);
                        moveInto(part, dir.filePath(name));
                    } catch (...) {
                        QFile::remove(part);
                        throw;
                    }
                    written << name;
                }
                o.kind = m_request.draft ? IssueOutcome::Draft : IssueOutcome::Issued;
                o.detail = written.join(QStringLiteral(", "));
            } catch (const std::exception &e) {
                o.kind = IssueOutcome::Failed;
                o.detail = errorText(e);
            }
            outcomes.push_back(o);
        }
        emit progress(total, total, QString());
        emit finished(outcomes, false);
    } catch (const std::exception &e) {
        IssueOutcome o;
        o.kind = IssueOutcome::Failed;
        o.detail = errorText(e);
        outcomes.push_back(o);
        emit finished(outcomes, false);
    }
}

} // namespace isf::ui
