// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "ui/entry/ReversalDialog.h"

#include "core/ledger/Ledger.h"
#include "core/ledger/TxnReader.h"
#include "ui/common/ErrorText.h"
#include "ui/common/Format.h"
#include "ui/common/Session.h"
#include "ui/register/DateField.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace isf::ui {

ReversalDialog::ReversalDialog(Session &session, Id txnId, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_txnId(txnId)
    , m_reason(new QLineEdit(this))
    , m_date(new QDateEdit(session.today(), this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("reversalDialog"));
    setWindowTitle(tr("Reverse an entry"));
    setAccessibleName(windowTitle());
    QString what;
    attempt(this, tr("Read the entry"), [&] {
        if (const auto t = readTransaction(session.file(), txnId)) {
            m_personId = t->personId;
            what = tr("%1 of %2 on %3 (entry %4)")
                       .arg(txnKindLabel(t->kind), moneyText(t->amount), dateText(t->date))
                       .arg(txnId);
            if (!t->description.isEmpty())
                what += QStringLiteral(": ") + t->description;
        }
    });
    auto *summary = new QLabel(what, this);
    summary->setWordWrap(true);
    m_reason->setObjectName(QStringLiteral("reversalReason"));
    m_reason->setAccessibleName(tr("Reason for the reversal"));
    m_reason->setPlaceholderText(tr("e.g. invoice entered twice"));
    m_date->setObjectName(QStringLiteral("reversalDate"));
    m_date->setAccessibleName(tr("Date of the reversal"));
    setUpDateField(m_date);
    m_date->setCalendarPopup(true);
    m_message->setObjectName(QStringLiteral("reversalMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("font-weight: bold;"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Reverse"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("reverseOk"));
    auto *form = new QFormLayout;
    form->addRow(tr("Entry:"), summary);
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(tr("&Date:"), m_date);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ReversalDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ReversalDialog::reject);
    m_reason->setFocus();
}

void ReversalDialog::accept()
{
    try {
        Ledger ledger(m_session.file());
        m_posted = ledger.reverse(m_txnId, m_reason->text(), m_date->date());
    } catch (const std::exception &e) {
        m_message->setText(errorText(e));
        return;
    }
    m_session.notifyChanged(m_personId);
    QDialog::accept();
}

} // namespace isf::ui
