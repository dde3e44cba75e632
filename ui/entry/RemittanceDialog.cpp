// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "ui/entry/RemittanceDialog.h"

#include "core/ledger/Ledger.h"
#include "core/rules/AgreementTimeline.h"
#include "core/rules/PaymentSchedule.h"
#include "core/storage/PersonStore.h"
#include "core/storage/ProviderFile.h"
#include "core/storage/ReferenceStore.h"
#include "core/storage/Sql.h"
#include "ui/common/ErrorText.h"
#include "ui/common/Format.h"
#include "ui/common/Session.h"
#include "ui/register/DateField.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace isf::ui {
namespace {
enum Col { RefCol, NameCol, ExpectedCol, PaidCol };
}

RemittanceDialog::RemittanceDialog(Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_council(new QComboBox(this))
    , m_date(new QDateEdit(session.today(), this))
    , m_reference(new QLineEdit(this))
    , m_table(new QTableWidget(this))
    , m_total(new QLabel(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("remittanceDialog"));
    setWindowTitle(tr("Record a council remittance"));
    setAccessibleName(windowTitle());
    m_council->setObjectName(QStringLiteral("remittanceCouncil"));
    m_council->setAccessibleName(tr("Council"));
    m_date->setObjectName(QStringLiteral("remittanceDate"));
    m_date->setAccessibleName(tr("Date paid"));
    setUpDateField(m_date);
    m_date->setCalendarPopup(true);
    m_reference->setObjectName(QStringLiteral("remittanceReference"));
    m_reference->setAccessibleName(tr("Remittance reference"));
    m_table->setObjectName(QStringLiteral("remittanceTable"));
    m_table->setAccessibleName(tr("Payments by person"));
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({ tr("Reference"), tr("Name"), tr("Expected"), tr("Paid") });
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(NameCol, QHeaderView::Stretch);
    m_total->setObjectName(QStringLiteral("remittanceTotal"));
    m_message->setObjectName(QStringLiteral("remittanceMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("font-weight: bold;"));
    attempt(this, tr("Load the councils"), [&] {
        for (const Council &c : listCouncils(session.file()))
            m_council->addItem(c.name, c.id);
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Post all"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("postAllButton"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Council:"), m_council);
    form->addRow(tr("&Date paid:"), m_date);
    form->addRow(tr("&Remittance reference:"), m_reference);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_total);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &RemittanceDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RemittanceDialog::reject);
    connect(m_council, &QComboBox::currentIndexChanged, this, &RemittanceDialog::fill);
    connect(m_date, &QDateEdit::dateChanged, this, &RemittanceDialog::fill);
    connect(m_table, &QTableWidget::itemChanged, this, &RemittanceDialog::updateTotal);
    fill();
    resize(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 44, fontMetrics().height() * 30);
}

void RemittanceDialog::fill()
{
    const QSignalBlocker block(m_table);
    m_table->setRowCount(0);
    const Id councilId = m_council->currentData().toLongLong();
    attempt(this, tr("Work out the expected payments"), [&] {
        const auto council = councilById(m_session.file(), councilId);
        if (!council)
            return;
        const QHash<Id, AgreementTimeline> timelines = allTimelines(m_session.file());
        const QDate paidOn = m_date->date();
        for (const Person &p : listPeople(m_session.file())) {
            const auto t = timelines.constFind(p.id);
            if (p.councilId != councilId || t == timelines.constEnd() || !t->hasFunding()
                || !t->current().isLive())
                continue;
            // The payment this remittance most likely covers: the last one due by a week
            // after the date paid (and not more than four weeks before it).
            QDate due;
            Money amount;
            const Policy policy = t->current().effectivePolicy(council->policy);
            for (const ExpectedPayment &e : paymentSchedule(*t, policy, paidOn.addDays(7)))
                if (e.due >= paidOn.addDays(-28)) {
                    due = e.due;
                    amount = e.amount;
                }
            const int r = m_table->rowCount();
            m_table->insertRow(r);
            auto *ref = new QTableWidgetItem(p.ref);
            ref->setData(Qt::UserRole, p.id);
            ref->setFlags(ref->flags() & ~Qt::ItemIsEditable);
            auto *name = new QTableWidgetItem(p.fullName());
            name->setFlags(name->flags() & ~Qt::ItemIsEditable);
            auto *expected = new QTableWidgetItem(due.isValid() ? moneyText(amount) : QString());
            expected->setFlags(expected->flags() & ~Qt::ItemIsEditable);
            expected->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            auto *paid = new QTableWidgetItem(due.isValid() ? amount.plain() : QString());
            paid->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(r, RefCol, ref);
            m_table->setItem(r, NameCol, name);
            m_table->setItem(r, ExpectedCol, expected);
            m_table->setItem(r, PaidCol, paid);
        }
    });
    m_table->resizeColumnToContents(RefCol);
    updateTotal();
}

void RemittanceDialog::updateTotal()
{
    Money total;
    int people = 0;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const QString t = m_table->item(r, PaidCol)->text().trimmed();
        if (t.isEmpty())
            continue;
        try {
            total += Money::parse(t);
            ++people;
        } catch (const Error &) { }
    }
    m_total->setText(tr("Total: %1 for %n people", nullptr, people).arg(moneyText(total)));
}

void RemittanceDialog::accept()
{
    int posted = 0;
    Id firstPerson = 0;
    try {
        WriteTransaction txn(m_session.file().database());
        Ledger ledger(m_session.file());
        for (int r = 0; r < m_table->rowCount(); ++r) {
            const QString t = m_table->item(r, PaidCol)->text().trimmed();
            if (t.isEmpty())
                continue;
            NewEntry e;
            e.kind = TxnKind::CouncilPayment;
            e.date = m_date->date();
            e.personId = m_table->item(r, RefCol)->data(Qt::UserRole).toLongLong();
            e.reference = m_reference->text().trimmed();
            e.description = tr("Remittance from %1").arg(m_council->currentText());
            try {
                e.amount = Money::parse(t);
                if (e.amount.isZero())
                    continue;
                ledger.post(e);
            } catch (const Error &err) {
                throw InputError(tr("%1: %2").arg(m_table->item(r, RefCol)->text(), err.message()));
            }
            if (!firstPerson)
                firstPerson = e.personId;
            ++posted;
        }
        if (posted == 0)
            throw InputError(
                tr("There is nothing to post: enter what was paid for at least one person."));
        txn.commit();
    } catch (const std::exception &e) {
        m_message->setText(tr("Nothing was posted. %1").arg(errorText(e)));
        return;
    }
    m_posted = posted;
    m_session.notifyChanged(0);
    QDialog::accept();
}

} // namespace isf::ui
