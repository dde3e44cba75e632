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
class QPlainTextEdit;
class QTableWidget;

namespace isf::ui {

class Session;

// Records a new version of a person's ISF agreement, starting from the version in
// force: dates, weekly budget (a change adds a step from the version's date), an
// optional temporary uplift, contribution, statements, contingency, outcomes and the
// costed delivery plan. Earlier versions are never changed.
class AgreementDialog : public QDialog {
    Q_OBJECT
public:
    AgreementDialog(Session &session, Id personId, QWidget *parent = nullptr);
    Id agreementId() const { return m_id; }
    // Reads the form into an agreement; throws isf::InputError naming the field.
    Agreement agreement() const;

public slots:
    void accept() override;

private:
    void load(const Agreement &a);
    void addPlanRow(const PlanLine &line);
    bool resolveSuppliers(Agreement &a);
    Session &m_session;
    Id m_personId, m_id = 0;
    Agreement m_base;
    QComboBox *m_status, *m_cycle, *m_contributionKind;
    QDateEdit *m_start, *m_effective, *m_end, *m_review;
    QCheckBox *m_hasEnd;
    QLineEdit *m_weekly, *m_contribution, *m_contingency, *m_reason, *m_collection;
    QLineEdit *m_upliftAmount, *m_upliftReason;
    QDateEdit *m_upliftFirst, *m_upliftLast;
    QPlainTextEdit *m_outcomes;
    QTableWidget *m_plan;
    QLabel *m_message;
};

} // namespace isf::ui
