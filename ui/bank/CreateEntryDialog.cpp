// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "ui/bank/CreateEntryDialog.h"

#include "core/bank/BankMatching.h"
#include "core/storage/PersonStore.h"
#include "core/storage/ReferenceStore.h"
#include "ui/common/ErrorText.h"
#include "ui/common/Format.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace isf::ui {

CreateEntryDialog::CreateEntryDialog(
    const ProviderFile &file, const BankLine &line, QWidget *parent)
    : QDialog(parent)
    , m_file(file)
    , m_line(line)
    , m_person(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_category(new QComboBox(this))
    , m_description(new QLineEdit(line.description, this))
{
    setObjectName(QStringLiteral("createEntryDialog"));
    setWindowTitle(tr("New entry from the bank line"));
    m_person->setObjectName(QStringLiteral("createEntryPerson"));
    m_kind->setObjectName(QStringLiteral("createEntryKind"));
    m_category->setObjectName(QStringLiteral("createEntryCategory"));
    for (const Person &p : listPeople(file))
        m_person->addItem(personLabel(p.ref, p.fullName()), p.id);
    const bool in = !line.amount.isNegative();
    for (TxnKind k : { TxnKind::CouncilPayment, TxnKind::Contribution, TxnKind::Expense,
             TxnKind::ReturnToCouncil, TxnKind::Adjustment })
        if (k == TxnKind::Adjustment || isMoneyIn(k) == in)
            m_kind->addItem(txnKindLabel(k), int(k));
    for (const Category &c : listCategories(file))
        if (c.active)
            m_category->addItem(c.name, c.id);
    const auto kindChanged = [this] {
        m_category->setEnabled(TxnKind(m_kind->currentData().toInt()) == TxnKind::Expense);
    };
    connect(m_kind, &QComboBox::currentIndexChanged, this, kindChanged);
    kindChanged();
    auto *form = new QFormLayout(this);
    form->addRow(tr("Bank line"),
        new QLabel(
            QStringLiteral("%1  %2  <b>%3</b>")
                .arg(dateText(line.date), line.description.toHtmlEscaped(), moneyText(line.amount)),
            this));
    form->addRow(tr("&Person"), m_person);
    form->addRow(tr("&Type"), m_kind);
    form->addRow(tr("&Category"), m_category);
    form->addRow(tr("&Description"), m_description);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(box, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(box);
}

void CreateEntryDialog::accept()
{
    NewEntry e;
    e.kind = TxnKind(m_kind->currentData().toInt());
    e.personId = m_person->currentData().toLongLong();
    if (e.kind == TxnKind::Expense)
        e.categoryId = m_category->currentData().toLongLong();
    e.description = m_description->text();
    if (attempt(this, tr("Post the entry"), [&] { createEntryForLine(m_file, m_line.id, e); }))
        QDialog::accept();
}

} // namespace isf::ui
