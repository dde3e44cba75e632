#pragma once
#include <QDate>
#include <QObject>

namespace isf {
class Clock;
}

namespace isf::ui {

// Brings the stored alerts up to date (core/rules' reviewAlerts) on a worker thread,
// with its own connection to the provider file, so opening a large file or posting an
// entry never waits for the rules. Start with AlertReviewJob::start(); it deletes itself.
class AlertReviewJob : public QObject {
    Q_OBJECT
public:
    static AlertReviewJob *start(
        const QString &path, const QString &userName, const Clock &clock, QObject *receiver);

signals:
    // open: alerts open after the review; error: plain words, empty on success.
    void finished(int open, int added, int resolved, const QString &error);

private:
    AlertReviewJob(QString path, QString userName, const Clock &clock);
    void run();
    QString m_path, m_user;
    const Clock &m_clock;
};

} // namespace isf::ui
