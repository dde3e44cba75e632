#include "reports/ReportActions.h"

#include "app/ErrorText.h"
#include "app/FileDialogs.h"
#include "app/Format.h"
#include "app/Session.h"
#include "import/ImportWizard.h"
#include "layout/Renderer.h"
#include "main/MainWindow.h"
#include "people/PeoplePage.h"
#include "person/LedgerTab.h"
#include "person/PersonView.h"
#include "reports/BulkStatementsJob.h"
#include "reports/StopgapStatement.h"
#include "storage/ProviderFile.h"
#include "time/Dates.h"

#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QThread>

namespace isf::ui::ReportActions {
namespace {

Id personFor(MainWindow &w)
{
    if (const Id id = w.currentPersonId())
        return id;
    const QModelIndex i = w.people()->view()->currentIndex();
    if (i.isValid() && w.workspace()->currentWidget() == w.people())
        return i.data(IdRole).toLongLong();
    return 0;
}

void tell(MainWindow &w, const QString &title, const QString &text)
{
    auto *box = new QMessageBox(QMessageBox::Information, title, text, QMessageBox::Ok, &w);
    box->setObjectName(QStringLiteral("infoBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

bool choosePerson(MainWindow &w, Id &id)
{
    id = personFor(w);
    if (!w.session())
        return false;
    if (!id)
        tell(w, QObject::tr("Statements"),
            QObject::tr("Open a person, or select one in the People list, first."));
    return id != 0;
}

void preview(MainWindow &w, bool easyRead)
{
    Id id = 0;
    if (!choosePerson(w, id))
        return;
    auto doc = std::make_shared<reports::Document>();
    if (!attempt(&w, QObject::tr("Prepare the statement"), [&] {
            Session &s = *w.session();
            *doc = stopgapStatement(s.file(), id,
                lastCompletedStatementPeriod(s.file(), id, s.today()), easyRead, s.today());
        }))
        return;
    auto *printer = new QPrinter(QPrinter::HighResolution);
    printer->setPageSize(QPageSize(QPageSize::A4));
    printer->setDocName(doc->title);
    auto *dialog = new QPrintPreviewDialog(printer, &w);
    dialog->setObjectName(QStringLiteral("printPreview"));
    dialog->setWindowTitle(doc->title);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &QPrintPreviewDialog::paintRequested, dialog, [doc, &w](QPrinter *p) {
        attempt(&w, QObject::tr("Print the statement"), [&] { reports::render(*doc, *p); });
    });
    QObject::connect(dialog, &QObject::destroyed, [printer] { delete printer; });
    dialog->resize(w.size() * 0.9);
    dialog->open();
}

} // namespace

void previewStatement(MainWindow &w)
{
    preview(w, false);
}

void previewEasyRead(MainWindow &w)
{
    preview(w, true);
}

void printStatement(MainWindow &w)
{
    Id id = 0;
    if (!choosePerson(w, id))
        return;
    Session &s = *w.session();
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, &w);
    if (dialog.exec() != QDialog::Accepted)
        return;
    attempt(&w, QObject::tr("Print the statement"), [&] {
        reports::render(
            stopgapStatement(s.file(), id, lastCompletedStatementPeriod(s.file(), id, s.today()),
                false, s.today()),
            printer);
    });
}

void saveStatementPdf(MainWindow &w)
{
    Id id = 0;
    if (!choosePerson(w, id))
        return;
    Session &s = *w.session();
    const Period period = lastCompletedStatementPeriod(s.file(), id, s.today());
    const QString path = w.dialogs().saveFileName(&w, QObject::tr("Save the statement as PDF"),
        QStringLiteral("statement-%1.pdf").arg(isoDate(period.last)), pdfFileFilter());
    if (path.isEmpty())
        return;
    if (attempt(&w, QObject::tr("Save the statement"), [&] {
            reports::writePdf(stopgapStatement(s.file(), id, period, false, s.today()), path);
        }))
        w.statusBar()->showMessage(QObject::tr("Statement saved to %1").arg(path), 8000);
}

void previewAgreement(MainWindow &w)
{
    tell(w, QObject::tr("Agreement"),
        QObject::tr("Printing the ISF agreement (FIN3) arrives with the agreement document."));
}

void letters(MainWindow &w)
{
    tell(w, QObject::tr("Letters"),
        QObject::tr("Notification letters arrive with the letter documents."));
}

void auditPack(MainWindow &w)
{
    tell(w, QObject::tr("Audit pack"),
        QObject::tr("The audit pack export arrives with the audit pack."));
}

void importCsv(MainWindow &w)
{
    if (!w.session())
        return;
    auto *wizard = new ImportWizard(*w.session(), w.dialogs(), &w);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setWindowModality(Qt::WindowModal);
    wizard->open();
}

void reverseSelected(MainWindow &w)
{
    auto *view = qobject_cast<PersonView *>(w.workspace()->currentWidget());
    if (!view || !view->ledgerTab()->currentTxn()) {
        tell(w, QObject::tr("Reverse an entry"),
            QObject::tr("Select the entry in a person's ledger first."));
        return;
    }
    w.reverseEntry(view->ledgerTab()->currentTxn());
}

void bulkStatements(MainWindow &w)
{
    Session *s = w.session();
    if (!s)
        return;
    const QString dir = w.dialogs().directory(&w, QObject::tr("Folder for the statements"));
    if (dir.isEmpty())
        return;
    auto *job = new BulkStatementsJob(s->path(), s->userName(), s->clock(), dir);
    auto *thread = new QThread(&w);
    job->moveToThread(thread);
    auto *progress = new QProgressDialog(
        QObject::tr("Writing statements\u2026"), QObject::tr("&Cancel"), 0, 0, &w);
    progress->setObjectName(QStringLiteral("bulkProgress"));
    progress->setWindowTitle(QObject::tr("Statements for everyone"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(0);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    QObject::connect(thread, &QThread::started, job, &BulkStatementsJob::run);
    QObject::connect(job, &BulkStatementsJob::progress, progress,
        [progress](int done, int total, const QString &ref) {
            progress->setMaximum(total);
            progress->setValue(done);
            if (!ref.isEmpty())
                progress->setLabelText(QObject::tr("Writing the statement for %1 (%2 of %3)\u2026")
                                           .arg(ref)
                                           .arg(done + 1)
                                           .arg(total));
        });
    // Cancel asks the worker to stop between people; it reports back through finished.
    QObject::connect(
        progress, &QProgressDialog::canceled, job, [job] { job->cancel(); }, Qt::DirectConnection);
    QObject::connect(job, &BulkStatementsJob::finished, &w,
        [&w, progress, thread, job](int written, bool cancelled, const QString &error) {
            progress->deleteLater();
            thread->quit();
            thread->wait();
            job->deleteLater();
            thread->deleteLater();
            if (!error.isEmpty())
                tell(w, QObject::tr("Statements for everyone"),
                    QObject::tr("Stopped after %n statement(s): %1", nullptr, written).arg(error));
            else
                w.statusBar()->showMessage(cancelled
                        ? QObject::tr("Cancelled after %n statement(s).", nullptr, written)
                        : QObject::tr("%n statement(s) written.", nullptr, written),
                    10000);
            emit w.bulkStatementsFinished(written, cancelled);
        });
    progress->show();
    thread->start();
}

} // namespace isf::ui::ReportActions
