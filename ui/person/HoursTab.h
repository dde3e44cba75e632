// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include "core/domain/Entities.h"

#include <QWidget>

class QLabel;

namespace isf::ui {

class RecordTable;
class Session;

// Support hours: planned each week by the delivery plan, delivered (as recorded), and
// banked (planned bankable hours not yet used).
class HoursTab : public QWidget {
    Q_OBJECT
public:
    HoursTab(Session &session, Id personId, QWidget *parent = nullptr);
    void reload();

signals:
    void recordRequested();

private:
    Session &m_session;
    Id m_personId;
    QLabel *m_summary;
    RecordTable *m_planned, *m_delivered;
};

} // namespace isf::ui
