// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "ui/entry/EntryDialog.h"

#include "core/ledger/Ledger.h"
#include "core/storage/ProviderFile.h"
#include "core/storage/Receipts.h"
#include "core/storage/ReferenceStore.h"
#include "core/storage/Sql.h"
#include "ui/common/ErrorText.h"
#include "ui/common/FileDialogs.h"
#include "ui/common/Format.h"
#include "ui/common/Session.h"
#include "ui/entry/PersonPicker.h"
#include "ui/register/DateField.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace isf::ui {

QString entryTitle(TxnKind kind)
{
    switch (kind) {
    case TxnKind::Expense:
        return QObject::tr("Record an expense");
    case TxnKind::Contribution:
        return QObject::tr("Record a contribution received");
    case TxnKind::CouncilPayment:
        return QObject::tr("Record a council payment");
    case TxnKind::ReturnToCouncil:
        return QObject::tr("Return money to the council");
    default:
        return QObject::tr("Record %1").arg(txnKindLabel(kind).toLower());
    }
}

namespace {
QLineEdit *lineEdit(QWidget *parent, const QString &objectName, const QString &name)
{
    auto *e = new QLineEdit(parent);
    e->setObjectName(objectName);
    e->setAccessibleName(name);
    return e;
}
} // namespace

EntryDialog::EntryDialog(
    Session &session, FileDialogs &dialogs, TxnKind kind, Id personId, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_dialogs(dialogs)
    , m_kind(kind)
    , m_ledger(std::make_unique<Ledger>(session.file()))
    , m_person(new PersonPicker(session, this))
    , m_date(new QDateEdit(session.today(), this))
    , m_amount(lineEdit(this, QStringLiteral("entryAmount"), tr("Amount")))
    , m_reference(lineEdit(this, QStringLiteral("entryReference"), tr("Reference")))
    , m_description(lineEdit(this, QStringLiteral("entryDescription"), tr("Description")))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("entryDialog"));
    setWindowTitle(entryTitle(kind));
    setAccessibleName(windowTitle());
    m_person->setObjectName(QStringLiteral("entryPerson"));
    m_person->setAccessibleName(tr("Person"));
    m_person->setPersonId(personId);
    m_date->setObjectName(QStringLiteral("entryDate"));
    m_date->setAccessibleName(tr("Date"));
    setUpDateField(m_date);
    m_amount->setPlaceholderText(
        kind == TxnKind::Expense ? tr("£0.00, or leave blank for hours \u00d7 rate") : tr("£0.00"));
    m_amount->setAlignment(Qt::AlignRight);
    m_message->setObjectName(QStringLiteral("entryMessage"));
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Check"));
    m_message->setMinimumHeight(m_message->fontMetrics().height() * 3);
    m_message->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    QPushButton *post = m_buttons->button(QDialogButtonBox::Ok);
    post->setText(tr("&Post"));
    post->setObjectName(QStringLiteral("postButton"));
    post->setAccessibleName(tr("Post the entry"));
    post->setDefault(true);
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));

    auto *form = new QFormLayout;
    form->addRow(tr("P&erson:"), m_person);
    form->addRow(tr("&Date:"), m_date);
    if (kind == TxnKind::Expense)
        addExpenseFields(form);
    form->addRow(tr("&Amount:"), m_amount);
    form->addRow(
        kind == TxnKind::Expense ? tr("&Invoice reference:") : tr("&Reference:"), m_reference);
    form->addRow(tr("Descr&iption:"), m_description);
    if (kind == TxnKind::Expense) {
        auto *attach = new QPushButton(tr("Attach rec&eipt\u2026"), this);
        attach->setObjectName(QStringLiteral("attachReceipt"));
        attach->setAccessibleName(tr("Attach a receipt"));
        attach->setAutoDefault(false);
        m_receiptLabel = new QLabel(tr("No receipt attached"), this);
        m_receiptLabel->setObjectName(QStringLiteral("receiptLabel"));
        auto *row = new QHBoxLayout;
        row->addWidget(attach);
        row->addWidget(m_receiptLabel, 1);
        form->addRow(tr("Receipt:"), row);
        connect(attach, &QPushButton::clicked, this, &EntryDialog::chooseReceipt);
    }
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    // Tab goes down the form as it is seen, then to Post and Cancel.
    setTabChain({ m_person, m_date, m_category, m_supplier, m_hours, m_rate, m_amount, m_reference,
        m_description, findChild<QPushButton *>(QStringLiteral("attachReceipt")), post,
        m_buttons->button(QDialogButtonBox::Cancel) });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &EntryDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &EntryDialog::reject);

    connect(m_person, &QComboBox::currentTextChanged, this, &EntryDialog::validate);
    connect(m_date, &QDateEdit::dateChanged, this, &EntryDialog::validate);
    // Half-typed dates ("28/11/0000") never read as ready: check the text as shown.
    if (auto *dateText = m_date->findChild<QLineEdit *>())
        connect(dateText, &QLineEdit::textChanged, this, &EntryDialog::validate);
    for (QLineEdit *e : { m_amount, m_reference, m_description })
        connect(e, &QLineEdit::textChanged, this, &EntryDialog::validate);
    validate();
    if (personId)
        (kind == TxnKind::Expense ? static_cast<QWidget *>(m_category) : m_amount)->setFocus();
    resize(sizeHint().expandedTo(QSize(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 36, 0)));
}

EntryDialog::~EntryDialog() = default;

void EntryDialog::addExpenseFields(QFormLayout *form)
{
    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("entryCategory"));
    m_category->setAccessibleName(tr("Category"));
    m_supplier = new QComboBox(this);
    m_supplier->setObjectName(QStringLiteral("entrySupplier"));
    m_supplier->setAccessibleName(tr("Supplier"));
    m_supplier->setEditable(true);
    m_supplier->setInsertPolicy(QComboBox::NoInsert);
    attempt(this, tr("Load the categories and suppliers"), [&] {
        for (const Category &c : listCategories(m_session.file()))
            if (c.active)
                m_category->addItem(c.name, c.id);
        m_supplier->addItem(QString(), 0);
        for (const Supplier &s : listSuppliers(m_session.file()))
            m_supplier->addItem(s.name, s.id);
    });
    m_category->setCurrentIndex(-1);
    m_hours = lineEdit(this, QStringLiteral("entryHours"), tr("Hours"));
    m_rate = lineEdit(this, QStringLiteral("entryRate"), tr("Hourly rate"));
    m_hours->setPlaceholderText(tr("e.g. 7.5"));
    m_rate->setPlaceholderText(tr("£ an hour"));
    m_computed = new QLabel(this);
    m_computed->setObjectName(QStringLiteral("entryComputed"));
    auto *hoursRow = new QHBoxLayout;
    hoursRow->addWidget(m_hours);
    hoursRow->addWidget(new QLabel(QStringLiteral("\u00d7"), this));
    hoursRow->addWidget(m_rate);
    hoursRow->addWidget(m_computed, 1);
    form->addRow(tr("Cate&gory:"), m_category);
    form->addRow(tr("&Supplier:"), m_supplier);
    auto *hoursLabel = new QLabel(tr("&Hours \u00d7 rate:"), this);
    hoursLabel->setBuddy(m_hours);
    form->addRow(hoursLabel, hoursRow);
    connect(m_category, &QComboBox::currentIndexChanged, this, &EntryDialog::validate);
    connect(m_supplier, &QComboBox::currentTextChanged, this, &EntryDialog::validate);
    connect(m_hours, &QLineEdit::textChanged, this, &EntryDialog::validate);
    connect(m_rate, &QLineEdit::textChanged, this, &EntryDialog::validate);
}

QString EntryDialog::message() const
{
    return m_message->text();
}

void EntryDialog::setMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    m_message->setStyleSheet(problem ? QStringLiteral("font-weight: bold;") : QString());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!problem);
}

Id EntryDialog::supplierIdFor(const QString &name, bool create)
{
    const QString n = name.trimmed();
    if (n.isEmpty())
        return 0;
    const int i = m_supplier->findText(n, Qt::MatchFixedString);
    if (i > 0)
        return m_supplier->itemData(i).toLongLong();
    if (!create)
        return 0;
    Supplier s;
    s.name = n;
    return saveSupplier(m_session.file(), s);
}

std::optional<NewEntry> EntryDialog::entry()
{
    NewEntry e;
    e.kind = m_kind;
    e.date = m_date->date();
    e.personId = m_person->currentPersonId();
    e.reference = m_reference->text().trimmed();
    e.description = m_description->text().trimmed();
    try {
        if (!m_amount->text().trimmed().isEmpty())
            e.amount = Money::parse(m_amount->text().trimmed());
        if (m_kind == TxnKind::Expense) {
            e.categoryId
                = m_category->currentIndex() >= 0 ? m_category->currentData().toLongLong() : 0;
            e.supplierId = supplierIdFor(m_supplier->currentText(), false);
            const QString h = m_hours->text().trimmed(), r = m_rate->text().trimmed();
            if (!h.isEmpty())
                e.hours = Hours::parse(h);
            if (!r.isEmpty())
                e.rate = Money::parse(r);
            m_computed->setText(e.hours && e.rate
                    ? QStringLiteral("= %1").arg(moneyText(Money::forHours(*e.hours, *e.rate)))
                    : QString());
        }
    } catch (const std::exception &ex) {
        setMessage(errorText(ex), true);
        return std::nullopt;
    }
    return e;
}

void EntryDialog::validate()
{
    if (const QString problem = dateFieldProblem(m_date); !problem.isEmpty()) {
        setMessage(problem, true);
        return;
    }
    if (m_person->currentPersonId() == 0) {
        setMessage(tr("Choose the person whose fund this is."), true);
        if (m_kind == TxnKind::Expense)
            entry(); // keep the hours x rate figure live
        return;
    }
    const auto e = entry();
    if (!e)
        return;
    if (e->amount.isZero() && !(e->hours && e->rate)) {
        setMessage(m_kind == TxnKind::Expense ? tr("Enter the amount, or hours and a rate.")
                                              : tr("Enter the amount."),
            true);
        return;
    }
    try {
        m_ledger->check(*e);
    } catch (const PolicyError &ex) {
        setMessage(tr("Not allowed: %1").arg(ex.message()), true);
        return;
    } catch (const std::exception &ex) {
        setMessage(errorText(ex), true);
        return;
    }
    setMessage(tr("Ready to post %1.").arg(moneyText(Ledger::effectiveAmount(*e))), false);
}

void EntryDialog::chooseReceipt()
{
    const QString path = m_dialogs.openFileName(this, tr("Attach a receipt"),
        tr("Receipts (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)"));
    if (path.isEmpty())
        return;
    m_receiptPath = path;
    m_receiptLabel->setText(QFileInfo(path).fileName());
}

void EntryDialog::accept()
{
    validate();
    if (!m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    try {
        WriteTransaction txn(m_session.file().database());
        std::optional<NewEntry> e = entry();
        if (!e)
            return;
        if (m_kind == TxnKind::Expense)
            e->supplierId = supplierIdFor(m_supplier->currentText(), true);
        m_posted = m_ledger->post(*e);
        if (!m_receiptPath.isEmpty()) {
            QFile f(m_receiptPath);
            if (!f.open(QIODevice::ReadOnly))
                throw InputError(
                    tr("The receipt file \"%1\" could not be read.").arg(m_receiptPath));
            addReceipt(m_session.file(), m_posted, m_receiptPath,
                mediaTypeForFileName(m_receiptPath), f.readAll());
        }
        txn.commit();
    } catch (const std::exception &ex) {
        m_posted = 0;
        setMessage(errorText(ex), true); // nothing was posted
        return;
    }
    m_session.notifyChanged(m_person->currentPersonId());
    QDialog::accept();
}

} // namespace isf::ui
