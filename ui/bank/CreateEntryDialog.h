// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include "core/bank/BankRecords.h"

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace isf {
class ProviderFile;
}

namespace isf::ui {

// The ledger entry an unmatched bank line shows, in one step: the line gives the date,
// amount and account; the person chooses whose fund, the kind (only those that move
// money the line's way) and, for an expense, the category.
class CreateEntryDialog : public QDialog {
    Q_OBJECT
public:
    CreateEntryDialog(const ProviderFile &file, const BankLine &line, QWidget *parent = nullptr);
    void accept() override;

private:
    const ProviderFile &m_file;
    BankLine m_line;
    QComboBox *m_person, *m_kind, *m_category;
    QLineEdit *m_description;
};

} // namespace isf::ui
