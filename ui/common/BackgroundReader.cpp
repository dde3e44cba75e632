// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "ui/common/BackgroundReader.h"

#include "core/storage/ProviderFile.h"
#include "ui/common/ErrorText.h"

#include <QThread>

#include <optional>

namespace isf::ui {

// Lives in the worker thread; opens the file there on first use.
class BackgroundReader::Worker : public QObject {
public:
    Worker(QString path, QString user, const Clock &clock)
        : m_path(std::move(path)), m_user(std::move(user)), m_clock(clock)
    { }
    void runJob(const Job &job, const std::shared_ptr<QAtomicInt> &pending)
    {
        QString error;
        try {
            if (!m_file)
                m_file.emplace(ProviderFile::open(m_path, m_user, m_clock));
            job(*m_file, error);
        } catch (const std::exception &e) {
            error = errorText(e);
        }
        pending->deref();
    }

private:
    QString m_path, m_user;
    const Clock &m_clock;
    std::optional<ProviderFile> m_file;
};

BackgroundReader::BackgroundReader(QString path, QString userName, const Clock &clock)
    : m_worker(new Worker(std::move(path), std::move(userName), clock)), m_thread(new QThread)
{
    m_thread->setObjectName(QStringLiteral("isf-background"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    m_thread->start(QThread::LowPriority);
}

BackgroundReader::~BackgroundReader()
{
    // Queued jobs still run (their results go nowhere: the receivers are guarded).
    // Wait a little so that an idle reader closes its connection before the file goes
    // away; a long job (an alert review of a large file) finishes on its own, and the
    // thread and its worker delete themselves when it ends.
    m_thread->quit();
    m_thread->wait(5000);
}

void BackgroundReader::post(Job job)
{
    m_pending->ref();
    Worker *worker = m_worker;
    std::shared_ptr<QAtomicInt> pending = m_pending; // shared: a job may outlive us
    QMetaObject::invokeMethod(
        worker, [worker, job = std::move(job), pending] { worker->runJob(job, pending); },
        Qt::QueuedConnection);
}

QString BackgroundReader::describe(const std::exception &e)
{
    return errorText(e);
}

} // namespace isf::ui
