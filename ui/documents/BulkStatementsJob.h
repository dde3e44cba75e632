// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include "ui/issuing/IssuePlan.h"
#include "ui/issuing/IssueResultsDialog.h"

#include <QObject>

#include <atomic>

namespace isf {
class Clock;
}

namespace isf::ui {

// Makes the statements of an issue plan (Reports > Issue statements…) on a worker
// thread: for each item, the PDF (and the easy-read one when asked) named
// REF-Name-statement-YYYY-MM-DD.pdf; when issuing, the issue is recorded (closing the
// period) before the file takes its final name, so no final-looking PDF exists for an
// issue never recorded. Drafts are marked DRAFT and recorded nowhere. It opens its own
// connection to the provider file (a connection belongs to the thread that opened it)
// and stops between statements when cancelled.
class BulkStatementsJob : public QObject {
    Q_OBJECT
public:
    BulkStatementsJob(QString filePath, QString userName, const Clock &clock, IssueRequest request,
        std::vector<IssueItem> items);
    void cancel() { m_cancel = true; }

public slots:
    void run();

signals:
    void progress(int done, int total, const QString &current);
    // One outcome per item of the plan (skipped ones included); cancelled when stopped.
    void finished(const std::vector<isf::ui::IssueOutcome> &outcomes, bool cancelled);

private:
    QString m_path, m_user;
    const Clock &m_clock;
    IssueRequest m_request;
    std::vector<IssueItem> m_items;
    std::atomic<bool> m_cancel { false };
};

// The file name of a statement: REF-Name-statement-YYYY-MM-DD.pdf (the name with
// spaces as hyphens and anything a file system may refuse taken out).
QString statementFileName(
    const QString &ref, const QString &name, const QDate &periodEnd, bool easyRead, bool draft);

} // namespace isf::ui
