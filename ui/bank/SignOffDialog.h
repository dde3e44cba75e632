// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include "core/bank/Reconciliation.h"

#include <QDialog>

class QPlainTextEdit;
class QPushButton;

namespace isf::ui {

// Signing a reconciliation: the figures once more, why it cannot be signed when it
// does not balance, and the note; Sign is enabled only when it balances and a note is
// written. Signing goes through core (recorded with who and when, matches locked).
class SignOffDialog : public QDialog {
    Q_OBJECT
public:
    SignOffDialog(
        const ProviderFile &file, const ReconciliationFigures &figures, QWidget *parent = nullptr);
    void accept() override;

private:
    const ProviderFile &m_file;
    ReconciliationFigures m_figures;
    QPlainTextEdit *m_note;
    QPushButton *m_sign;
};

} // namespace isf::ui
