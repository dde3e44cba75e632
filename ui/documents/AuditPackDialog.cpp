// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "ui/documents/AuditPackDialog.h"

#include "core/storage/PersonStore.h"
#include "core/storage/ProviderFile.h"
#include "core/storage/ReferenceStore.h"
#include "core/time/Dates.h"
#include "reports/pack/AuditPack.h"
#include "ui/common/ErrorText.h"
#include "ui/common/FileDialogs.h"
#include "ui/common/Session.h"
#include "ui/register/DateField.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QThread>
#include <QVBoxLayout>

#include <atomic>
#include <memory>

namespace isf::ui {
namespace {
enum PeriodChoice { LastYear, ThisYear, Custom };
}

AuditPackDialog::AuditPackDialog(
    Session &session, FileDialogs &dialogs, Id personId, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_dialogs(dialogs)
    , m_personId(personId)
    , m_council(new QComboBox(this))
    , m_period(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_onlyPerson(new QCheckBox(this))
    , m_password(new QLineEdit(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("auditPackDialog"));
    setWindowTitle(tr("Export the audit pack"));
    setAccessibleName(windowTitle());
    m_council->setObjectName(QStringLiteral("packCouncil"));
    m_council->setAccessibleName(tr("Council"));
    m_council->addItem(tr("Every council"), 0);
    attempt(this, tr("Load the councils"), [&] {
        for (const Council &c : listCouncils(session.file()))
            m_council->addItem(c.name, c.id);
    });
    m_period->setObjectName(QStringLiteral("packPeriod"));
    m_period->setAccessibleName(tr("Period"));
    m_period->addItems(
        { tr("Last financial year"), tr("This financial year so far"), tr("Other dates") });
    for (QDateEdit *d : { m_from, m_to }) {
        setUpDateField(d, QDate(1990, 1, 1));
        d->setCalendarPopup(true);
    }
    m_from->setAccessibleName(tr("From"));
    m_to->setAccessibleName(tr("To"));
    m_onlyPerson->setObjectName(QStringLiteral("packOnlyPerson"));
    QString who;
    if (personId)
        if (const auto p = personById(session.file(), personId))
            who = p->ref + QStringLiteral(" ") + p->fullName();
    m_onlyPerson->setText(
        who.isEmpty() ? tr("Only one person (open them first)") : tr("Only %1").arg(who));
    m_onlyPerson->setEnabled(!who.isEmpty());
    m_password->setObjectName(QStringLiteral("packPassword"));
    m_password->setAccessibleName(tr("Password (optional)"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Leave empty for no password"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("font-weight: bold;"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export\u2026"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("packExport"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Council:"), m_council);
    form->addRow(tr("&Period:"), m_period);
    form->addRow(tr("&From:"), m_from);
    form->addRow(tr("&To:"), m_to);
    form->addRow(QString(), m_onlyPerson);
    form->addRow(tr("Pass&word:"), m_password);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    connect(m_period, &QComboBox::currentIndexChanged, this, &AuditPackDialog::periodChanged);
    connect(buttons, &QDialogButtonBox::accepted, this, &AuditPackDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    periodChanged();
}

void AuditPackDialog::periodChanged()
{
    const Period fy = financialYearContaining(m_session.today());
    const int choice = m_period->currentIndex();
    m_from->setEnabled(choice == Custom);
    m_to->setEnabled(choice == Custom);
    if (choice == LastYear) {
        m_from->setDate(fy.first.addYears(-1));
        m_to->setDate(fy.first.addDays(-1));
    } else if (choice == ThisYear) {
        m_from->setDate(fy.first);
        m_to->setDate(m_session.today());
    }
}

void AuditPackDialog::accept()
{
    PackScope scope;
    scope.period = { m_from->date(), m_to->date() };
    scope.councilId = m_council->currentData().toLongLong();
    scope.councilName = scope.councilId ? m_council->currentText() : QString();
    scope.personId = m_onlyPerson->isChecked() ? m_personId : 0;
    if (!scope.period.isValid()) {
        m_message->setText(tr("The period must start on or before its last day."));
        return;
    }
    const QString suggested = QStringLiteral("audit-pack-%1-to-%2.zip")
                                  .arg(isoDate(scope.period.first), isoDate(scope.period.last));
    const QString path = m_dialogs.saveFileName(
        this, tr("Save the audit pack"), suggested, tr("Zip archives (*.zip)"));
    if (path.isEmpty())
        return;

    auto cancel = std::make_shared<std::atomic<bool>>(false);
    auto *progress = new QProgressDialog(
        tr("Preparing the audit pack\u2026"), tr("&Cancel"), 0, 0, parentWidget());
    progress->setObjectName(QStringLiteral("packProgress"));
    progress->setWindowTitle(windowTitle());
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(0);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    connect(progress, &QProgressDialog::canceled, progress, [cancel] { *cancel = true; });
    QPointer<QProgressDialog> bar(progress);
    QPointer<AuditPackDialog> self(this);
    const QString file = m_session.path(), user = m_session.userName(),
                  password = m_password->text();
    const Clock &clock = m_session.clock();
    QThread *thread = QThread::create([=, &clock] {
        QString error;
        reports::AuditPackResult result;
        try {
            const ProviderFile own = ProviderFile::open(file, user, clock);
            reports::AuditPackOptions options;
            options.scope = scope;
            options.outputPath = path;
            options.password = password;
            options.progress = [bar, cancel](int done, int total, const QString &what) {
                QMetaObject::invokeMethod(
                    qApp,
                    [bar, done, total, what] {
                        if (!bar)
                            return;
                        bar->setMaximum(total);
                        bar->setValue(done);
                        bar->setLabelText(what);
                    },
                    Qt::QueuedConnection);
                return !*cancel;
            };
            result = reports::writeAuditPack(own, options);
        } catch (const std::exception &e) {
            error = errorText(e);
        }
        QMetaObject::invokeMethod(
            qApp,
            [self, bar, result, error] {
                if (bar)
                    bar->deleteLater();
                if (self) {
                    emit self->exported(
                        result.cancelled || !error.isEmpty() ? QString() : result.path,
                        result.cancelled, error);
                    self->QDialog::accept();
                }
            },
            Qt::QueuedConnection);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    hide();
    progress->show();
    thread->start();
}

} // namespace isf::ui
