// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "ui/common/Session.h"

#include "core/rules/alerts/AlertStore.h"
#include "core/storage/ProviderFile.h"
#include "core/time/Clock.h"
#include "ui/common/BackgroundReader.h"

namespace isf::ui {

Session::Session(std::unique_ptr<ProviderFile> file, const Clock &clock)
    : m_file(std::move(file)), m_clock(&clock)
{
    m_undo.setUndoLimit(200);
    m_background = std::make_unique<BackgroundReader>(m_file->path(), m_file->userName(), clock);
}

bool Session::busy() const
{
    return m_reviewing || m_background->pending() > 0;
}

Session::~Session() = default;

void Session::reviewAlerts()
{
    if (m_reviewing) {
        m_reviewAgain = true;
        return;
    }
    m_reviewing = true;
    const QDate asOf = today();
    auto finish = [this](int open, const QString &error) {
        m_reviewing = false;
        emit alertsReviewed(open, error);
        if (m_reviewAgain) {
            m_reviewAgain = false;
            reviewAlerts();
        }
    };
    m_background->run<int>(
        this,
        [asOf](const ProviderFile &file) {
            return static_cast<int>(isf::reviewAlerts(file, asOf).open().size());
        },
        [finish](const int &open) { finish(open, QString()); },
        [finish](const QString &error) { finish(0, error); });
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
