// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "ui/bank/StatementImportDialog.h"

#include "core/bank/BankAccounts.h"
#include "core/bank/StatementImport.h"
#include "core/csv/CsvReader.h"
#include "ui/common/ErrorText.h"
#include "ui/common/FileDialogs.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>

namespace isf::ui {

StatementImportDialog::StatementImportDialog(
    const ProviderFile &file, FileDialogs &dialogs, Id accountId, QWidget *parent)
    : QDialog(parent)
    , m_file(file)
    , m_dialogs(dialogs)
    , m_path(new QLineEdit(this))
    , m_opening(new QLineEdit(this))
    , m_account(new QComboBox(this))
    , m_format(new QComboBox(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("statementImportDialog"));
    setWindowTitle(tr("Import a bank statement"));
    m_path->setObjectName(QStringLiteral("statementPath"));
    m_opening->setObjectName(QStringLiteral("statementOpening"));
    m_opening->setPlaceholderText(tr("only for a first CSV statement with no balance column"));
    for (const BankAccount &a : listBankAccounts(file))
        m_account->addItem(a.name, a.id);
    m_account->setCurrentIndex(std::max(0, m_account->findData(accountId)));
    m_format->addItem(tr("From the file"), QString());
    m_format->addItem(tr("CSV"), QStringLiteral("csv"));
    m_format->addItem(tr("OFX / QFX"), QStringLiteral("ofx"));
    m_format->addItem(tr("CAMT.053 (ISO 20022 XML)"), QStringLiteral("camt053"));
    auto *browse = new QPushButton(tr("&Choose\u2026"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString p = m_dialogs.openFileName(this, tr("Bank statement"),
            tr("Bank statements (*.csv *.ofx *.qfx *.xml);;All files (*)"));
        if (!p.isEmpty())
            setPath(p);
    });
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Statement file"), pathRow);
    form->addRow(tr("&Account"), m_account);
    form->addRow(tr("&Format"), m_format);
    const std::pair<const char *, QString> roles[] = { { "date", tr("Date column") },
        { "description", tr("Description column") }, { "amount", tr("Amount (signed)") },
        { "paid_in", tr("Paid in column") }, { "paid_out", tr("Paid out column") },
        { "balance", tr("Balance column") }, { "reference", tr("Reference column") } };
    for (const auto &[role, label] : roles) {
        auto *c = new QComboBox(this);
        c->setObjectName(QStringLiteral("statementColumn_") + QLatin1String(role));
        c->setEnabled(false);
        form->addRow(label, c);
        m_roles.emplace_back(QLatin1String(role), c);
    }
    form->addRow(tr("&Opening balance"), m_opening);
    m_status->setWordWrap(true);
    form->addRow(m_status);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    box->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    connect(box, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(box);
    connect(m_path, &QLineEdit::editingFinished, this, [this] { readHeader(); });
    connect(m_account, &QComboBox::currentIndexChanged, this, [this] { readHeader(); });
}

void StatementImportDialog::setPath(const QString &path)
{
    m_path->setText(path);
    readHeader();
}

// A CSV's columns fill the role choices: the account's profile first, then what the
// header names, as the import itself would choose.
void StatementImportDialog::readHeader()
{
    for (auto &[role, combo] : m_roles) {
        combo->clear();
        combo->setEnabled(false);
    }
    QFile f(m_path->text());
    if (!f.open(QIODevice::ReadOnly))
        return;
    const QByteArray head = f.read(65536);
    if (detectStatementFormat(QFileInfo(f).fileName(), head) != StatementFormat::Csv) {
        m_status->setText(tr("OFX and CAMT.053 files say which column is which themselves."));
        return;
    }
    QStringList header;
    try {
        header
            = CsvTable::parse(head.left(head.indexOf('\n') + 1), QFileInfo(f).fileName()).header();
    } catch (const Error &e) {
        m_status->setText(e.message());
        return;
    }
    CsvMapping m;
    if (const auto a = bankAccountById(m_file, m_account->currentData().toLongLong()))
        m = CsvMapping::fromProfile(a->csvProfile);
    m.fillFrom(CsvMapping::detect(header));
    const QString profile = m.toProfile();
    for (auto &[role, combo] : m_roles) {
        combo->addItem(tr("(none)"), QString());
        for (const QString &h : header)
            combo->addItem(h, h);
        for (const QString &part : profile.split(u';'))
            if (part.startsWith(role + u'='))
                combo->setCurrentIndex(std::max(0, combo->findData(part.mid(role.size() + 1))));
        combo->setEnabled(true);
    }
    m_status->setText(tr("Columns detected from the header; change any that are wrong. The choice "
                         "is saved for the account."));
}

void StatementImportDialog::accept()
{
    StatementImportOptions o;
    if (const QString f = m_format->currentData().toString(); !f.isEmpty())
        o.format = parseStatementFormat(f);
    QStringList parts;
    for (auto &[role, combo] : m_roles)
        if (combo->isEnabled() && !combo->currentData().toString().isEmpty())
            parts << role + u'=' + combo->currentData().toString();
    const bool ok = attempt(this, tr("Import the statement"), [&] {
        o.mapping = CsvMapping::fromProfile(parts.join(u';'));
        if (!m_opening->text().trimmed().isEmpty())
            o.openingBalance = Money::parse(m_opening->text());
        m_summary = describeStatementImport(
            importStatement(m_file, m_account->currentData().toLongLong(), m_path->text(), o));
    });
    if (!ok)
        return;
    QMessageBox::information(this, tr("Statement imported"), m_summary);
    QDialog::accept();
}

} // namespace isf::ui
