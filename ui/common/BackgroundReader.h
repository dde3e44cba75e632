// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include <QAtomicInt>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>

namespace isf {
class Clock;
class ProviderFile;
} // namespace isf

namespace isf::ui {

// One worker thread per open file, with its own connection to it (a QSqlDatabase
// connection belongs to the thread that opened it). Slow reads and the alert review run
// here one after another, so the window stays responsive and two heavy reads never
// hold their memory at the same time. Results come back on the GUI thread.
class BackgroundReader : public QObject {
    Q_OBJECT
public:
    BackgroundReader(QString path, QString userName, const Clock &clock);
    ~BackgroundReader() override;

    // Runs work(file) on the worker thread, then done(result) on the receiver's thread
    // if the receiver still exists. A failure is passed to failed(message) instead.
    template <typename R>
    void run(QObject *receiver, std::function<R(const ProviderFile &)> work,
        std::function<void(const R &)> done, std::function<void(const QString &)> failed = {})
    {
        QPointer<QObject> target(receiver);
        post([target, work = std::move(work), done = std::move(done), failed = std::move(failed)](
                 const ProviderFile &file, QString &error) {
            std::shared_ptr<R> result;
            try {
                result = std::make_shared<R>(work(file));
            } catch (const std::exception &e) {
                error = describe(e);
            }
            const QString message = error;
            if (target)
                QMetaObject::invokeMethod(
                    target.data(),
                    [target, result, done, failed, message] {
                        if (!target)
                            return;
                        if (result)
                            done(*result);
                        else if (failed)
                            failed(message);
                    },
                    Qt::QueuedConnection);
        });
    }
    // Jobs queued or running.
    int pending() const { return m_pending->loadAcquire(); }

private:
    using Job = std::function<void(const ProviderFile &, QString &)>;
    void post(Job job);
    static QString describe(const std::exception &e);
    class Worker;
    Worker *m_worker;
    class QThread *m_thread;
    std::shared_ptr<QAtomicInt> m_pending = std::make_shared<QAtomicInt>(0);
};

} // namespace isf::ui
