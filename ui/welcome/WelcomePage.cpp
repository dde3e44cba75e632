// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "ui/welcome/WelcomePage.h"

#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace isf::ui {

WelcomePage::WelcomePage(QWidget *parent) : QWidget(parent), m_recent(new QListWidget(this))
{
    setObjectName(QStringLiteral("welcomePage"));
    // The first page anyone sees: what the app is for and the two ways to start.
    auto *title = new QLabel(
        tr("<h1>ISF Desk</h1><p>Individual Service Fund ledgers, statements and audit packs "
           "for care providers.</p>"
           "<h3>Two ways to start</h3>"
           "<p><b>Look around first.</b> The demo provider file holds made-up people, "
           "councils and two years of entries. Nothing done there touches real records.</p>"
           "<p><b>Start for real.</b> A new provider file holds your organisation's funds: "
           "add your councils and their rules (Settings), then the people you support "
           "(Edit &gt; Add person, or File &gt; Import from CSV), then each person's agreement. "
           "Keep the file somewhere that is backed up.</p>"),
        this);
    title->setObjectName(QStringLiteral("welcomeText"));
    title->setWordWrap(true);
    title->setTextFormat(Qt::RichText);
    auto button = [this](const QString &text, const QString &name) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(name);
        QString plain = text;
        plain.remove(u'&');
        plain.remove(QStringLiteral("\u2026"));
        b->setAccessibleName(plain);
        b->setToolTip(plain);
        return b;
    };
    auto *open = button(tr("&Open a provider file\u2026"), QStringLiteral("welcomeOpen"));
    auto *create = button(tr("&New provider file\u2026"), QStringLiteral("welcomeNew"));
    auto *demo = button(tr("Try the &demo provider file"), QStringLiteral("welcomeDemo"));
    m_recent->setObjectName(QStringLiteral("welcomeRecent"));
    m_recent->setAccessibleName(tr("Recent files"));
    auto *recentLabel = new QLabel(tr("&Recent files:"), this);
    recentLabel->setBuddy(m_recent);

    auto *column = new QVBoxLayout;
    column->addWidget(title);
    column->addWidget(open);
    column->addWidget(create);
    column->addWidget(demo);
    column->addSpacing(12);
    column->addWidget(recentLabel);
    column->addWidget(m_recent, 1);
    auto *outer = new QHBoxLayout(this);
    outer->addStretch(1);
    outer->addLayout(column, 2);
    outer->addStretch(1);

    connect(open, &QPushButton::clicked, this, &WelcomePage::openRequested);
    connect(create, &QPushButton::clicked, this, &WelcomePage::newRequested);
    connect(demo, &QPushButton::clicked, this, &WelcomePage::demoRequested);
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit recentRequested(item->data(Qt::UserRole).toString());
    });
}

void WelcomePage::setRecentFiles(const QStringList &files)
{
    m_recent->clear();
    if (files.isEmpty()) {
        auto *none = new QListWidgetItem(tr("No recent files yet."), m_recent);
        none->setFlags(Qt::NoItemFlags);
    }
    for (const QString &f : files) {
        auto *item = new QListWidgetItem(f, m_recent);
        item->setData(Qt::UserRole, f);
    }
}

} // namespace isf::ui
