#pragma once
#include "core/domain/Entities.h"

#include <QObject>

#include <atomic>

namespace isf {
class Clock;
}

namespace isf::ui {

// Issues the statements at a period end: for every person with a live agreement,
// writes the PDF of their latest completed period and records it in the statements
// register (which closes the period), on a worker thread. It opens its own connection to the
// provider file (a QSqlDatabase connection belongs to the thread that opened it) and stops between
// people when cancelled.
class BulkStatementsJob : public QObject {
    Q_OBJECT
public:
    BulkStatementsJob(QString filePath, QString userName, const Clock &clock, QString outputDir);
    void cancel() { m_cancel = true; }

public slots:
    void run();

signals:
    void progress(int done, int total, const QString &current);
    // written: PDFs written; cancelled when stopped early; error empty on success.
    void finished(int written, bool cancelled, const QString &error);

private:
    QString m_path, m_user, m_dir;
    const Clock &m_clock;
    std::atomic<bool> m_cancel { false };
};

} // namespace isf::ui
