#include "app/AlertReviewJob.h"

#include "app/ErrorText.h"
#include "rules/AlertStore.h"
#include "storage/ProviderFile.h"
#include "time/Clock.h"

#include <QThread>

namespace isf::ui {

AlertReviewJob::AlertReviewJob(QString path, QString userName, const Clock &clock)
    : m_path(std::move(path)), m_user(std::move(userName)), m_clock(clock)
{ }

AlertReviewJob *AlertReviewJob::start(
    const QString &path, const QString &userName, const Clock &clock, QObject *receiver)
{
    auto *job = new AlertReviewJob(path, userName, clock);
    auto *thread = new QThread;
    job->moveToThread(thread);
    QObject::connect(thread, &QThread::started, job, &AlertReviewJob::run);
    QObject::connect(job, &AlertReviewJob::finished, thread, &QThread::quit);
    QObject::connect(thread, &QThread::finished, job, &QObject::deleteLater);
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    Q_UNUSED(receiver)
    thread->start(QThread::LowPriority);
    return job;
}

void AlertReviewJob::run()
{
    try {
        const ProviderFile file = ProviderFile::open(m_path, m_user, m_clock);
        const AlertReview review = reviewAlerts(file, m_clock.today());
        emit finished(
            static_cast<int>(review.open().size()), review.added, review.resolved, QString());
    } catch (const std::exception &e) {
        emit finished(0, 0, 0, errorText(e));
    }
}

} // namespace isf::ui
