// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include "core/domain/Entities.h"

#include <QDialog>

class QDateEdit;
class QLabel;
class QLineEdit;

namespace isf::ui {

class Session;

// Reverses one posted entry with a reason: the mirror image is posted, dated today
// (or later), and both stay on the ledger.
class ReversalDialog : public QDialog {
    Q_OBJECT
public:
    ReversalDialog(Session &session, Id txnId, QWidget *parent = nullptr);
    Id postedId() const { return m_posted; }

public slots:
    void accept() override;

private:
    Session &m_session;
    Id m_txnId, m_personId = 0, m_posted = 0;
    QLineEdit *m_reason;
    QDateEdit *m_date;
    QLabel *m_message;
};

} // namespace isf::ui
