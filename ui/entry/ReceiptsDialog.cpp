// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "ui/entry/ReceiptsDialog.h"

#include "core/storage/Receipts.h"
#include "ui/common/ErrorText.h"
#include "ui/common/FileDialogs.h"
#include "ui/common/RecordTable.h"
#include "ui/common/Session.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace isf::ui {

ReceiptsDialog::ReceiptsDialog(Session &session, FileDialogs &dialogs, Id txnId, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_dialogs(dialogs)
    , m_txnId(txnId)
    , m_table(new RecordTable(QStringLiteral("receiptsTable"), tr("Receipts"), this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("receiptsDialog"));
    setWindowTitle(tr("Receipts for entry %1").arg(txnId));
    setAccessibleName(windowTitle());
    m_table->setColumns(
        { tr("File"), tr("Type"), tr("Size"), tr("Added"), tr("By"), tr("SHA-256") }, { 2 });
    m_message->setObjectName(QStringLiteral("receiptsMessage"));
    m_message->setWordWrap(true);
    auto *attachButton = new QPushButton(tr("&Attach a receipt\u2026"), this);
    attachButton->setObjectName(QStringLiteral("receiptsAttach"));
    auto *saveButton = new QPushButton(tr("&Save a copy\u2026"), this);
    saveButton->setObjectName(QStringLiteral("receiptsSave"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *row = new QHBoxLayout;
    row->addWidget(attachButton);
    row->addWidget(saveButton);
    row->addStretch();
    row->addWidget(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addLayout(row);
    connect(attachButton, &QPushButton::clicked, this, &ReceiptsDialog::attach);
    connect(saveButton, &QPushButton::clicked, this, &ReceiptsDialog::saveCopy);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    reload();
    resize(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 50, fontMetrics().height() * 16);
}

void ReceiptsDialog::reload()
{
    m_table->clearRows();
    attempt(this, tr("Read the receipts"), [&] {
        const QLocale locale;
        for (const Receipt &r : receiptsFor(m_session.file(), m_txnId))
            m_table->addRow(
                { r.fileName, r.mediaType, locale.formattedDataSize(r.size), r.addedAt.left(10),
                    r.addedBy, r.sha256.left(16) + QStringLiteral("\u2026") },
                r.id);
    });
    if (m_table->rowCount() == 0)
        m_message->setText(tr("No receipt is attached to this entry yet."));
    m_table->fitColumns();
}

void ReceiptsDialog::attach()
{
    const QString path = m_dialogs.openFileName(this, tr("Attach a receipt"),
        tr("Receipts (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)"));
    if (path.isEmpty())
        return;
    try {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            throw InputError(tr("The file \"%1\" could not be read.").arg(path));
        addReceipt(m_session.file(), m_txnId, path, mediaTypeForFileName(path), f.readAll());
        m_message->setText(tr("Attached."));
    } catch (const std::exception &e) {
        m_message->setText(errorText(e));
    }
    reload();
}

void ReceiptsDialog::saveCopy()
{
    const Id id = m_table->currentId();
    if (!id) {
        m_message->setText(tr("Select the receipt to save."));
        return;
    }
    const QString name = m_table->item(m_table->currentRow(), 0)->text();
    const QString path
        = m_dialogs.saveFileName(this, tr("Save a copy of the receipt"), name, QString());
    if (path.isEmpty())
        return;
    try {
        const QByteArray bytes = receiptContent(m_session.file(), id);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            throw InputError(tr("Could not write \"%1\".").arg(path));
        m_message->setText(tr("Saved to %1.").arg(path));
    } catch (const std::exception &e) {
        m_message->setText(errorText(e));
    }
}

} // namespace isf::ui
