// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace isf::ui {

class RecordTable;
class Session;

// Expense categories, with the flags council policies check (management fee, shared
// cost); new categories can be added.
class CategoriesPage : public QWidget {
    Q_OBJECT
public:
    CategoriesPage(Session &session, QWidget *parent = nullptr);

private:
    void reload();
    void add();
    Session &m_session;
    RecordTable *m_table;
    QLineEdit *m_name;
    QCheckBox *m_fee, *m_shared;
    QLabel *m_message;
};

} // namespace isf::ui
