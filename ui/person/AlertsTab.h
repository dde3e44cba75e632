// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include "core/domain/Entities.h"

#include <QWidget>

class QPushButton;

namespace isf::ui {

class RecordTable;
class Session;

// The person's alerts (excess balance, arrears, overspend, ...), open ones first, with
// acknowledgement notes. Acknowledging goes through core/rules.
class AlertsTab : public QWidget {
    Q_OBJECT
public:
    AlertsTab(Session &session, Id personId, QWidget *parent = nullptr);
    void reload();

signals:
    void acknowledgeRequested(isf::Id alertId);

private:
    Session &m_session;
    Id m_personId;
    RecordTable *m_table;
    QPushButton *m_ack;
};

} // namespace isf::ui
