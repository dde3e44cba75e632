// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "ui/person/DetailsTab.h"

#include "core/storage/ReferenceStore.h"
#include "ui/common/ErrorText.h"
#include "ui/common/Session.h"
#include "ui/register/DateField.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace isf::ui {
namespace {

// A date field that may be left empty ("not known"): its minimum date means empty.
QDateEdit *optionalDate(QWidget *parent, const QString &objectName, const QString &name)
{
    auto *d = new QDateEdit(parent);
    d->setObjectName(objectName);
    d->setAccessibleName(name);
    setUpDateField(d, QDate(1900, 1, 1));
    d->setCalendarPopup(true);
    d->setMinimumDate(QDate(1900, 1, 1));
    d->setSpecialValueText(QObject::tr("Not known"));
    return d;
}
void setOptionalDate(QDateEdit *d, const QDate &date)
{
    d->setDate(date.isValid() ? date : d->minimumDate());
}
QDate optionalDateValue(const QDateEdit *d)
{
    return d->date() == d->minimumDate() ? QDate() : d->date();
}

} // namespace

DetailsTab::DetailsTab(Session &s, Id personId, QWidget *parent)
    : PersonEditTab(s, personId, tr("the details"), parent)
{
    setObjectName(QStringLiteral("detailsTab"));
    m_ref = addLine(tr("&Reference:"), QStringLiteral("personRef"));
    m_given = addLine(tr("&Given name:"), QStringLiteral("personGiven"));
    m_family = addLine(tr("&Family name:"), QStringLiteral("personFamily"));
    m_preferred = addLine(tr("&Preferred name:"), QStringLiteral("personPreferred"));
    m_dob = optionalDate(this, QStringLiteral("personDob"), tr("Date of birth"));
    form()->addRow(tr("Date of &birth:"), m_dob);
    watch(m_dob);
    m_council = new QComboBox(this);
    m_council->setObjectName(QStringLiteral("personCouncil"));
    m_council->setAccessibleName(tr("Council"));
    attempt(this, tr("Load the councils"), [&] {
        for (const Council &c : listCouncils(session().file()))
            m_council->addItem(c.name, c.id);
    });
    form()->addRow(tr("&Council:"), m_council);
    watch(m_council);
    m_councilRef = addLine(tr("Council's re&ference:"), QStringLiteral("personCouncilRef"));
    m_address = addText(tr("&Address:"), QStringLiteral("personAddress"));
    m_phone = addLine(tr("P&hone:"), QStringLiteral("personPhone"));
    m_email = addLine(tr("&Email:"), QStringLiteral("personEmail"));
    m_careManager = addLine(tr("Care &manager:"), QStringLiteral("personCareManager"));
    m_careManagerContact
        = addLine(tr("Care manager's c&ontact:"), QStringLiteral("personCareManagerContact"));
    m_caseWorker = addLine(tr("Case &worker:"), QStringLiteral("personCaseWorker"));
    m_caseWorkerContact
        = addLine(tr("Case worker's con&tact:"), QStringLiteral("personCaseWorkerContact"));
    m_notes = addText(tr("&Notes:"), QStringLiteral("personNotes"));
}

void DetailsTab::load(const Person &p)
{
    m_ref->setText(p.ref);
    m_given->setText(p.givenName);
    m_family->setText(p.familyName);
    m_preferred->setText(p.preferredName);
    setOptionalDate(m_dob, p.dateOfBirth);
    m_council->setCurrentIndex(m_council->findData(p.councilId));
    m_councilRef->setText(p.councilRef);
    m_address->setPlainText(p.address);
    m_phone->setText(p.phone);
    m_email->setText(p.email);
    m_careManager->setText(p.careManagerName);
    m_careManagerContact->setText(p.careManagerContact);
    m_caseWorker->setText(p.caseWorkerName);
    m_caseWorkerContact->setText(p.caseWorkerContact);
    m_notes->setPlainText(p.notes);
}

void DetailsTab::store(Person &p) const
{
    p.ref = m_ref->text().trimmed();
    p.givenName = m_given->text().trimmed();
    p.familyName = m_family->text().trimmed();
    p.preferredName = m_preferred->text().trimmed();
    p.dateOfBirth = optionalDateValue(m_dob);
    p.councilId = m_council->currentData().toLongLong();
    p.councilName = m_council->currentText();
    p.councilRef = m_councilRef->text().trimmed();
    p.address = m_address->toPlainText().trimmed();
    p.phone = m_phone->text().trimmed();
    p.email = m_email->text().trimmed();
    p.careManagerName = m_careManager->text().trimmed();
    p.careManagerContact = m_careManagerContact->text().trimmed();
    p.caseWorkerName = m_caseWorker->text().trimmed();
    p.caseWorkerContact = m_caseWorkerContact->text().trimmed();
    p.notes = m_notes->toPlainText().trimmed();
}

RepresentativeTab::RepresentativeTab(Session &s, Id personId, QWidget *parent)
    : PersonEditTab(s, personId, tr("the representative and capacity"), parent)
{
    setObjectName(QStringLiteral("representativeTab"));
    m_name = addLine(tr("&Representative:"), QStringLiteral("repName"));
    m_relationship = addLine(tr("Re&lationship:"), QStringLiteral("repRelationship"));
    m_contact = addLine(tr("C&ontact:"), QStringLiteral("repContact"));
    m_capacity = new QComboBox(this);
    m_capacity->setObjectName(QStringLiteral("capacity"));
    m_capacity->setAccessibleName(tr("Mental capacity to manage the ISF"));
    m_capacity->addItem(tr("Not yet assessed"), -1);
    m_capacity->addItem(tr("Has capacity"), 1);
    m_capacity->addItem(tr("Lacks capacity"), 0);
    form()->addRow(tr("&Capacity to manage the ISF:"), m_capacity);
    watch(m_capacity);
    m_decision = addText(tr("Best-interest &decision:"), QStringLiteral("bestInterestDecision"));
    m_decisionBy = addLine(tr("Decision &made by:"), QStringLiteral("bestInterestBy"));
    m_decisionDate = optionalDate(this, QStringLiteral("bestInterestDate"), tr("Decision date"));
    form()->addRow(tr("Decision d&ate:"), m_decisionDate);
    watch(m_decisionDate);
}

void RepresentativeTab::load(const Person &p)
{
    m_name->setText(p.representativeName);
    m_relationship->setText(p.representativeRelationship);
    m_contact->setText(p.representativeContact);
    m_capacity->setCurrentIndex(
        m_capacity->findData(p.hasCapacity ? (*p.hasCapacity ? 1 : 0) : -1));
    m_decision->setPlainText(p.bestInterestDecision);
    m_decisionBy->setText(p.bestInterestBy);
    setOptionalDate(m_decisionDate, p.bestInterestDate);
}

void RepresentativeTab::store(Person &p) const
{
    p.representativeName = m_name->text().trimmed();
    p.representativeRelationship = m_relationship->text().trimmed();
    p.representativeContact = m_contact->text().trimmed();
    const int cap = m_capacity->currentData().toInt();
    p.hasCapacity = cap < 0 ? std::nullopt : std::optional<bool>(cap == 1);
    p.bestInterestDecision = m_decision->toPlainText().trimmed();
    p.bestInterestBy = m_decisionBy->text().trimmed();
    p.bestInterestDate = optionalDateValue(m_decisionDate);
}

} // namespace isf::ui
