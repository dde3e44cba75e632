// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "ui/settings/CategoriesPage.h"

#include "core/storage/ReferenceStore.h"
#include "ui/common/ErrorText.h"
#include "ui/common/RecordTable.h"
#include "ui/common/Session.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace isf::ui {

CategoriesPage::CategoriesPage(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_table(new RecordTable(QStringLiteral("categoriesTable"), tr("Expense categories"), this))
    , m_name(new QLineEdit(this))
    , m_fee(new QCheckBox(tr("&Management fee"), this))
    , m_shared(new QCheckBox(tr("S&hared cost"), this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("categoriesPage"));
    m_table->setColumns({ tr("Category"), tr("Management fee"), tr("Shared cost"), tr("In use") });
    m_name->setObjectName(QStringLiteral("newCategoryName"));
    m_name->setAccessibleName(tr("New category name"));
    m_name->setPlaceholderText(tr("New category"));
    m_message->setWordWrap(true);
    auto *add = new QPushButton(tr("&Add category"), this);
    add->setObjectName(QStringLiteral("addCategory"));
    auto *row = new QHBoxLayout;
    row->addWidget(m_name, 1);
    row->addWidget(m_fee);
    row->addWidget(m_shared);
    row->addWidget(add);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(row);
    layout->addWidget(m_message);
    connect(add, &QPushButton::clicked, this, &CategoriesPage::add);
    connect(m_name, &QLineEdit::returnPressed, this, &CategoriesPage::add);
    reload();
}

void CategoriesPage::reload()
{
    m_table->clearRows();
    attempt(this, tr("Load the categories"), [&] {
        for (const Category &c : listCategories(m_session.file()))
            m_table->addRow(
                { c.name, c.isManagementFee ? tr("Yes") : QString(),
                    c.isSharedCost ? tr("Yes") : QString(), c.active ? tr("Yes") : tr("No") },
                c.id);
    });
    m_table->fitColumns();
}

void CategoriesPage::add()
{
    try {
        addCategory(
            m_session.file(), m_name->text().trimmed(), m_fee->isChecked(), m_shared->isChecked());
        m_message->setText(tr("Added \u201c%1\u201d.").arg(m_name->text().trimmed()));
        m_name->clear();
        reload();
    } catch (const std::exception &e) {
        m_message->setText(errorText(e));
    }
}

} // namespace isf::ui
