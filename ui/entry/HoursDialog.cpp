// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "ui/entry/HoursDialog.h"

#include "core/rules/HoursRecords.h"
#include "ui/common/ErrorText.h"
#include "ui/common/Format.h"
#include "ui/common/Session.h"
#include "ui/register/DateField.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace isf::ui {

HoursDialog::HoursDialog(Session &session, Id personId, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_personId(personId)
    , m_week(new QDateEdit(session.today().addDays(-session.today().dayOfWeek() + 1), this))
    , m_service(new QComboBox(this))
    , m_hours(new QLineEdit(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("hoursDialog"));
    setWindowTitle(tr("Record hours delivered"));
    setAccessibleName(windowTitle());
    m_week->setObjectName(QStringLiteral("hoursWeek"));
    m_week->setAccessibleName(tr("Week starting"));
    setUpDateField(m_week);
    m_week->setCalendarPopup(true);
    m_service->setObjectName(QStringLiteral("hoursService"));
    m_service->setAccessibleName(tr("Service"));
    attempt(this, tr("Read the delivery plan"),
        [&] { m_service->addItems(plannedServices(session.file(), personId)); });
    m_hours->setObjectName(QStringLiteral("hoursValue"));
    m_hours->setAccessibleName(tr("Hours"));
    m_hours->setPlaceholderText(tr("e.g. 27.5"));
    m_hours->setAlignment(Qt::AlignRight);
    m_message->setObjectName(QStringLiteral("hoursMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("font-weight: bold;"));
    if (m_service->count() == 0)
        m_message->setText(
            tr("The delivery plan has no services yet: add them in a new agreement version."));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Record"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("hoursOk"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Week starting:"), m_week);
    form->addRow(tr("&Service:"), m_service);
    form->addRow(tr("&Hours:"), m_hours);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setTabChain({ m_week, m_service, m_hours, buttons->button(QDialogButtonBox::Ok),
        buttons->button(QDialogButtonBox::Cancel) });
    connect(buttons, &QDialogButtonBox::accepted, this, &HoursDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void HoursDialog::accept()
{
    try {
        HoursRecord row;
        row.personId = m_personId;
        row.weekStart = m_week->date();
        row.service = m_service->currentText();
        row.hours = Hours::parse(m_hours->text().trimmed());
        if (row.hours.hundredths() <= 0)
            throw InputError(tr("Enter the hours delivered, more than zero."));
        recordHours(m_session.file(), { row });
    } catch (const std::exception &e) {
        m_message->setText(errorText(e));
        return;
    }
    m_session.notifyChanged(m_personId);
    QDialog::accept();
}

} // namespace isf::ui
