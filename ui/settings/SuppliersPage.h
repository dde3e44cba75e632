// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace isf::ui {

class RecordTable;
class Session;

// The suppliers register, with the checks commissioners ask for (CQC registration,
// DBS check for personal assistants, insurance).
class SuppliersPage : public QWidget {
    Q_OBJECT
public:
    SuppliersPage(Session &session, QWidget *parent = nullptr);

private:
    void reload();
    void showSelected();
    void save();
    Session &m_session;
    RecordTable *m_table;
    QLineEdit *m_name, *m_cqc, *m_contact;
    QComboBox *m_kind;
    QLabel *m_message;
    qint64 m_id = 0;
};

} // namespace isf::ui
