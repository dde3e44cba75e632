#include "app/Session.h"

#include "app/AlertReviewJob.h"
#include "storage/ProviderFile.h"
#include "time/Clock.h"

namespace isf::ui {

Session::Session(std::unique_ptr<ProviderFile> file, const Clock &clock)
    : m_file(std::move(file)), m_clock(&clock)
{
    m_undo.setUndoLimit(200);
}

Session::~Session()
{
    // A review still running keeps its own connection; it finishes on its own.
    disconnect();
}

void Session::reviewAlerts()
{
    if (m_reviewing) {
        m_reviewAgain = true;
        return;
    }
    m_reviewing = true;
    AlertReviewJob *job = AlertReviewJob::start(path(), userName(), *m_clock, this);
    connect(job, &AlertReviewJob::finished, this, [this](int open, int, int, const QString &error) {
        m_reviewing = false;
        emit alertsReviewed(open, error);
        if (m_reviewAgain) {
            m_reviewAgain = false;
            reviewAlerts();
        }
    });
}

std::unique_ptr<Session> Session::open(
    const QString &path, const QString &userName, const Clock &clock)
{
    auto file = std::make_unique<ProviderFile>(ProviderFile::open(path, userName, clock));
    return std::unique_ptr<Session>(new Session(std::move(file), clock));
}

std::unique_ptr<Session> Session::create(
    const QString &path, const QString &providerName, const QString &userName, const Clock &clock)
{
    auto file
        = std::make_unique<ProviderFile>(ProviderFile::create(path, providerName, userName, clock));
    return std::unique_ptr<Session>(new Session(std::move(file), clock));
}

QDate Session::today() const
{
    return m_clock->today();
}

QString Session::path() const
{
    return m_file->path();
}

QString Session::userName() const
{
    return m_file->userName();
}

void Session::setUserName(const QString &name)
{
    m_file->setUserName(name);
}

} // namespace isf::ui
