// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include "core/domain/Entities.h"

#include <QDialog>

class QLabel;

namespace isf::ui {

class FileDialogs;
class RecordTable;
class Session;

// The receipts attached to one posted entry: attach another, or save a copy of one
// (they are kept inside the provider file, with their SHA-256).
class ReceiptsDialog : public QDialog {
    Q_OBJECT
public:
    ReceiptsDialog(Session &session, FileDialogs &dialogs, Id txnId, QWidget *parent = nullptr);
    RecordTable *table() const { return m_table; }
    void attach();
    void saveCopy();

private:
    void reload();
    Session &m_session;
    FileDialogs &m_dialogs;
    Id m_txnId;
    RecordTable *m_table;
    QLabel *m_message;
};

} // namespace isf::ui
