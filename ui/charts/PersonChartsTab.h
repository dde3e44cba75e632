// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include "core/domain/Entities.h"

#include <QWidget>

class QChartView;
class QTabWidget;

namespace isf::ui {

class Session;

// A person's money in pictures (Qt Charts): the fund balance over time against the
// cap line, money in and out by month, and spending by category, each with "Save as
// PNG…" and "Print…". Read when the tab is first shown, never on opening the person.
class PersonChartsTab : public QWidget {
    Q_OBJECT
public:
    PersonChartsTab(Session &session, Id personId, QWidget *parent = nullptr);
    void reload();
    QTabWidget *charts() const { return m_charts; }
    QChartView *currentChart() const;

private:
    void savePng();
    void print();
    Session &m_session;
    Id m_personId;
    QTabWidget *m_charts;
    QChartView *m_balance, *m_months, *m_categories;
};

} // namespace isf::ui
