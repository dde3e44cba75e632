// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include "core/domain/Entities.h"

#include <QObject>
#include <QUndoStack>

#include <memory>

namespace isf {
class Clock;
class ProviderFile;
} // namespace isf

namespace isf::ui {

// One open provider file and what belongs to it: its undo stack and the signal that
// tells every view the data changed. Views read through core with file(); they never
// hold their own connection.
class BackgroundReader;

class Session : public QObject {
    Q_OBJECT
public:
    // Opens (or with create, makes) a provider file; throws isf::Error on failure.
    static std::unique_ptr<Session> open(
        const QString &path, const QString &userName, const Clock &clock);
    static std::unique_ptr<Session> create(const QString &path, const QString &providerName,
        const QString &userName, const Clock &clock);
    ~Session() override;

    ProviderFile &file() const { return *m_file; }
    const Clock &clock() const { return *m_clock; }
    QDate today() const;
    QUndoStack *undoStack() { return &m_undo; }
    QString path() const;
    QString userName() const;
    void setUserName(const QString &name);

    // Call after any change through core: 0 when it is not about one person.
    void notifyChanged(isf::Id personId = 0) { emit changed(personId); }

    // The file's worker thread for slow reads (see BackgroundReader).
    BackgroundReader &background() { return *m_background; }
    // True while background reads or a review are queued or running.
    bool busy() const;

    // Brings the alerts up to date on a worker thread (one at a time; a request while
    // one runs starts another when it ends). alertsReviewed() follows.
    void reviewAlerts();
    bool reviewRunning() const { return m_reviewing; }

signals:
    void changed(isf::Id personId);
    void alertsReviewed(int open, const QString &error);

private:
    Session(std::unique_ptr<ProviderFile> file, const Clock &clock);
    std::unique_ptr<ProviderFile> m_file;
    const Clock *m_clock;
    QUndoStack m_undo;
    std::unique_ptr<BackgroundReader> m_background;
    bool m_reviewing = false, m_reviewAgain = false;
};

} // namespace isf::ui
