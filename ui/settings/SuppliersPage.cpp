// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "ui/settings/SuppliersPage.h"

#include "core/storage/ReferenceStore.h"
#include "ui/common/ErrorText.h"
#include "ui/common/Format.h"
#include "ui/common/RecordTable.h"
#include "ui/common/Session.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace isf::ui {

SuppliersPage::SuppliersPage(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_table(new RecordTable(QStringLiteral("suppliersTable"), tr("Suppliers"), this))
    , m_name(new QLineEdit(this))
    , m_cqc(new QLineEdit(this))
    , m_contact(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("suppliersPage"));
    m_table->setColumns(
        { tr("Supplier"), tr("Kind"), tr("CQC number"), tr("DBS checked"), tr("Contact") });
    m_name->setObjectName(QStringLiteral("supplierName"));
    m_name->setAccessibleName(tr("Supplier name"));
    m_cqc->setAccessibleName(tr("CQC number"));
    m_contact->setAccessibleName(tr("Contact"));
    m_kind->setAccessibleName(tr("Kind of supplier"));
    for (SupplierKind k : { SupplierKind::InHouse, SupplierKind::CareProvider,
             SupplierKind::SoleTrader, SupplierKind::PersonalAssistant, SupplierKind::Transport,
             SupplierKind::Shop, SupplierKind::Other })
        m_kind->addItem(supplierKindLabel(k), static_cast<int>(k));
    m_message->setWordWrap(true);
    auto *clear = new QPushButton(tr("&New"), this);
    auto *save = new QPushButton(tr("&Save supplier"), this);
    save->setObjectName(QStringLiteral("saveSupplier"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&CQC number:"), m_cqc);
    form->addRow(tr("C&ontact:"), m_contact);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_message, 1);
    buttons->addWidget(clear);
    buttons->addWidget(save);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addLayout(buttons);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &SuppliersPage::showSelected);
    connect(clear, &QPushButton::clicked, this, [this] {
        m_id = 0;
        m_name->clear();
        m_cqc->clear();
        m_contact->clear();
        m_name->setFocus();
    });
    connect(save, &QPushButton::clicked, this, &SuppliersPage::save);
    reload();
}

void SuppliersPage::reload()
{
    const QSignalBlocker block(m_table);
    m_table->clearRows();
    attempt(this, tr("Load the suppliers"), [&] {
        for (const Supplier &s : listSuppliers(m_session.file()))
            m_table->addRow({ s.name, supplierKindLabel(s.kind), s.cqcNumber,
                                dateText(s.dbsCheckedOn), s.contact },
                s.id);
    });
    m_table->fitColumns();
}

void SuppliersPage::showSelected()
{
    m_id = m_table->currentId();
    attempt(this, tr("Load the supplier"), [&] {
        if (const auto s = supplierById(m_session.file(), m_id)) {
            m_name->setText(s->name);
            m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(s->kind)));
            m_cqc->setText(s->cqcNumber);
            m_contact->setText(s->contact);
        }
    });
}

void SuppliersPage::save()
{
    try {
        Supplier s;
        if (m_id)
            if (const auto existing = supplierById(m_session.file(), m_id))
                s = *existing;
        s.name = m_name->text().trimmed();
        s.kind = static_cast<SupplierKind>(m_kind->currentData().toInt());
        s.cqcNumber = m_cqc->text().trimmed();
        s.contact = m_contact->text().trimmed();
        m_id = saveSupplier(m_session.file(), s);
        m_message->setText(tr("Saved."));
        reload();
    } catch (const std::exception &e) {
        m_message->setText(errorText(e));
    }
}

} // namespace isf::ui
