// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "ui/main/Screenshots.h"

#include "ui/assessment/AssessmentDialog.h"
#include "ui/common/Format.h"
#include "ui/common/Session.h"
#include "ui/documents/ReportActions.h"
#include "ui/entry/AgreementDialog.h"
#include "ui/entry/EntryDialog.h"
#include "ui/entry/RemittanceDialog.h"
#include "ui/entry/ReversalDialog.h"
#include "ui/importwizard/ImportWizard.h"
#include "ui/issuing/IssueStatementsDialog.h"
#include "ui/main/MainWindow.h"
#include "ui/people/PeoplePage.h"
#include "ui/person/LedgerModel.h"
#include "ui/person/LedgerTab.h"
#include "ui/person/PersonView.h"
#include "ui/settings/SettingsDialog.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QTabWidget>
#include <QTableView>
#include <QThread>
#include <QTimer>

namespace isf::ui {
namespace {

void settle()
{
    for (int i = 0; i < 5; ++i) {
        QApplication::processEvents();
        QThread::msleep(10);
    }
}

bool save(QWidget *w, const QString &dir, const QString &name, int &count)
{
    settle();
    const bool ok = w->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
    if (ok)
        ++count;
    return ok;
}

template <typename D> D *topLevel()
{
    for (QWidget *w : QApplication::topLevelWidgets())
        if (auto *d = qobject_cast<D *>(w); d && d->isVisible())
            return d;
    return nullptr;
}

template <typename D>
void grabDialog(MainWindow &w, const QString &dir, const QString &name, int &count)
{
    settle();
    D *d = w.findChild<D *>();
    if (!d)
        d = topLevel<D>();
    if (!d)
        return;
    save(d, dir, name, count);
    d->close();
    settle();
}

} // namespace

int renderScreenshots(MainWindow &w, const QString &filePath, const QString &dir)
{
    QDir().mkpath(dir);
    int count = 0;
    w.resize(1280, 800);
    w.show();
    save(&w, dir, QStringLiteral("01-welcome"), count);
    if (!w.openFile(filePath))
        return count;
    // Let the alert review (a worker thread) finish, so the screens show its alerts.
    QElapsedTimer waited;
    waited.start();
    while (w.session()->busy() && waited.elapsed() < 120000)
        settle();
    save(&w, dir, QStringLiteral("02-dashboard"), count);
    w.workspace()->setCurrentWidget(w.people());
    save(&w, dir, QStringLiteral("03-people"), count);
    w.people()->view()->selectRow(0);
    const Id first = w.people()->view()->model()->index(0, 0).data(IdRole).toLongLong();
    PersonView *person = w.openPerson(first);
    if (!person)
        return count;
    const QStringList tabs
        = { QStringLiteral("ledger"), QStringLiteral("details"), QStringLiteral("representative"),
              QStringLiteral("agreement"), QStringLiteral("budget"), QStringLiteral("hours"),
              QStringLiteral("alerts"), QStringLiteral("statements"), QStringLiteral("charts") };
    for (int i = 0; i < person->tabs()->count() && i < tabs.size(); ++i) {
        person->tabs()->setCurrentIndex(i);
        save(&w, dir,
            QStringLiteral("%1-person-%2").arg(4 + i, 2, 10, QLatin1Char('0')).arg(tabs[i]), count);
    }
    person->tabs()->setCurrentIndex(0);

    w.newEntry(TxnKind::Expense, first);
    if (auto *d = w.findChild<EntryDialog *>()) {
        settle();
        save(d, dir, QStringLiteral("12-expense-form"), count);
        // The same form refusing a management fee, as a finance officer would see it.
        if (auto *cat = d->findChild<QComboBox *>(QStringLiteral("entryCategory")))
            cat->setCurrentIndex(cat->findText(QStringLiteral("Management fee")));
        if (auto *amount = d->findChild<QLineEdit *>(QStringLiteral("entryAmount")))
            amount->setText(QStringLiteral("45.00"));
        save(d, dir, QStringLiteral("13-expense-refused"), count);
        d->close();
    }
    w.newEntry(TxnKind::Contribution, first);
    grabDialog<EntryDialog>(w, dir, QStringLiteral("14-contribution-form"), count);
    w.newRemittance();
    grabDialog<RemittanceDialog>(w, dir, QStringLiteral("15-remittance-form"), count);
    w.newAgreement(first);
    grabDialog<AgreementDialog>(w, dir, QStringLiteral("16-agreement-form"), count);
    if (const Id txn = person->ledgerTab()->model()->rowCount() > 0
            ? person->ledgerTab()->model()->index(0, 0).data(IdRole).toLongLong()
            : 0) {
        w.reverseEntry(txn);
        grabDialog<ReversalDialog>(w, dir, QStringLiteral("17-reversal-form"), count);
    }
    const QStringList pages = { QStringLiteral("provider"), QStringLiteral("councils"),
        QStringLiteral("categories"), QStringLiteral("suppliers"), QStringLiteral("user") };
    for (int i = 0; i < pages.size(); ++i) {
        w.showSettings(i);
        grabDialog<SettingsDialog>(
            w, dir, QStringLiteral("%1-settings-%2").arg(18 + i).arg(pages[i]), count);
    }
    ReportActions::previewStatement(w);
    grabDialog<QPrintPreviewDialog>(w, dir, QStringLiteral("23-statement-preview"), count);
    ReportActions::previewEasyRead(w);
    grabDialog<QPrintPreviewDialog>(w, dir, QStringLiteral("24-easy-read-preview"), count);
    ReportActions::previewAgreement(w);
    grabDialog<QPrintPreviewDialog>(w, dir, QStringLiteral("25-agreement-preview"), count);
    w.action(QStringLiteral("actionImport"))->trigger();
    grabDialog<ImportWizard>(w, dir, QStringLiteral("26-import-wizard"), count);
    {
        // Part answered, as a worker would be mid-way, so the running score shows.
        auto *d = new AssessmentDialog(*w.session(), first, &w);
        d->setAttribute(Qt::WA_DeleteOnClose);
        d->show();
        const auto boxes = d->findChildren<QComboBox *>();
        for (qsizetype i = 0; i + 1 < boxes.size(); ++i)
            boxes[i]->setCurrentIndex(std::min(int(i % 3) + 1, boxes[i]->count() - 1));
        save(d, dir, QStringLiteral("27-assessment-form"), count);
        d->close();
    }
    ReportActions::bulkStatements(w);
    grabDialog<IssueStatementsDialog>(w, dir, QStringLiteral("28-issue-statements"), count);
    // File > Verify shows a modal box: grab it from inside its own event loop.
    QTimer::singleShot(200, &w, [&] {
        if (auto *box = topLevel<QMessageBox>()) {
            save(box, dir, QStringLiteral("29-verify"), count);
            box->close();
        }
    });
    w.action(QStringLiteral("actionVerify"))->trigger();
    return count;
}

} // namespace isf::ui
