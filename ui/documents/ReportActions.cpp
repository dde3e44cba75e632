// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "ui/documents/ReportActions.h"

#include "core/ledger/LedgerQueries.h"
#include "core/rules/alerts/AlertStore.h"
#include "core/statements/StatementsIssued.h"
#include "core/storage/AgreementStore.h"
#include "core/time/Dates.h"
#include "reports/layout/Renderer.h"
#include "ui/common/ErrorText.h"
#include "ui/common/FileDialogs.h"
#include "ui/common/Format.h"
#include "ui/common/Session.h"
#include "ui/documents/AuditPackDialog.h"
#include "ui/documents/BulkStatementsJob.h"
#include "ui/documents/Documents.h"
#include "ui/importwizard/ImportWizard.h"
#include "ui/issuing/IssueResultsDialog.h"
#include "ui/issuing/IssueStatementsDialog.h"
#include "ui/main/MainWindow.h"
#include "ui/people/PeoplePage.h"
#include "ui/person/LedgerTab.h"
#include "ui/person/PersonView.h"

#include <QFile>
#include <QInputDialog>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QThread>

#include <memory>

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
    if (!id) {
        // Not an error: take the person to the list to choose someone.
        w.workspace()->setCurrentWidget(w.people());
        w.people()->focusSearch();
        w.statusBar()->showMessage(
            QObject::tr("Choose a person (type to search, Down to the list), then try again."),
            8000);
    }
    return id != 0;
}

// A print preview of a document (print from there, or to a PDF file); non-blocking.
void preview(MainWindow &w, std::shared_ptr<reports::Document> doc)
{
    auto *printer = new QPrinter(QPrinter::HighResolution);
    printer->setPageSize(QPageSize(QPageSize::A4));
    printer->setDocName(doc->title);
    auto *dialog = new QPrintPreviewDialog(printer, &w);
    dialog->setObjectName(QStringLiteral("printPreview"));
    dialog->setWindowTitle(doc->title);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &QPrintPreviewDialog::paintRequested, dialog, [doc, &w](QPrinter *p) {
        attempt(&w, QObject::tr("Print"), [&] { reports::render(*doc, *p); });
    });
    QObject::connect(dialog, &QObject::destroyed, [printer] { delete printer; });
    dialog->resize(w.size() * 0.9);
    dialog->open();
}

template <typename Build> void previewBuilt(MainWindow &w, const QString &doing, Build &&build)
{
    auto doc = std::make_shared<reports::Document>();
    bool have = false;
    if (!attempt(&w, doing, [&] {
            if (auto d = build()) {
                *doc = std::move(*d);
                have = true;
            }
        }))
        return;
    if (have)
        preview(w, doc);
    else
        tell(w, doing,
            QObject::tr("This document arrives with the document printing of a later version."));
}

void statementPreview(MainWindow &w, bool easyRead)
{
    Id id = 0;
    if (!choosePerson(w, id))
        return;
    Session &s = *w.session();
    previewBuilt(
        w, QObject::tr("Prepare the statement"), [&]() -> std::optional<reports::Document> {
            const Period period = Documents::latestPeriod(s.file(), id, s.today());
            return easyRead ? Documents::easyReadStatement(s.file(), id, period, s.today())
                            : Documents::statement(s.file(), id, period, s.today());
        });
}

} // namespace

void previewStatement(MainWindow &w)
{
    statementPreview(w, false);
}

void previewEasyRead(MainWindow &w)
{
    statementPreview(w, true);
}

void previewCopy(
    MainWindow &w, Id personId, const Period &period, bool easyRead, const QDate &issuedOn)
{
    Session *s = w.session();
    if (!s)
        return;
    previewBuilt(w, QObject::tr("Prepare the copy"), [&]() -> std::optional<reports::Document> {
        reports::Document doc = easyRead
            ? Documents::easyReadStatement(s->file(), personId, period, s->today())
            : Documents::statement(s->file(), personId, period, s->today());
        doc.title = QObject::tr("Copy: %1").arg(doc.title);
        doc.footerNote = QObject::tr("Copy of the statement issued on %1").arg(dateText(issuedOn));
        return doc;
    });
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
        reports::render(Documents::statement(s.file(), id,
                            Documents::latestPeriod(s.file(), id, s.today()), s.today()),
            printer);
    });
}

void saveStatementPdf(MainWindow &w)
{
    Id id = 0;
    if (!choosePerson(w, id))
        return;
    Session &s = *w.session();
    const Period period = Documents::latestPeriod(s.file(), id, s.today());
    const QString path = w.dialogs().saveFileName(&w, QObject::tr("Save the statement as PDF"),
        QStringLiteral("statement-%1.pdf").arg(isoDate(period.last)), pdfFileFilter());
    if (path.isEmpty())
        return;
    if (attempt(&w, QObject::tr("Save the statement"), [&] {
            reports::writePdf(Documents::statement(s.file(), id, period, s.today()), path);
        }))
        w.statusBar()->showMessage(QObject::tr("Statement saved to %1").arg(path), 8000);
}

void issueStatement(MainWindow &w)
{
    Id id = 0;
    if (!choosePerson(w, id))
        return;
    Session &s = *w.session();
    const Period period = Documents::latestPeriod(s.file(), id, s.today());
    if (period.last >= s.today()) {
        tell(w, QObject::tr("Issue the statement"),
            QObject::tr("This person has no statement period that has ended yet."));
        return;
    }
    const QString path
        = w.dialogs().saveFileName(&w, QObject::tr("Issue the statement (save as PDF)"),
            QStringLiteral("statement-%1.pdf").arg(isoDate(period.last)), pdfFileFilter());
    if (path.isEmpty())
        return;
    if (attempt(&w, QObject::tr("Issue the statement"), [&] {
            const QByteArray pdf
                = reports::pdfBytes(Documents::statement(s.file(), id, period, s.today()));
            QFile f(path);
            if (!f.open(QIODevice::WriteOnly) || f.write(pdf) != pdf.size())
                throw StorageError(QObject::tr("Could not write %1.").arg(path));
            f.close();
            recordStatementIssued(
                s.file(), id, period, balanceAt(s.file(), id, period.last), pdf, false);
        })) {
        s.notifyChanged(id);
        w.statusBar()->showMessage(
            QObject::tr("Statement to %1 issued and saved to %2; that period is now closed.")
                .arg(dateText(period.last), path),
            10000);
    }
}

void previewAgreement(MainWindow &w)
{
    Id id = 0;
    if (!choosePerson(w, id))
        return;
    Session &s = *w.session();
    previewBuilt(
        w, QObject::tr("Prepare the agreement"), [&]() -> std::optional<reports::Document> {
            const auto a = currentAgreement(s.file(), id);
            if (!a)
                throw InputError(QObject::tr("This person has no agreement yet."));
            return Documents::agreement(s.file(), a->id);
        });
}

void letters(MainWindow &w)
{
    Id id = 0;
    if (!choosePerson(w, id))
        return;
    Session &s = *w.session();
    QStringList labels;
    QList<std::pair<bool, Id>> targets; // (alert letter, id) or (notice letter, agreement id)
    attempt(&w, QObject::tr("Find the letters"), [&] {
        const QStringList rules = Documents::letterRules();
        for (const AlertRecord &r : alertRecords(s.file(), AlertStatus::Open, id))
            if (rules.contains(r.alert.rule)) {
                labels << QObject::tr("Letter about: %1").arg(r.alert.detail);
                targets.append({ true, r.id });
            }
        const auto a = currentAgreement(s.file(), id);
        if (a && a->noticeGivenOn.isValid() && Documents::available()) {
            labels
                << QObject::tr("Notice of termination (given %1)").arg(dateText(a->noticeGivenOn));
            targets.append({ false, a->id });
        }
    });
    if (labels.isEmpty()) {
        tell(w, QObject::tr("Letters"),
            Documents::available()
                ? QObject::tr("There is nothing to write to the council about for this person.")
                : QObject::tr("Letters arrive with the document printing of a later version."));
        return;
    }
    auto *choose = new QInputDialog(&w);
    choose->setObjectName(QStringLiteral("letterChoice"));
    choose->setWindowTitle(QObject::tr("Letters"));
    choose->setLabelText(QObject::tr("Which letter?"));
    choose->setComboBoxItems(labels);
    choose->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(
        choose, &QInputDialog::textValueSelected, &w, [&w, labels, targets](const QString &text) {
            const auto target = targets.value(static_cast<int>(labels.indexOf(text)));
            Session *session = w.session();
            if (!session)
                return;
            previewBuilt(w, QObject::tr("Prepare the letter"), [&] {
                return target.first ? Documents::alertLetter(session->file(), target.second)
                                    : Documents::noticeLetter(session->file(), target.second);
            });
        });
    choose->open();
}

void auditPack(MainWindow &w)
{
    if (!w.session())
        return;
    auto *dialog = new AuditPackDialog(*w.session(), w.dialogs(), w.currentPersonId(), &w);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    QObject::connect(dialog, &AuditPackDialog::exported, &w,
        [&w](const QString &path, bool cancelled, const QString &error) {
            if (!error.isEmpty())
                tell(w, QObject::tr("Audit pack"),
                    QObject::tr("The audit pack was not written. %1").arg(error));
            else if (cancelled)
                w.statusBar()->showMessage(
                    QObject::tr("Audit pack cancelled; nothing was written."), 8000);
            else
                w.statusBar()->showMessage(QObject::tr("Audit pack saved to %1").arg(path), 10000);
            emit w.auditPackFinished(path, cancelled);
        });
    dialog->open();
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
    auto *dialog = new IssueStatementsDialog(*s, w.dialogs(), &w);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &QDialog::accepted, &w, [&w, dialog] {
        if (w.session())
            runIssuePlan(w, dialog->request(), dialog->plan().items);
    });
    dialog->open();
}

void runIssuePlan(MainWindow &w, const IssueRequest &request, const std::vector<IssueItem> &items)
{
    Session *s = w.session();
    auto *job = new BulkStatementsJob(s->path(), s->userName(), s->clock(), request, items);
    auto *thread = new QThread(&w);
    job->moveToThread(thread);
    auto *progress = new QProgressDialog(
        QObject::tr("Making the statements\u2026"), QObject::tr("&Cancel"), 0, 0, &w);
    progress->setObjectName(QStringLiteral("bulkProgress"));
    progress->setWindowTitle(QObject::tr("Issue statements"));
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
                progress->setLabelText(QObject::tr("The statement for %1 (%2 of %3)\u2026")
                                           .arg(ref)
                                           .arg(done + 1)
                                           .arg(total));
        });
    // Cancel asks the worker to stop between statements; it reports back through finished.
    QObject::connect(
        progress, &QProgressDialog::canceled, job, [job] { job->cancel(); }, Qt::DirectConnection);
    const QString folder = request.folder;
    QObject::connect(job, &BulkStatementsJob::finished, &w,
        [&w, progress, thread, job, folder](
            const std::vector<IssueOutcome> &outcomes, bool cancelled) {
            progress->deleteLater();
            thread->quit();
            thread->wait();
            job->deleteLater();
            thread->deleteLater();
            int made = 0;
            for (const IssueOutcome &o : outcomes)
                made += (o.kind == IssueOutcome::Issued || o.kind == IssueOutcome::Draft) ? 1 : 0;
            // The results stay until closed: what was issued, skipped and failed, and why.
            auto *results = new IssueResultsDialog(outcomes, folder, cancelled, &w);
            results->setAttribute(Qt::WA_DeleteOnClose);
            results->open();
            if (w.session())
                w.session()->notifyChanged(0);
            emit w.bulkStatementsFinished(made, cancelled);
        });
    thread->start();
}

} // namespace isf::ui::ReportActions
