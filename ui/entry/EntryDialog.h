// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include "core/ledger/Entry.h"

#include <QDialog>

#include <memory>
#include <optional>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace isf {
class Ledger;
}

namespace isf::ui {

class FileDialogs;
class PersonPicker;
class Session;

// One entry for one person, keyboard first: Tab moves through the fields in order,
// Enter posts, Escape cancels. Every change is checked at once with Ledger::check(),
// so a policy refusal (management fee, shared cost) or a closed period shows its
// reason under the form before anything is posted. Kinds: expense (category,
// supplier, invoice, hours x rate computed live, receipt), contribution received,
// council payment, return to council.
class EntryDialog : public QDialog {
    Q_OBJECT
public:
    EntryDialog(Session &session, FileDialogs &dialogs, TxnKind kind, Id personId,
        QWidget *parent = nullptr);
    ~EntryDialog() override;
    Id postedId() const { return m_posted; }
    QString message() const;

    // Builds the entry from the fields; returns nothing (and sets the message) when a
    // field cannot be read.
    std::optional<NewEntry> entry();

public slots:
    void accept() override; // posts

private:
    void validate();
    void chooseReceipt();
    void addExpenseFields(QFormLayout *form);
    Id supplierIdFor(const QString &name, bool create);
    void setMessage(const QString &text, bool problem);

    Session &m_session;
    FileDialogs &m_dialogs;
    TxnKind m_kind;
    std::unique_ptr<Ledger> m_ledger;
    Id m_posted = 0;
    PersonPicker *m_person;
    QDateEdit *m_date;
    QLineEdit *m_amount, *m_reference, *m_description;
    QComboBox *m_category = nullptr, *m_supplier = nullptr;
    QLineEdit *m_hours = nullptr, *m_rate = nullptr;
    QLabel *m_computed = nullptr, *m_receiptLabel = nullptr;
    QString m_receiptPath;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};

QString entryTitle(TxnKind kind);

} // namespace isf::ui
