// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "ui/settings/ProviderPage.h"

#include "core/integrity/ProviderKey.h"
#include "core/storage/ReferenceStore.h"
#include "ui/common/ErrorText.h"
#include "ui/common/FileDialogs.h"
#include "ui/common/Session.h"

#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace isf::ui {

ProviderPage::ProviderPage(Session &session, FileDialogs &dialogs, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_dialogs(dialogs)
    , m_name(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_address(new QPlainTextEdit(this))
    , m_logo(new QLabel(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("providerPage"));
    m_name->setObjectName(QStringLiteral("providerName"));
    m_name->setAccessibleName(tr("Provider name"));
    m_phone->setAccessibleName(tr("Telephone"));
    m_email->setAccessibleName(tr("Email"));
    m_address->setAccessibleName(tr("Address"));
    m_address->setTabChangesFocus(true);
    m_address->setMaximumHeight(fontMetrics().height() * 5);
    m_logo->setAccessibleName(tr("Logo"));
    m_logo->setMinimumHeight(fontMetrics().height() * 4);
    m_message->setWordWrap(true);
    auto *chooseLogo = new QPushButton(tr("Choose &logo\u2026"), this);
    chooseLogo->setObjectName(QStringLiteral("chooseLogo"));
    auto *save = new QPushButton(tr("&Save provider details"), this);
    save->setObjectName(QStringLiteral("saveProvider"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("&Telephone:"), m_phone);
    form->addRow(tr("&Email:"), m_email);
    auto *logoRow = new QHBoxLayout;
    logoRow->addWidget(m_logo, 1);
    logoRow->addWidget(chooseLogo);
    form->addRow(tr("Logo:"), logoRow);
    // The key that signs statements' checkpoints and audit packs: councils register it.
    auto *key = new QLabel(this);
    key->setObjectName(QStringLiteral("signingFingerprint"));
    key->setTextInteractionFlags(Qt::TextSelectableByMouse);
    key->setWordWrap(true);
    attempt(this, tr("Read the signing key"), [&] {
        const QString fp = currentSigningKey(session.file()).fingerprint;
        key->setText(fp.isEmpty()
                ? tr("None yet: one is made when you first issue a statement or audit pack.")
                : tr("%1\nGive this fingerprint to each council, so they can check that your "
                     "audit packs come from you (isf key export writes the public key file).")
                      .arg(fp));
    });
    form->addRow(tr("Signing key:"), key);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(m_message);
    layout->addWidget(save, 0, Qt::AlignRight);
    connect(chooseLogo, &QPushButton::clicked, this, &ProviderPage::chooseLogo);
    connect(save, &QPushButton::clicked, this, &ProviderPage::save);
    attempt(
        this, tr("Load the provider details"), [&] { m_provider = loadProvider(session.file()); });
    m_name->setText(m_provider.name);
    m_address->setPlainText(m_provider.address);
    m_phone->setText(m_provider.phone);
    m_email->setText(m_provider.email);
    showLogo();
}

void ProviderPage::showLogo()
{
    QPixmap pix;
    if (!m_provider.logo.isEmpty() && pix.loadFromData(m_provider.logo))
        m_logo->setPixmap(pix.scaledToHeight(fontMetrics().height() * 4, Qt::SmoothTransformation));
    else
        m_logo->setText(tr("No logo"));
}

void ProviderPage::chooseLogo()
{
    const QString path
        = m_dialogs.openFileName(this, tr("Choose the logo"), tr("Images (*.png *.jpg *.jpeg)"));
    if (path.isEmpty())
        return;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        m_message->setText(tr("The file \"%1\" could not be read.").arg(path));
        return;
    }
    m_provider.logo = f.readAll();
    m_provider.logoFormat = QFileInfo(path).suffix().toLower() == u"png" ? QStringLiteral("PNG")
                                                                         : QStringLiteral("JPEG");
    showLogo();
}

void ProviderPage::save()
{
    m_provider.name = m_name->text().trimmed();
    m_provider.address = m_address->toPlainText().trimmed();
    m_provider.phone = m_phone->text().trimmed();
    m_provider.email = m_email->text().trimmed();
    try {
        saveProvider(m_session.file(), m_provider);
        m_message->setText(tr("Saved."));
        m_session.notifyChanged(0);
    } catch (const std::exception &e) {
        m_message->setText(errorText(e));
    }
}

} // namespace isf::ui
