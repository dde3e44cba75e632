// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "ui/main/VerifyAction.h"

#include "core/integrity/Checkpoint.h"
#include "core/integrity/ProviderKey.h"
#include "core/ledger/Verify.h"
#include "core/util/Errors.h"
#include "ui/common/Session.h"

#include <QApplication>
#include <QCoreApplication>
#include <QMessageBox>

namespace isf::ui {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("VerifyAction", text);
}

} // namespace

void verifyOpenFile(QWidget *parent, Session &session)
{
    VerifyReport report;
    QString key;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        report = verifyFile(session.file());
        key = currentSigningKey(session.file()).fingerprint;
    } catch (const Error &e) {
        report.problems << e.message();
    }
    QApplication::restoreOverrideCursor();
    QMessageBox box(parent);
    box.setObjectName(QStringLiteral("verifyResult"));
    box.setWindowTitle(tr("Verify this file"));
    const QString keyLine = key.isEmpty()
        ? tr("This file has no signing key yet.")
        : tr("Your signing key fingerprint is %1. Councils check your audit packs against it.")
              .arg(key);
    if (report.ok()) {
        box.setIcon(QMessageBox::Information);
        box.setText(tr("The file passed every check."));
        box.setInformativeText(
            tr("Every balance adds up, every entry is where it was recorded, issued statements "
               "still match the ledger, and nothing was changed outside ISF Desk.\n\n%1")
                .arg(keyLine));
    } else {
        box.setIcon(QMessageBox::Critical);
        box.setText(tr("This file has been changed outside ISF Desk, or is damaged."));
        box.setInformativeText(tr(
            "%1\n\nWhat to do: do not post, import or issue anything in this file. Keep a "
            "copy of it as it is, open your latest backup instead and verify that, and tell "
            "your manager: the file may have been altered by someone who had a copy of it.\n\n%2")
                                   .arg(report.problems.constFirst(), keyLine));
    }
    box.setDetailedText((report.problems + report.passed).join(u'\n'));
    box.exec();
}

void checkpointOnClose(Session &session)
{
    try {
        makeCheckpoint(session.file(), QStringLiteral("closed"));
    } catch (const Error &) {
        // No key on this computer (or a read-only file): the file simply has no new
        // checkpoint; verify still checks everything else.
    }
}

} // namespace isf::ui
