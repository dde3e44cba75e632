// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include <QDate>
#include <QWidget>

#include <vector>

class QChartView;

namespace isf {
class ProviderFile;
}

namespace isf::ui {

// The last 12 month ends: funds held across all people, and alerts open.
struct TrendPoint {
    QDate monthEnd;
    qint64 fundsPence = 0;
    int openAlerts = 0;
};
std::vector<TrendPoint> loadTrend(const ProviderFile &file, const QDate &today);

// The dashboard's picture: funds held (bars, left axis) and alerts open (line, right
// axis) over the last 12 months, in the style's colours; it can be saved as PNG.
class DashboardTrend : public QWidget {
    Q_OBJECT
public:
    explicit DashboardTrend(QWidget *parent = nullptr);
    void show(const std::vector<TrendPoint> &points);
    QChartView *view() const { return m_view; }

private:
    QChartView *m_view;
};

} // namespace isf::ui
