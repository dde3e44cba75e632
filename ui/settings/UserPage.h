// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include <QWidget>

namespace isf::ui {

class AppSettings;
class Session;

// The name recorded against every change in the audit log.
class UserPage : public QWidget {
    Q_OBJECT
public:
    UserPage(Session &session, AppSettings &settings, QWidget *parent = nullptr);
};

} // namespace isf::ui
