// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "ui/common/ErrorText.h"

#include <QMessageBox>
#include <QWidget>

namespace isf::ui {

QString errorText(const std::exception &e)
{
    if (const auto *err = dynamic_cast<const isf::Error *>(&e))
        return err->message();
    return QObject::tr("Something unexpected went wrong, and nothing was changed. If it "
                       "happens again, make a backup copy of the file and contact support.");
}

void showError(QWidget *parent, const QString &doing, const std::exception &e)
{
    // Window-modal and non-blocking: the event loop keeps running (and tests can find
    // the box by its objectName and read the message).
    auto *box = new QMessageBox(QMessageBox::Warning, doing, errorText(e), QMessageBox::Ok, parent);
    box->setObjectName(QStringLiteral("errorBox"));
    box->setAccessibleName(doing);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace isf::ui
