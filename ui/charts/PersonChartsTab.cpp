// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "ui/charts/PersonChartsTab.h"

#include "ui/charts/ChartPrint.h"
#include "ui/charts/PersonChartData.h"
#include "ui/common/ErrorText.h"
#include "ui/common/FileDialogs.h"
#include "ui/common/Format.h"
#include "ui/common/Session.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace isf::ui {
namespace {

QChartView *chartView(const QString &name, const QString &accessible, QWidget *parent)
{
    auto *view = new QChartView(new QChart, parent);
    view->setObjectName(name);
    view->setAccessibleName(accessible);
    view->setRenderHint(QPainter::Antialiasing);
    view->setFocusPolicy(Qt::StrongFocus);
    view->chart()->setAnimationOptions(QChart::NoAnimation);
    // The chart draws in the style's colours, so it reads on a dark palette too.
    view->chart()->setBackgroundBrush(parent->palette().brush(QPalette::Base));
    view->chart()->setTitleBrush(parent->palette().brush(QPalette::Text));
    view->chart()->legend()->setLabelColor(parent->palette().color(QPalette::Text));
    return view;
}

void styleAxis(QAbstractAxis *axis, const QPalette &palette)
{
    axis->setLabelsColor(palette.color(QPalette::Text));
    axis->setTitleBrush(palette.brush(QPalette::Text));
}

double pounds(qint64 pence)
{
    return static_cast<double>(pence) / 100.0;
}

} // namespace

PersonChartsTab::PersonChartsTab(Session &session, Id personId, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_personId(personId)
    , m_charts(new QTabWidget(this))
    , m_balance(chartView(QStringLiteral("chartBalance"), tr("Fund balance over time"), this))
    , m_months(chartView(QStringLiteral("chartMonths"), tr("Money in and out by month"), this))
    , m_categories(chartView(QStringLiteral("chartCategories"), tr("Spending by category"), this))
{
    setObjectName(QStringLiteral("chartsTab"));
    m_charts->setObjectName(QStringLiteral("personCharts"));
    m_charts->setAccessibleName(tr("Charts"));
    m_charts->addTab(m_balance, tr("&Balance and cap"));
    m_charts->addTab(m_months, tr("&In and out by month"));
    m_charts->addTab(m_categories, tr("Spending by &category"));
    auto *save = new QPushButton(tr("Save as P&NG\u2026"), this);
    save->setObjectName(QStringLiteral("chartSavePng"));
    save->setToolTip(tr("Save the chart shown as a PNG picture"));
    auto *print = new QPushButton(tr("Pr&int chart\u2026"), this);
    print->setObjectName(QStringLiteral("chartPrint"));
    print->setToolTip(tr("Print the chart shown on one page"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(save);
    buttons->addWidget(print);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_charts, 1);
    layout->addLayout(buttons);
    connect(save, &QPushButton::clicked, this, &PersonChartsTab::savePng);
    connect(print, &QPushButton::clicked, this, &PersonChartsTab::print);
}

QChartView *PersonChartsTab::currentChart() const
{
    return qobject_cast<QChartView *>(m_charts->currentWidget());
}

void PersonChartsTab::reload()
{
    PersonChartData d;
    if (!attempt(this, tr("Read the charts"),
            [&] { d = PersonChartData::load(m_session.file(), m_personId, m_session.today()); }))
        return;
    const QPalette pal = palette();

    QChart *balance = m_balance->chart();
    balance->removeAllSeries();
    for (QAbstractAxis *a : balance->axes())
        balance->removeAxis(a);
    balance->setTitle(tr("Fund balance over time"));
    auto *line = new QLineSeries;
    line->setName(tr("Balance"));
    auto *cap = new QLineSeries;
    cap->setName(tr("Cap (%n weeks' budget)", nullptr, d.capWeeks));
    qint64 low = 0, high = 0;
    for (const PersonChartData::Point &p : d.balance) {
        const qreal x = static_cast<qreal>(p.date.startOfDay().toMSecsSinceEpoch());
        line->append(x, pounds(p.balancePence));
        cap->append(x, pounds(p.capPence));
        low = std::min(low, p.balancePence);
        high = std::max({ high, p.balancePence, p.capPence });
    }
    QPen capPen(pal.color(QPalette::Text));
    capPen.setStyle(Qt::DashLine);
    cap->setPen(capPen);
    balance->addSeries(line);
    balance->addSeries(cap);
    auto *dates = new QDateTimeAxis;
    dates->setFormat(QStringLiteral("MM/yyyy"));
    auto *money = new QValueAxis;
    money->setLabelFormat(QStringLiteral("%.0f"));
    money->setRange(pounds(low), pounds(high) * 1.1 + 1);
    money->setTitleText(tr("Pounds (\u00a3)"));
    for (QAbstractAxis *a :
        { static_cast<QAbstractAxis *>(dates), static_cast<QAbstractAxis *>(money) })
        styleAxis(a, pal);
    balance->addAxis(dates, Qt::AlignBottom);
    balance->addAxis(money, Qt::AlignLeft);
    for (QAbstractSeries *s : balance->series()) {
        s->attachAxis(dates);
        s->attachAxis(money);
    }

    QChart *months = m_months->chart();
    months->removeAllSeries();
    for (QAbstractAxis *a : months->axes())
        months->removeAxis(a);
    months->setTitle(tr("Money in and out by month"));
    auto *in = new QBarSet(tr("Money in"));
    auto *out = new QBarSet(tr("Money out"));
    QStringList names;
    qint64 top = 0;
    for (const PersonChartData::Month &m : d.months) {
        *in << pounds(m.inPence);
        *out << pounds(m.outPence);
        names << m.first.toString(QStringLiteral("MM/yy"));
        top = std::max({ top, m.inPence, m.outPence });
    }
    auto *bars = new QBarSeries;
    bars->append(in);
    bars->append(out);
    months->addSeries(bars);
    auto *monthAxis = new QBarCategoryAxis;
    monthAxis->append(names);
    auto *monthMoney = new QValueAxis;
    monthMoney->setLabelFormat(QStringLiteral("%.0f"));
    monthMoney->setRange(0, pounds(top) * 1.1 + 1);
    monthMoney->setTitleText(tr("Pounds (\u00a3)"));
    styleAxis(monthAxis, pal);
    styleAxis(monthMoney, pal);
    months->addAxis(monthAxis, Qt::AlignBottom);
    months->addAxis(monthMoney, Qt::AlignLeft);
    bars->attachAxis(monthAxis);
    bars->attachAxis(monthMoney);

    QChart *categories = m_categories->chart();
    categories->removeAllSeries();
    for (QAbstractAxis *a : categories->axes())
        categories->removeAxis(a);
    categories->setTitle(tr("Spending by category, last 12 months"));
    auto *spent = new QBarSet(tr("Spent"));
    QStringList categoryNames;
    qint64 most = 0;
    for (const auto &[name, pence] : d.spendByCategory) {
        *spent << pounds(pence);
        categoryNames << name;
        most = std::max(most, pence);
    }
    auto *hbars = new QHorizontalBarSeries;
    hbars->append(spent);
    categories->addSeries(hbars);
    auto *catAxis = new QBarCategoryAxis;
    catAxis->append(categoryNames);
    auto *catMoney = new QValueAxis;
    catMoney->setLabelFormat(QStringLiteral("%.0f"));
    catMoney->setRange(0, pounds(most) * 1.1 + 1);
    catMoney->setTitleText(tr("Pounds (\u00a3)"));
    styleAxis(catAxis, pal);
    styleAxis(catMoney, pal);
    categories->addAxis(catAxis, Qt::AlignLeft);
    categories->addAxis(catMoney, Qt::AlignBottom);
    hbars->attachAxis(catAxis);
    hbars->attachAxis(catMoney);
    categories->legend()->hide();

    // What a screen reader says for each chart: the figures, not just its title.
    if (!d.balance.empty())
        m_balance->setAccessibleDescription(
            tr("Balance %1 on %2; cap %3")
                .arg(moneyText(Money::fromPence(d.balance.back().balancePence)),
                    dateText(d.balance.back().date),
                    moneyText(Money::fromPence(d.balance.back().capPence))));
}

void PersonChartsTab::savePng()
{
    QChartView *view = currentChart();
    const QString path = appDialogs().saveFileName(this, tr("Save the chart"),
        view->objectName() + QStringLiteral(".png"), tr("PNG pictures (*.png)"));
    if (!path.isEmpty())
        attempt(this, tr("Save the chart"), [&] { saveChartPng(view, path); });
}

void PersonChartsTab::print()
{
    printChart(currentChart(), this);
}

} // namespace isf::ui
