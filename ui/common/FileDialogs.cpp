#include "ui/common/FileDialogs.h"

#include <QCoreApplication>
#include <QFileDialog>

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
