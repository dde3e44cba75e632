// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include "core/domain/Entities.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace isf::ui {

class Session;

// One council remittance across many people: choose the council and date, the
// expected payment for each of its people is filled in, adjust what was actually
// paid, and post all of them at once or none.
class RemittanceDialog : public QDialog {
    Q_OBJECT
public:
    explicit RemittanceDialog(Session &session, QWidget *parent = nullptr);
    int postedCount() const { return m_posted; }
    QTableWidget *table() const { return m_table; }

public slots:
    void accept() override;

private:
    void fill();
    void updateTotal();
    Session &m_session;
    QComboBox *m_council;
    QDateEdit *m_date;
    QLineEdit *m_reference;
    QTableWidget *m_table;
    QLabel *m_total, *m_message;
    int m_posted = 0;
};

} // namespace isf::ui
