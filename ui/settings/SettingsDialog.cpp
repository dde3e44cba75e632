// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "ui/settings/SettingsDialog.h"

#include "ui/settings/CategoriesPage.h"
#include "ui/settings/CouncilsPage.h"
#include "ui/settings/ProviderPage.h"
#include "ui/settings/SuppliersPage.h"
#include "ui/settings/UserPage.h"

#include <QDialogButtonBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace isf::ui {

SettingsDialog::SettingsDialog(
    Session &session, AppSettings &settings, FileDialogs &dialogs, QWidget *parent)
    : QDialog(parent), m_pages(new QTabWidget(this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    setAccessibleName(windowTitle());
    m_pages->setObjectName(QStringLiteral("settingsPages"));
    m_pages->addTab(new ProviderPage(session, dialogs, this), tr("&Provider"));
    m_pages->addTab(new CouncilsPage(session, this), tr("&Councils and policies"));
    m_pages->addTab(new CategoriesPage(session, this), tr("&Expense categories"));
    m_pages->addTab(new SuppliersPage(session, this), tr("&Suppliers"));
    m_pages->addTab(new UserPage(session, settings, this), tr("&Your name"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addWidget(buttons);
    resize(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 86, fontMetrics().height() * 40);
}

void SettingsDialog::done(int result)
{
    if (auto *councils = findChild<CouncilsPage *>(); councils && !councils->confirmLeave())
        return;
    QDialog::done(result);
}

void SettingsDialog::setPage(int page)
{
    m_pages->setCurrentIndex(page);
}

} // namespace isf::ui
