// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include "core/domain/Entities.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace isf::ui {

class FileDialogs;
class Session;

// Exports the audit pack for a council (or every council, or one person) and a period,
// optionally with a password. The pack is written on a worker thread with a progress
// dialog that can be cancelled; a cancelled or failed export leaves no file.
class AuditPackDialog : public QDialog {
    Q_OBJECT
public:
    AuditPackDialog(Session &session, FileDialogs &dialogs, Id personId, QWidget *parent = nullptr);

public slots:
    void accept() override;

signals:
    // When the export has ended: the path written (empty when cancelled or failed).
    void exported(const QString &path, bool cancelled, const QString &error);

private:
    void periodChanged();
    Session &m_session;
    FileDialogs &m_dialogs;
    Id m_personId;
    QComboBox *m_council, *m_period;
    QDateEdit *m_from, *m_to;
    QCheckBox *m_onlyPerson;
    QLineEdit *m_password;
    QLabel *m_message;
};

} // namespace isf::ui
