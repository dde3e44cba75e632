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

// Records support hours delivered to a person in a week, against a service of their
// delivery plan (from a rota or timesheet). The hours bank then counts them.
class HoursDialog : public QDialog {
    Q_OBJECT
public:
    HoursDialog(Session &session, Id personId, QWidget *parent = nullptr);

public slots:
    void accept() override;

private:
    Session &m_session;
    Id m_personId;
    QDateEdit *m_week;
    QComboBox *m_service;
    QLineEdit *m_hours;
    QLabel *m_message;
};

} // namespace isf::ui
