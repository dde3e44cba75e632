// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include "ui/issuing/IssuePlan.h"

#include <QDialog>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QRadioButton;

namespace isf::ui {

class FileDialogs;
class Session;

// Reports > Issue statements…: the period end, whose statements (everyone due, one
// council's people, or a selection), draft or issue, easy-read too or not, and the
// folder. "Issue…" works out the plan and asks for confirmation saying how many
// periods will close; request() is what was chosen.
class IssueStatementsDialog : public QDialog {
    Q_OBJECT
public:
    IssueStatementsDialog(Session &session, FileDialogs &dialogs, QWidget *parent = nullptr);
    IssueRequest request() const;
    const IssuePlan &plan() const { return m_plan; }
    void accept() override;

private:
    void updateSummary();
    Session &m_session;
    FileDialogs &m_dialogs;
    QDateEdit *m_periodEnd;
    QRadioButton *m_all, *m_council, *m_selection;
    QComboBox *m_councils;
    QListWidget *m_people;
    QRadioButton *m_issue, *m_draft;
    QCheckBox *m_easyRead;
    QLineEdit *m_folder;
    QLabel *m_summary;
    IssuePlan m_plan;
};

} // namespace isf::ui
