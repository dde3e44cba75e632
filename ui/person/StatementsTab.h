// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include "core/domain/Entities.h"
#include "core/statements/StatementsIssued.h"
#include "core/time/Period.h"

#include <QWidget>

namespace isf::ui {

class RecordTable;
class Session;

// Statements issued for the person: the periods they closed and their balances; any of
// them can be printed again as a copy marked "Copy".
class StatementsTab : public QWidget {
    Q_OBJECT
public:
    StatementsTab(Session &session, Id personId, QWidget *parent = nullptr);
    void reload();

signals:
    // Print the statement of this period again, marked as a copy of the one issued.
    void copyRequested(const isf::Period &period, bool easyRead, const QDate &issuedOn);

private:
    void requestCopy();
    Session &m_session;
    Id m_personId;
    RecordTable *m_table;
    std::vector<StatementIssue> m_issued; // the rows, in order
};

} // namespace isf::ui
