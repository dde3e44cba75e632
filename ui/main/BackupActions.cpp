// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "ui/main/BackupActions.h"

#include "core/storage/Backups.h"
#include "core/storage/FileLocation.h"
#include "core/storage/ProviderFile.h"
#include "core/storage/ReadOnlyOpen.h"
#include "ui/common/Session.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace isf::ui::BackupActions {
namespace {

QString kindText(const QString &reason)
{
    if (reason == u"daily")
        return QObject::tr("Automatic (first open of the day)");
    if (reason == u"manual")
        return QObject::tr("Made on request");
    if (reason == u"before-restore")
        return QObject::tr("The file as it was before a restore");
    if (reason.startsWith(u"before-v"))
        return QObject::tr("Before upgrading to file format %1").arg(reason.mid(8));
    return reason;
}

} // namespace

QString afterOpen(QWidget *parent, Session &session)
{
    const QString reason = untrustedLocationReason(session.path());
    if (!reason.isEmpty()) {
        auto *box
            = new QMessageBox(QMessageBox::Warning, QObject::tr("Risky place for a provider file"),
                QObject::tr("%1 %2.\n\nSQLite's locking cannot be trusted there: if two people, or "
                            "one person on two computers, open it at once, entries can be lost or "
                            "the file damaged. Keep the provider file on a local disk, and put "
                            "backups (not the open file) in the synced or shared folder.")
                    .arg(QDir::toNativeSeparators(session.path()), reason),
                QMessageBox::Ok, parent);
        box->setObjectName(QStringLiteral("untrustedLocationWarning"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    QString problem;
    autoBackupIfDue(session.file(), &problem);
    if (!problem.isEmpty())
        return QObject::tr("Today's automatic backup was not made: %1").arg(problem);
    if (isReadOnly(session.file()))
        return QObject::tr("Opened read-only: you can read this file but not change it.");
    return QString();
}

QString chooseBackup(QWidget *parent, const QString &providerPath)
{
    const std::vector<BackupEntry> backups = listBackups(providerPath);
    if (backups.empty()) {
        QMessageBox::information(parent, QObject::tr("Restore from backup"),
            QObject::tr("There are no backups of %1 in %2 yet.")
                .arg(QDir::toNativeSeparators(providerPath),
                    QDir::toNativeSeparators(backupFolderFor(providerPath))));
        return QString();
    }
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("restoreBackupDialog"));
    dialog.setWindowTitle(QObject::tr("Restore from backup"));
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(new QLabel(
        QObject::tr("Backups of %1, newest first. Restoring puts the chosen copy in place of the "
                    "file; the file as it is now is kept as a backup first.")
            .arg(QDir::toNativeSeparators(providerPath)),
        &dialog));
    auto *table = new QTableWidget(int(backups.size()), 4, &dialog);
    table->setObjectName(QStringLiteral("backupTable"));
    table->setHorizontalHeaderLabels({ QObject::tr("Date"), QObject::tr("Kind"),
        QObject::tr("Size"), QObject::tr("Checkpoint") });
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    const QLocale locale;
    for (int row = 0; row < int(backups.size()); ++row) {
        const BackupEntry &b = backups[std::size_t(row)];
        const QString when = b.reason == u"daily"
            ? locale.toString(b.made.date(), QLocale::LongFormat)
            : locale.toString(b.made, QLocale::LongFormat);
        table->setItem(row, 0, new QTableWidgetItem(when));
        table->setItem(row, 1, new QTableWidgetItem(kindText(b.reason)));
        table->setItem(
            row, 2, new QTableWidgetItem(locale.formattedDataSize(QFileInfo(b.path).size())));
        // Signed checkpoints come with the signed journal; until then there is none to show.
        table->setItem(row, 3, new QTableWidgetItem(QObject::tr("none recorded")));
    }
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->selectRow(0);
    layout->addWidget(table);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, &dialog);
    QPushButton *restore
        = buttons->addButton(QObject::tr("&Restore"), QDialogButtonBox::AcceptRole);
    restore->setObjectName(QStringLiteral("restoreButton"));
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog.resize(720, 360);
    if (dialog.exec() != QDialog::Accepted || table->currentRow() < 0)
        return QString();
    return backups[std::size_t(table->currentRow())].path;
}

} // namespace isf::ui::BackupActions
