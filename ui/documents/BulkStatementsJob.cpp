#include "ui/documents/BulkStatementsJob.h"

#include "core/ledger/LedgerQueries.h"
#include "core/statements/StatementsIssued.h"
#include "core/storage/AgreementStore.h"
#include "core/storage/PersonStore.h"
#include "core/storage/ProviderFile.h"
#include "core/time/Clock.h"
#include "core/time/Dates.h"
#include "reports/layout/Renderer.h"
#include "ui/common/ErrorText.h"
#include "ui/documents/Documents.h"

#include <QDir>
#include <QFile>
#include <QHash>

namespace isf::ui {

BulkStatementsJob::BulkStatementsJob(
    QString filePath, QString userName, const Clock &clock, QString outputDir)
    : m_path(std::move(filePath))
    , m_user(std::move(userName))
    , m_dir(std::move(outputDir))
    , m_clock(clock)
{ }

void BulkStatementsJob::run()
{
    int written = 0;
    try {
        const ProviderFile file = ProviderFile::open(m_path, m_user, m_clock);
        QHash<Id, bool> live;
        for (const Agreement &a : currentAgreements(file))
            live.insert(a.personId, a.isLive());
        std::vector<Person> people;
        for (Person &p : listPeople(file))
            if (live.value(p.id))
                people.push_back(std::move(p));
        const int total = static_cast<int>(people.size());
        const QDate today = m_clock.today();
        QDir().mkpath(m_dir);
        for (int i = 0; i < total; ++i) {
            if (m_cancel) {
                emit finished(written, true, QString());
                return;
            }
            const Person &p = people[static_cast<size_t>(i)];
            emit progress(i, total, p.ref);
            const Period period = Documents::latestPeriod(file, p.id, today);
            const QString out = QDir(m_dir).filePath(
                QStringLiteral("%1-statement-%2.pdf").arg(p.ref, isoDate(period.last)));
            const QByteArray pdf
                = reports::pdfBytes(Documents::statement(file, p.id, period, today));
            QFile f(out);
            if (!f.open(QIODevice::WriteOnly) || f.write(pdf) != pdf.size())
                throw StorageError(QObject::tr("Could not write %1.").arg(out));
            f.close();
            // Issuing closes the period: corrections then go in after it.
            if (period.last < today)
                recordStatementIssued(
                    file, p.id, period, balanceAt(file, p.id, period.last), pdf, false);
            ++written;
        }
        emit progress(total, total, QString());
        emit finished(written, false, QString());
    } catch (const std::exception &e) {
        emit finished(written, false, errorText(e));
    }
}

} // namespace isf::ui
