// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include "core/domain/Entities.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace isf::ui {

class Session;

// Adds a person: reference, names and the council that funds them. The rest is
// filled in on the person's Details tab.
class NewPersonDialog : public QDialog {
    Q_OBJECT
public:
    explicit NewPersonDialog(Session &session, QWidget *parent = nullptr);
    Id personId() const { return m_id; }

public slots:
    void accept() override;

private:
    Session &m_session;
    QLineEdit *m_ref, *m_given, *m_family;
    QComboBox *m_council;
    QLabel *m_message;
    Id m_id = 0;
};

} // namespace isf::ui
