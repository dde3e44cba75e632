// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "ui/person/AgreementTab.h"

#include "core/storage/AgreementStore.h"
#include "ui/common/ErrorText.h"
#include "ui/common/Format.h"
#include "ui/common/RecordTable.h"
#include "ui/common/Session.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace isf::ui {
namespace {

QString statusLabel(AgreementStatus s)
{
    switch (s) {
    case AgreementStatus::Draft:
        return QObject::tr("Draft");
    case AgreementStatus::Active:
        return QObject::tr("Active");
    case AgreementStatus::Notice:
        return QObject::tr("On notice");
    case AgreementStatus::Ended:
        return QObject::tr("Ended");
    }
    return QString();
}

QString contributionText(const Agreement &a)
{
    switch (a.contributionKind) {
    case ContributionKind::None:
        return QObject::tr("None");
    case ContributionKind::Fixed:
        return QObject::tr("%1 a week").arg(moneyText(a.weeklyContribution));
    case ContributionKind::Percent:
        return QObject::tr("%1% of the plan's cost")
            .arg(QString::number(a.contributionPercentBp / 100.0, 'f', 2));
    }
    return QString();
}

QGroupBox *boxed(const QString &title, QWidget *inner, QWidget *parent)
{
    auto *box = new QGroupBox(title, parent);
    auto *l = new QVBoxLayout(box);
    l->addWidget(inner);
    return box;
}

} // namespace

AgreementTab::AgreementTab(Session &session, Id personId, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_personId(personId)
    , m_versionsTable(
          new RecordTable(QStringLiteral("agreementVersions"), tr("Agreement versions"), this))
    , m_plan(new RecordTable(QStringLiteral("deliveryPlan"), tr("Costed delivery plan"), this))
    , m_terms(new QLabel(this))
    , m_newVersion(new QPushButton(tr("&New version\u2026"), this))
    , m_notice(new QPushButton(tr("Give &notice\u2026"), this))
{
    setObjectName(QStringLiteral("agreementTab"));
    m_versionsTable->setColumns(
        { tr("Version"), tr("Status"), tr("From"), tr("Weekly budget"), tr("Why it changed") },
        { 0, 3 });
    m_plan->setColumns({ tr("Outcome"), tr("Service"), tr("Supplier"), tr("Hours a week"),
                           tr("Rate"), tr("Weekly cost"), tr("Bankable") },
        { 3, 4, 5 });
    m_plan->setStretchColumn(1);
    m_versionsTable->setStretchColumn(4);
    m_terms->setObjectName(QStringLiteral("agreementTerms"));
    m_terms->setWordWrap(true);
    m_terms->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    m_terms->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_terms->setAccessibleName(tr("Agreement terms"));
    m_newVersion->setObjectName(QStringLiteral("newAgreementButton"));
    m_newVersion->setAccessibleName(tr("New agreement version"));
    m_notice->setObjectName(QStringLiteral("giveNoticeButton"));
    m_notice->setAccessibleName(tr("Give notice"));

    auto *top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(boxed(tr("Versions"), m_versionsTable, top));
    top->addWidget(boxed(tr("Terms of the selected version"), m_terms, top));
    top->setStretchFactor(0, 3);
    top->setStretchFactor(1, 2);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_notice);
    buttons->addWidget(m_newVersion);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(top, 1);
    layout->addWidget(boxed(tr("Costed delivery plan"), m_plan, this), 1);
    layout->addLayout(buttons);

    connect(m_versionsTable, &QTableWidget::currentCellChanged, this,
        [this](int row) { showVersion(row); });
    connect(m_newVersion, &QPushButton::clicked, this, &AgreementTab::newVersionRequested);
    connect(m_notice, &QPushButton::clicked, this, &AgreementTab::noticeRequested);
}

void AgreementTab::reload()
{
    attempt(this, tr("Load the agreement"),
        [&] { m_versions = agreementVersions(m_session.file(), m_personId); });
    const QSignalBlocker block(m_versionsTable);
    m_versionsTable->clearRows();
    const QDate today = m_session.today();
    for (auto it = m_versions.rbegin(); it != m_versions.rend(); ++it)
        m_versionsTable->addRow(
            { QString::number(it->version), statusLabel(it->status),
                dateText(it->effectiveFrom.isValid() ? it->effectiveFrom : it->startDate),
                moneyText(it->weeklyBudgetOn(std::max(today, it->startDate))), it->changeReason },
            it->id);
    m_versionsTable->fitColumns();
    m_notice->setEnabled(
        !m_versions.empty() && m_versions.back().status == AgreementStatus::Active);
    if (!m_versions.empty())
        m_versionsTable->setCurrentCell(0, 0);
    showVersion(m_versions.empty() ? -1 : 0);
}

void AgreementTab::showVersion(int row)
{
    m_plan->clearRows();
    if (row < 0 || row >= static_cast<int>(m_versions.size())) {
        m_terms->setText(
            tr("No agreement yet. Use \u201cNew version\u201d to record the ISF agreement."));
        return;
    }
    const Agreement &a = m_versions[m_versions.size() - 1 - static_cast<size_t>(row)];
    const QDate today = m_session.today();
    QStringList lines;
    lines << tr("Version %1, %2").arg(a.version).arg(statusLabel(a.status));
    lines << tr("Runs from %1%2")
                 .arg(dateText(a.startDate),
                     a.endDate.isValid() ? tr(" to %1").arg(dateText(a.endDate)) : QString());
    const Money weekly = a.weeklyBudgetOn(std::max(today, a.startDate));
    lines << tr("Weekly ISF budget: %1 (%2 a year)").arg(moneyText(weekly), moneyText(weekly * 52));
    lines << tr("Contribution: %1").arg(contributionText(a));
    if (!a.contributionCollection.isEmpty())
        lines << tr("Collected by: %1").arg(a.contributionCollection);
    lines << tr("Statements: %1").arg(cycleName(a.statementCycle));
    if (a.reviewDate.isValid())
        lines << tr("Review by: %1").arg(dateText(a.reviewDate));
    if (!a.contingency.isZero())
        lines << tr("Contingency: %1 %2").arg(moneyText(a.contingency), a.contingencyNote);
    if (a.noticeGivenOn.isValid())
        lines << tr("Notice given %1 by %2, ends %3: %4")
                     .arg(dateText(a.noticeGivenOn), a.noticeGivenBy, dateText(a.noticeEndsOn),
                         a.noticeReason);
    if (!a.outcomes.isEmpty())
        lines << tr("Outcomes: %1").arg(a.outcomes);
    lines << tr("Recorded %1 by %2").arg(a.createdAt.left(10), a.createdBy);
    m_terms->setText(lines.join(u'\n'));

    Money total;
    for (const PlanLine &p : a.plan) {
        m_plan->addRow({ p.outcome, p.service, p.supplierName,
            p.hoursPerWeek ? hoursText(*p.hoursPerWeek) : QString(),
            p.hourlyRate ? moneyText(*p.hourlyRate) : QString(), moneyText(p.weeklyCost),
            p.bankable ? tr("Yes") : tr("No") });
        total += p.weeklyCost;
    }
    if (!a.plan.empty())
        m_plan->addRow({ tr("Total"), QString(), QString(), QString(), QString(), moneyText(total),
            QString() });
    m_plan->fitColumns();
}

BudgetTab::BudgetTab(Session &session, Id personId, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_personId(personId)
    , m_steps(new RecordTable(QStringLiteral("budgetSteps"), tr("Budget schedule"), this))
    , m_uplifts(new RecordTable(QStringLiteral("uplifts"), tr("Temporary uplifts"), this))
    , m_other(new RecordTable(
          QStringLiteral("otherParts"), tr("Other parts of the personal budget"), this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("budgetTab"));
    m_steps->setColumns(
        { tr("From"), tr("Weekly budget"), tr("Version"), tr("Why it changed") }, { 1, 2 });
    m_uplifts->setColumns(
        { tr("First day"), tr("Last day"), tr("Weekly uplift"), tr("Reason") }, { 2 });
    m_other->setColumns({ tr("Part"), tr("Weekly"), tr("Arranged by") }, { 1 });
    m_summary->setObjectName(QStringLiteral("budgetSummary"));
    m_summary->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(boxed(tr("Budget schedule"), m_steps, this), 2);
    layout->addWidget(boxed(tr("Temporary uplifts (inflators)"), m_uplifts, this), 1);
    layout->addWidget(
        boxed(tr("Other parts of the personal budget (not the ISF)"), m_other, this), 1);
}

void BudgetTab::reload()
{
    std::vector<Agreement> versions;
    attempt(this, tr("Load the budget"),
        [&] { versions = agreementVersions(m_session.file(), m_personId); });
    m_steps->clearRows();
    m_uplifts->clearRows();
    m_other->clearRows();
    for (const Agreement &a : versions) {
        for (const BudgetStep &s : a.budgets)
            m_steps->addRow({ dateText(s.effectiveFrom), moneyText(s.weekly),
                QString::number(a.version), a.changeReason });
        if (&a == &versions.back()) {
            for (const Uplift &u : a.uplifts)
                m_uplifts->addRow(
                    { dateText(u.firstDay), dateText(u.lastDay), moneyText(u.weekly), u.reason });
            for (const OtherBudgetPart &o : a.otherParts)
                m_other->addRow({ o.description, moneyText(o.weekly), o.arrangedBy });
        }
    }
    const QDate today = m_session.today();
    m_summary->setText(versions.empty()
            ? tr("No agreement yet.")
            : tr("Weekly ISF budget today, uplifts included: %1")
                  .arg(moneyText(versions.back().weeklyBudgetOn(today))));
    m_steps->fitColumns();
    m_uplifts->fitColumns();
    m_other->fitColumns();
}

} // namespace isf::ui
