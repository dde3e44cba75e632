// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "ui/common/FileDialogs.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>

namespace isf::ui {

QString FileDialogs::openFileName(QWidget *parent, const QString &caption, const QString &filter)
{
    return QFileDialog::getOpenFileName(parent, caption, QString(), filter);
}

QString FileDialogs::saveFileName(
    QWidget *parent, const QString &caption, const QString &suggested, const QString &filter)
{
    return QFileDialog::getSaveFileName(parent, caption, suggested, filter);
}

QString FileDialogs::directory(QWidget *parent, const QString &caption)
{
    return QFileDialog::getExistingDirectory(parent, caption);
}

UnsavedAnswer FileDialogs::askToSave(QWidget *parent, const QString &what)
{
    QMessageBox box(QMessageBox::Warning,
        QCoreApplication::translate("FileDialogs", "Unsaved changes"),
        QCoreApplication::translate("FileDialogs", "Save the changes to %1?").arg(what),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, parent);
    box.setInformativeText(
        QCoreApplication::translate("FileDialogs", "If you discard them, what you typed is lost."));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        return UnsavedAnswer::Save;
    case QMessageBox::Discard:
        return UnsavedAnswer::Discard;
    default:
        return UnsavedAnswer::Cancel;
    }
}

bool FileDialogs::confirm(
    QWidget *parent, const QString &title, const QString &text, const QString &yesText)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    QPushButton *yes = box.addButton(yesText, QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(yes);
    box.exec();
    return box.clickedButton() == yes;
}

QString FileDialogs::askText(
    QWidget *parent, const QString &caption, const QString &label, const QString &text)
{
    bool ok = false;
    const QString answer
        = QInputDialog::getText(parent, caption, label, QLineEdit::Normal, text, &ok);
    return ok ? (answer.isNull() ? QStringLiteral("") : answer) : QString();
}

namespace {
FileDialogs *g_appDialogs = nullptr;
}

FileDialogs &appDialogs()
{
    static FileDialogs platform;
    return g_appDialogs ? *g_appDialogs : platform;
}

void setAppDialogs(FileDialogs *dialogs)
{
    g_appDialogs = dialogs;
}

QString providerFileFilter()
{
    return QCoreApplication::translate(
        "FileDialogs", "ISF Desk provider files (*.isf);;All files (*)");
}

QString csvFileFilter()
{
    return QCoreApplication::translate("FileDialogs", "CSV files (*.csv);;All files (*)");
}

QString pdfFileFilter()
{
    return QCoreApplication::translate("FileDialogs", "PDF documents (*.pdf)");
}

} // namespace isf::ui
