// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include "core/domain/Entities.h"
#include "core/rules/DueSoon.h"

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace isf::ui {

class DashboardTrend;
class RecordTable;
class Session;
struct DashboardData;

// The first screen after opening a file: what needs attention today (open alerts by
// rule, each opening the person), the funds held, the client bank reconciliation and
// what falls due in the next two weeks.
class DashboardPage : public QWidget {
    Q_OBJECT
public:
    explicit DashboardPage(QWidget *parent = nullptr);
    void setSession(Session *session);
    void reload();
    QTreeWidget *attention() const { return m_attention; }
    RecordTable *dueTable() const { return m_due; }

signals:
    void openPerson(isf::Id personId);

private:
    void show(const DashboardData &d);
    void showDue(const std::vector<DueItem> &due);
    Session *m_session = nullptr;
    QLabel *m_title, *m_funds, *m_reconciliation;
    QTreeWidget *m_attention;
    RecordTable *m_due;
    DashboardTrend *m_trend;
};

} // namespace isf::ui
