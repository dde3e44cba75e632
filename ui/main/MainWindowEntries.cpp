// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
// The main window's entry points that open forms: entries, people, agreements,
// settings, help. Every form opens window-modal without blocking the event loop.
#include "core/rules/alerts/AlertStore.h"
#include "core/storage/Receipts.h"
#include "core/storage/Schema.h"
#include "core/util/Version.h"
#include "ui/common/ErrorText.h"
#include "ui/common/FileDialogs.h"
#include "ui/common/Session.h"
#include "ui/entry/AgreementDialog.h"
#include "ui/entry/EntryDialog.h"
#include "ui/entry/HoursDialog.h"
#include "ui/entry/NewPersonDialog.h"
#include "ui/entry/NoticeDialog.h"
#include "ui/entry/ReceiptsDialog.h"
#include "ui/entry/RemittanceDialog.h"
#include "ui/entry/ReversalDialog.h"
#include "ui/main/MainWindow.h"
#include "ui/settings/SettingsDialog.h"

#include <QFile>
#include <QFileInfo>
#include <QInputDialog>
#include <QMessageBox>
#include <QStatusBar>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace isf::ui {
namespace {
template <typename D> D *openDialog(D *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->open();
    return dialog;
}
} // namespace

void MainWindow::newEntry(TxnKind kind, Id personId)
{
    if (m_session)
        openDialog(new EntryDialog(*m_session, m_dialogs, kind, personId, this));
}

void MainWindow::newRemittance()
{
    if (m_session)
        openDialog(new RemittanceDialog(*m_session, this));
}

void MainWindow::reverseEntry(Id txnId)
{
    if (m_session && txnId)
        openDialog(new ReversalDialog(*m_session, txnId, this));
}

void MainWindow::attachReceipt(Id txnId)
{
    if (m_session && txnId)
        openDialog(new ReceiptsDialog(*m_session, m_dialogs, txnId, this));
}

void MainWindow::newPerson()
{
    if (!m_session)
        return;
    auto *d = openDialog(new NewPersonDialog(*m_session, this));
    connect(d, &QDialog::accepted, this, [this, d] {
        if (d->personId()) {
            openPerson(d->personId());
            newAgreement(d->personId());
        }
    });
}

void MainWindow::recordHours(Id personId)
{
    if (m_session && personId)
        openDialog(new HoursDialog(*m_session, personId, this));
}

void MainWindow::newAgreement(Id personId)
{
    if (m_session && personId)
        openDialog(new AgreementDialog(*m_session, personId, this));
}

void MainWindow::giveNotice(Id personId)
{
    if (m_session && personId)
        openDialog(new NoticeDialog(*m_session, personId, this));
}

void MainWindow::acknowledgeAlert(Id alertId)
{
    if (!m_session || !alertId)
        return;
    auto *d = new QInputDialog(this);
    d->setObjectName(QStringLiteral("acknowledgeDialog"));
    d->setWindowTitle(tr("Acknowledge an alert"));
    d->setLabelText(
        tr("Why is this all right? (for example \u201csaving for a holiday, agreed with the "
           "case worker\u201d). The note stays on record for the audit pack."));
    d->setInputMode(QInputDialog::TextInput);
    openDialog(d);
    connect(d, &QInputDialog::textValueSelected, this, [this, alertId](const QString &note) {
        if (!m_session)
            return;
        Id personId = 0;
        if (attempt(this, tr("Acknowledge the alert"), [&] {
                personId = isf::acknowledgeAlert(m_session->file(), alertId, note).alert.personId;
            }))
            m_session->notifyChanged(personId);
    });
}

void MainWindow::showSettings(int page)
{
    if (!m_session)
        return;
    auto *d = openDialog(new SettingsDialog(*m_session, m_settings, m_dialogs, this));
    d->setPage(page);
    connect(d, &QDialog::finished, this, [this] { updateTitle(); });
}

void MainWindow::showAbout()
{
    auto *box = new QMessageBox(QMessageBox::NoIcon, tr("About ISF Desk"),
        tr("<h3>ISF Desk %1</h3><p>Ledgers, statements and audit packs for the Individual "
           "Service Funds a care provider holds.</p><p>Every change is recorded in the audit "
           "log with your name; posted entries are never edited, only reversed.</p>"
           "<p>Provider file format version %2. Licensed under the GNU General Public "
           "License, version 3 or later.</p>")
            .arg(appVersion())
            .arg(kSchemaVersion),
        QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("aboutBox"));
    openDialog(box);
}

void MainWindow::showGuide()
{
    auto *d = new QDialog(this);
    d->setObjectName(QStringLiteral("userGuide"));
    d->setWindowTitle(tr("ISF Desk user guide"));
    auto *text = new QTextBrowser(d);
    text->setAccessibleName(tr("User guide"));
    text->setOpenExternalLinks(false);
    QFile guide(QStringLiteral(":/isfdesk/guide.html"));
    text->setHtml(guide.open(QIODevice::ReadOnly)
            ? QString::fromUtf8(guide.readAll())
            : tr("The user guide is missing from this build."));
    (new QVBoxLayout(d))->addWidget(text);
    d->resize(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 50, fontMetrics().height() * 36);
    d->setAttribute(Qt::WA_DeleteOnClose);
    d->show();
}

} // namespace isf::ui
