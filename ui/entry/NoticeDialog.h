// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include "core/domain/Entities.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace isf::ui {

class Session;

// Gives notice on the agreement in force: who gave it, when and why. The notice ends
// after the council's notice period (immediately on safeguarding concerns).
class NoticeDialog : public QDialog {
    Q_OBJECT
public:
    NoticeDialog(Session &session, Id personId, QWidget *parent = nullptr);

public slots:
    void accept() override;

private:
    Session &m_session;
    Id m_personId;
    QDateEdit *m_given, *m_ends;
    QComboBox *m_by;
    QLineEdit *m_reason;
    QLabel *m_message;
};

} // namespace isf::ui
