// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include "core/domain/Entities.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace isf::ui {

class RecordTable;
class Session;

// Every version of the person's ISF agreement; the selected version's terms and its
// costed delivery plan. Changes make a new version ("New version…"); giving notice
// changes the version in force.
class AgreementTab : public QWidget {
    Q_OBJECT
public:
    AgreementTab(Session &session, Id personId, QWidget *parent = nullptr);
    void reload();

signals:
    void newVersionRequested();
    void noticeRequested();

private:
    void showVersion(int row);
    Session &m_session;
    Id m_personId;
    std::vector<Agreement> m_versions;
    RecordTable *m_versionsTable, *m_plan;
    QLabel *m_terms;
    QPushButton *m_newVersion, *m_notice;
};

// The selected version's budget schedule, temporary uplifts and the parts of the
// personal budget that are not the ISF.
class BudgetTab : public QWidget {
    Q_OBJECT
public:
    BudgetTab(Session &session, Id personId, QWidget *parent = nullptr);
    void reload();

private:
    Session &m_session;
    Id m_personId;
    RecordTable *m_steps, *m_uplifts, *m_other;
    QLabel *m_summary;
};

} // namespace isf::ui
