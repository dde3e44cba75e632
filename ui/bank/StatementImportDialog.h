// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include "core/domain/Entities.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace isf {
class ProviderFile;
}

namespace isf::ui {

class FileDialogs;

// Importing a bank statement: the file, the account, the format (from the file unless
// chosen), for a CSV the column of each role (detected from the header or the
// account's saved profile, and changeable), and for a first CSV statement without
// balances the bank's opening balance. Import runs core's importStatement (all or
// nothing) and says what it did.
class StatementImportDialog : public QDialog {
    Q_OBJECT
public:
    StatementImportDialog(
        const ProviderFile &file, FileDialogs &dialogs, Id accountId, QWidget *parent = nullptr);
    void setPath(const QString &path); // also reads a CSV's header
    void accept() override;
    QString summary() const { return m_summary; }

private:
    void readHeader();

    const ProviderFile &m_file;
    FileDialogs &m_dialogs;
    QLineEdit *m_path, *m_opening;
    QComboBox *m_account, *m_format;
    std::vector<std::pair<QString, QComboBox *>> m_roles; // role -> column
    QLabel *m_status;
    QString m_summary;
};

} // namespace isf::ui
