// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "ui/entry/NoticeDialog.h"

#include "core/storage/AgreementStore.h"
#include "core/storage/PersonStore.h"
#include "core/storage/ReferenceStore.h"
#include "ui/common/ErrorText.h"
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

NoticeDialog::NoticeDialog(Session &session, Id personId, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_personId(personId)
    , m_given(new QDateEdit(session.today(), this))
    , m_ends(new QDateEdit(this))
    , m_by(new QComboBox(this))
    , m_reason(new QLineEdit(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("noticeDialog"));
    setWindowTitle(tr("Give notice"));
    setAccessibleName(windowTitle());
    int weeks = 4;
    attempt(this, tr("Read the notice period"), [&] {
        const auto p = personById(session.file(), personId);
        const auto c = p ? councilById(session.file(), p->councilId) : std::nullopt;
        const auto a = currentAgreement(session.file(), personId);
        if (c && a)
            weeks = a->effectivePolicy(c->policy).noticeWeeks;
    });
    for (QDateEdit *d : { m_given, m_ends }) {
        setUpDateField(d);
        d->setCalendarPopup(true);
    }
    m_given->setObjectName(QStringLiteral("noticeGiven"));
    m_given->setAccessibleName(tr("Notice given on"));
    m_ends->setObjectName(QStringLiteral("noticeEnds"));
    m_ends->setAccessibleName(tr("Notice ends on"));
    m_ends->setDate(session.today().addDays(7LL * weeks));
    m_by->setObjectName(QStringLiteral("noticeBy"));
    m_by->setAccessibleName(tr("Notice given by"));
    m_by->addItems({ tr("provider"), tr("person or representative"), tr("council") });
    m_reason->setObjectName(QStringLiteral("noticeReason"));
    m_reason->setAccessibleName(tr("Reason"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("font-weight: bold;"));
    connect(m_given, &QDateEdit::dateChanged, this,
        [this, weeks](const QDate &d) { m_ends->setDate(d.addDays(7LL * weeks)); });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Give notice"));
    auto *form = new QFormLayout;
    form->addRow(tr("Notice &given on:"), m_given);
    form->addRow(tr("Given &by:"), m_by);
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(tr("Notice &ends on (%n week(s)):", nullptr, weeks), m_ends);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &NoticeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NoticeDialog::reject);
}

void NoticeDialog::accept()
{
    try {
        auto a = currentAgreement(m_session.file(), m_personId);
        if (!a)
            throw InputError(tr("There is no agreement to give notice on."));
        if (m_reason->text().trimmed().isEmpty())
            throw InputError(tr("Give the reason for the notice."));
        a->status = AgreementStatus::Notice;
        a->noticeGivenOn = m_given->date();
        a->noticeEndsOn = m_ends->date();
        a->noticeGivenBy = m_by->currentText();
        a->noticeReason = m_reason->text().trimmed();
        updateAgreementLifecycle(m_session.file(), *a);
    } catch (const std::exception &e) {
        m_message->setText(errorText(e));
        return;
    }
    m_session.notifyChanged(m_personId);
    QDialog::accept();
}

} // namespace isf::ui
