// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include "core/domain/Entities.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace isf::ui {

class RecordTable;
class Session;

// Councils, their address and contacts, and their policies: every rule shown in plain
// words with its unit and a line of help, edited as text and checked by core. What is
// typed is never cleared without asking (New council, choosing another council).
class CouncilsPage : public QWidget {
    Q_OBJECT
public:
    CouncilsPage(Session &session, QWidget *parent = nullptr);
    bool hasUnsavedChanges() const { return m_dirty; }
    // Asks Save/Discard/Cancel when there are unsaved edits: true to go on.
    bool confirmLeave();

private:
    void reload();
    void showSelected();
    void applyPreset();
    bool save();
    void startNew();
    void setDirty(bool dirty);
    QString ruleKey(int row) const;
    Session &m_session;
    RecordTable *m_list;
    QLineEdit *m_name, *m_address, *m_contact, *m_email;
    QComboBox *m_preset;
    QTableWidget *m_policy;
    QLabel *m_message;
    bool m_dirty = false, m_loading = false;
    Id m_shownId = 0;
};

} // namespace isf::ui
