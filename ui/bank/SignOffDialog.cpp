// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "ui/bank/SignOffDialog.h"

#include "core/storage/ProviderFile.h"
#include "ui/common/ErrorText.h"
#include "ui/common/Format.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace isf::ui {

SignOffDialog::SignOffDialog(
    const ProviderFile &file, const ReconciliationFigures &f, QWidget *parent)
    : QDialog(parent), m_file(file), m_figures(f), m_note(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("signOffDialog"));
    setWindowTitle(tr("Sign the reconciliation"));
    auto *form = new QFormLayout;
    const auto row = [&](const QString &k, const Money &m, bool bold = false) {
        auto *v
            = new QLabel(bold ? QStringLiteral("<b>%1</b>").arg(moneyText(m)) : moneyText(m), this);
        v->setAlignment(Qt::AlignRight);
        form->addRow(k, v);
    };
    form->addRow(tr("Account"), new QLabel(f.accountName, this));
    form->addRow(tr("At the end of"), new QLabel(dateText(f.asOf), this));
    row(tr("Bank balance"), f.bankBalance);
    row(tr("+ uncleared receipts"), f.unclearedIn);
    row(tr("\u2212 uncleared payments"), f.unclearedOut);
    row(tr("\u2212 bank errors"), f.bankErrors);
    row(tr("Adjusted bank balance"), f.adjustedBankBalance, true);
    row(tr("Ledger balance"), f.ledgerBalance);
    row(tr("People's funds"), f.fundsTotal);
    row(tr("Difference"), f.difference, true);
    auto *why = new QLabel(this);
    why->setObjectName(QStringLiteral("signOffWhyNot"));
    why->setWordWrap(true);
    const QString reason = f.whyNotSignable();
    why->setText(reason.isEmpty()
            ? tr("It balances. Signing records your name (%1) and the time, and locks the matches "
                 "it relies on.")
                  .arg(file.userName())
            : QStringLiteral("<span style='color:#b00020'>%1</span>").arg(reason.toHtmlEscaped()));
    m_note->setObjectName(QStringLiteral("signOffNote"));
    m_note->setPlaceholderText(tr("Note (required): what was checked, differences explained"));
    m_note->setTabChangesFocus(true);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_sign = box->addButton(tr("&Sign"), QDialogButtonBox::AcceptRole);
    m_sign->setObjectName(QStringLiteral("signOffSign"));
    m_sign->setEnabled(false);
    connect(m_note, &QPlainTextEdit::textChanged, this, [this, reason] {
        m_sign->setEnabled(reason.isEmpty() && !m_note->toPlainText().trimmed().isEmpty());
    });
    connect(box, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(why);
    layout->addWidget(new QLabel(tr("&Note"), this));
    layout->addWidget(m_note);
    layout->addWidget(box);
}

void SignOffDialog::accept()
{
    if (attempt(this, tr("Sign the reconciliation"), [&] {
            signReconciliation(m_file, m_figures.accountId, m_figures.asOf, m_note->toPlainText());
        }))
        QDialog::accept();
}

} // namespace isf::ui
