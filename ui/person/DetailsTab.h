// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include "ui/person/PersonEditTab.h"

class QComboBox;
class QDateEdit;

namespace isf::ui {

// The person's own details and the council's contacts for them.
class DetailsTab : public PersonEditTab {
    Q_OBJECT
public:
    DetailsTab(Session &session, Id personId, QWidget *parent = nullptr);

protected:
    void load(const Person &p) override;
    void store(Person &p) const override;

private:
    QLineEdit *m_ref, *m_given, *m_family, *m_preferred, *m_councilRef, *m_phone, *m_email;
    QLineEdit *m_careManager, *m_careManagerContact, *m_caseWorker, *m_caseWorkerContact;
    QPlainTextEdit *m_address, *m_notes;
    QDateEdit *m_dob;
    QComboBox *m_council;
};

// The representative (family member, deputy, attorney), mental capacity and any
// best-interest decision (Mental Capacity Act 2005).
class RepresentativeTab : public PersonEditTab {
    Q_OBJECT
public:
    RepresentativeTab(Session &session, Id personId, QWidget *parent = nullptr);

protected:
    void load(const Person &p) override;
    void store(Person &p) const override;

private:
    QLineEdit *m_name, *m_relationship, *m_contact, *m_decisionBy;
    QComboBox *m_capacity;
    QPlainTextEdit *m_decision;
    QDateEdit *m_decisionDate;
};

} // namespace isf::ui
