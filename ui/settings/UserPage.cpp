// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "ui/settings/UserPage.h"

#include "ui/common/AppSettings.h"
#include "ui/common/Session.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace isf::ui {

UserPage::UserPage(Session &session, AppSettings &settings, QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("userPage"));
    auto *name = new QLineEdit(settings.userName(), this);
    name->setObjectName(QStringLiteral("userName"));
    name->setAccessibleName(tr("Your name in the audit log"));
    auto *note = new QLabel(tr("Every entry, change and reversal is recorded in the audit log "
                               "with this name and the time."),
        this);
    note->setWordWrap(true);
    auto *message = new QLabel(this);
    auto *save = new QPushButton(tr("&Save name"), this);
    save->setObjectName(QStringLiteral("saveUserName"));
    auto *form = new QFormLayout;
    form->addRow(tr("Your &name:"), name);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(message);
    layout->addWidget(save, 0, Qt::AlignRight);
    connect(save, &QPushButton::clicked, this, [&session, &settings, name, message] {
        const QString n = name->text().trimmed();
        if (n.isEmpty()) {
            message->setText(tr("Enter a name."));
            return;
        }
        settings.setUserName(n);
        session.setUserName(n);
        message->setText(tr("Changes are now recorded as %1.").arg(n));
    });
}

} // namespace isf::ui
