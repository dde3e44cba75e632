// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include "core/assessment/Questionnaire.h"

#include <QDialog>

#include <vector>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;

namespace isf::ui {

class Session;

// An individual budget assessment, question by question (East Renfrewshire's
// calculator): each question's answers with the points they score, the running score
// (need + wellbeing - current support) and the band it falls in, then Record, which
// calls core's assessPerson (the same as `isf assess`).
class AssessmentDialog : public QDialog {
    Q_OBJECT
public:
    AssessmentDialog(Session &session, Id personId, QWidget *parent = nullptr);
    // False when the person's council has no questionnaire (the dialog says so).
    bool hasQuestionnaire() const { return m_questionnaire.version > 0; }

private:
    void updateScore();
    void record();
    Session &m_session;
    Id m_personId;
    Questionnaire m_questionnaire;
    std::vector<QComboBox *> m_answers; // one per question, in order
    QDateEdit *m_date;
    QLabel *m_score, *m_message;
    QPushButton *m_record;
};

} // namespace isf::ui
