// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include <QString>

class QWidget;

namespace isf {
class Clock;
}

namespace isf::ui {

class Session;

// What the desktop does about backups and risky locations, kept out of MainWindow.
namespace BackupActions {

// After a provider file opens: today's automatic backup (a failure is returned as a
// status-bar note, never a blocking dialog), and a warning, shown without blocking,
// when the file is on a network share or in a synced folder. Returns the note ("" when
// there is nothing to say).
QString afterOpen(QWidget *parent, Session &session);

// File > Restore from backup…: lists the file's backups with their dates; returns the
// backup the person chose to restore ("" when cancelled).
QString chooseBackup(QWidget *parent, const QString &providerPath);

} // namespace BackupActions
} // namespace isf::ui
