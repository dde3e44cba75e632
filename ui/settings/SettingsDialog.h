// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include <QDialog>

class QTabWidget;

namespace isf::ui {

class AppSettings;
class FileDialogs;
class Session;

// Settings in one window, a page each: provider details and logo, councils and their
// policies, expense categories, suppliers, and the user name in the audit log. Each
// page saves through core on its own button.
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    SettingsDialog(
        Session &session, AppSettings &settings, FileDialogs &dialogs, QWidget *parent = nullptr);
    void setPage(int page);
    QTabWidget *pages() const { return m_pages; }
    // Closing asks about a council typed but not saved.
    void done(int result) override;

private:
    QTabWidget *m_pages;
};

} // namespace isf::ui
