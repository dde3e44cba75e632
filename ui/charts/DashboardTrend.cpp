// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "ui/charts/DashboardTrend.h"

#include "core/ledger/LedgerQueries.h"
#include "core/rules/alerts/AlertStore.h"
#include "ui/charts/ChartPrint.h"
#include "ui/common/ErrorText.h"
#include "ui/common/FileDialogs.h"
#include "ui/common/Format.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLineSeries>
#include <QPushButton>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace isf::ui {

std::vector<TrendPoint> loadTrend(const ProviderFile &file, const QDate &today)
{
    std::vector<TrendPoint> points;
    const std::vector<AlertRecord> alerts = alertRecords(file);
    const QDate thisMonth(today.year(), today.month(), 1);
    for (int i = 11; i >= 0; --i) {
        const QDate first = thisMonth.addMonths(-i);
        // The month so far for the current one.
        const QDate end = i == 0 ? today : first.addMonths(1).addDays(-1);
        TrendPoint p;
        p.monthEnd = end;
        for (const PersonBalance &b : balancesAt(file, end))
            p.fundsPence += b.balance.pence();
        for (const AlertRecord &a : alerts) {
            const QDate resolved = QDateTime::fromString(a.resolvedAt, Qt::ISODate).date();
            if (a.alert.since.isValid() && a.alert.since <= end
                && (!resolved.isValid() || resolved > end))
                ++p.openAlerts;
        }
        points.push_back(p);
    }
    return points;
}

DashboardTrend::DashboardTrend(QWidget *parent)
    : QWidget(parent), m_view(new QChartView(new QChart, this))
{
    setObjectName(QStringLiteral("dashboardTrend"));
    m_view->setObjectName(QStringLiteral("dashboardTrendChart"));
    m_view->setAccessibleName(tr("Funds held and alerts over the last 12 months"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(fontMetrics().height() * 12);
    m_view->chart()->setAnimationOptions(QChart::NoAnimation);
    auto *save = new QPushButton(tr("Save chart as P&NG\u2026"), this);
    save->setObjectName(QStringLiteral("dashboardTrendSave"));
    save->setToolTip(tr("Save this chart as a PNG picture"));
    auto *print = new QPushButton(tr("Print c&hart\u2026"), this);
    print->setObjectName(QStringLiteral("dashboardTrendPrint"));
    print->setToolTip(tr("Print this chart on one page"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(save);
    buttons->addWidget(print);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    connect(save, &QPushButton::clicked, this, [this] {
        const QString path = appDialogs().saveFileName(this, tr("Save the chart"),
            QStringLiteral("funds-and-alerts.png"), tr("PNG pictures (*.png)"));
        if (!path.isEmpty())
            attempt(this, tr("Save the chart"), [&] { saveChartPng(m_view, path); });
    });
    connect(print, &QPushButton::clicked, this, [this] { printChart(m_view, this); });
}

void DashboardTrend::show(const std::vector<TrendPoint> &points)
{
    const QPalette pal = palette();
    QChart *chart = m_view->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *a : chart->axes())
        chart->removeAxis(a);
    chart->setBackgroundBrush(pal.brush(QPalette::Base));
    chart->legend()->setLabelColor(pal.color(QPalette::Text));
    auto *funds = new QBarSet(tr("Funds held"));
    auto *alerts = new QLineSeries;
    alerts->setName(tr("Alerts open"));
    QStringList months;
    qint64 top = 0;
    int mostAlerts = 0;
    for (int i = 0; i < static_cast<int>(points.size()); ++i) {
        const TrendPoint &p = points[static_cast<size_t>(i)];
        *funds << static_cast<double>(p.fundsPence) / 100.0;
        alerts->append(i, p.openAlerts);
        months << p.monthEnd.toString(QStringLiteral("MM/yy"));
        top = std::max(top, p.fundsPence);
        mostAlerts = std::max(mostAlerts, p.openAlerts);
    }
    auto *bars = new QBarSeries;
    bars->append(funds);
    chart->addSeries(bars);
    chart->addSeries(alerts);
    auto *axisX = new QBarCategoryAxis;
    axisX->append(months);
    auto *axisMoney = new QValueAxis;
    axisMoney->setLabelFormat(QStringLiteral("%.0f"));
    axisMoney->setRange(0, static_cast<double>(top) / 100.0 * 1.1 + 1);
    axisMoney->setTitleText(tr("Funds (\u00a3)"));
    axisX->setLabelsAngle(-90);
    auto *axisAlerts = new QValueAxis;
    axisAlerts->setLabelFormat(QStringLiteral("%d"));
    axisAlerts->setRange(0, mostAlerts + 1);
    axisAlerts->setTitleText(tr("Alerts"));
    for (QAbstractAxis *a : { static_cast<QAbstractAxis *>(axisX),
             static_cast<QAbstractAxis *>(axisMoney), static_cast<QAbstractAxis *>(axisAlerts) }) {
        a->setLabelsColor(pal.color(QPalette::Text));
        a->setTitleBrush(pal.brush(QPalette::Text));
    }
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisMoney, Qt::AlignLeft);
    chart->addAxis(axisAlerts, Qt::AlignRight);
    bars->attachAxis(axisX);
    bars->attachAxis(axisMoney);
    alerts->attachAxis(axisX);
    alerts->attachAxis(axisAlerts);
    QPen pen(pal.color(QPalette::Text));
    pen.setWidth(2);
    alerts->setPen(pen);
    if (!points.empty())
        m_view->setAccessibleDescription(
            tr("Funds held %1 at %2, %n alert(s) open", nullptr, points.back().openAlerts)
                .arg(moneyText(Money::fromPence(points.back().fundsPence)),
                    dateText(points.back().monthEnd)));
}

} // namespace isf::ui
