// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include "core/domain/Entities.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace isf::ui {

class FileDialogs;
class Session;

// The provider's letterhead: name, address, phone, email and logo.
class ProviderPage : public QWidget {
    Q_OBJECT
public:
    ProviderPage(Session &session, FileDialogs &dialogs, QWidget *parent = nullptr);

private:
    void chooseLogo();
    void save();
    void showLogo();
    Session &m_session;
    FileDialogs &m_dialogs;
    Provider m_provider;
    QLineEdit *m_name, *m_phone, *m_email;
    QPlainTextEdit *m_address;
    QLabel *m_logo, *m_message;
};

} // namespace isf::ui
