// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "ui/entry/AgreementDialog.h"

#include "core/storage/AgreementStore.h"
#include "core/storage/ReferenceStore.h"
#include "ui/common/ErrorText.h"
#include "ui/common/FileDialogs.h"
#include "ui/common/Format.h"
#include "ui/common/Session.h"
#include "ui/register/DateField.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace isf::ui {
namespace {

enum PlanCol {
    OutcomeCol,
    ServiceCol,
    SupplierCol,
    HoursCol,
    RateCol,
    CostCol,
    BankableCol,
    PlanCols
};

QDateEdit *dateEdit(QWidget *parent, const QString &objectName, const QString &name, const QDate &d)
{
    auto *e = new QDateEdit(d, parent);
    e->setObjectName(objectName);
    e->setAccessibleName(name);
    setUpDateField(e);
    e->setCalendarPopup(true);
    return e;
}

QLineEdit *line(QWidget *parent, const QString &objectName, const QString &name)
{
    auto *e = new QLineEdit(parent);
    e->setObjectName(objectName);
    e->setAccessibleName(name);
    return e;
}

Money money(const QLineEdit *e, const QString &field)
{
    const QString t = e->text().trimmed();
    if (t.isEmpty())
        return Money();
    try {
        return Money::parse(t);
    } catch (const Error &err) {
        throw InputError(QObject::tr("%1: %2").arg(field, err.message()));
    }
}

} // namespace

AgreementDialog::AgreementDialog(Session &session, Id personId, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_personId(personId)
    , m_status(new QComboBox(this))
    , m_cycle(new QComboBox(this))
    , m_contributionKind(new QComboBox(this))
    , m_start(dateEdit(this, QStringLiteral("agreementStart"), tr("Start date"), session.today()))
    , m_effective(dateEdit(this, QStringLiteral("agreementEffective"),
          tr("This version applies from"), session.today()))
    , m_end(dateEdit(
          this, QStringLiteral("agreementEnd"), tr("End date"), session.today().addYears(1)))
    , m_review(dateEdit(
          this, QStringLiteral("agreementReview"), tr("Review date"), session.today().addYears(1)))
    , m_hasEnd(new QCheckBox(tr("Has an end date"), this))
    , m_weekly(line(this, QStringLiteral("agreementWeekly"), tr("Weekly ISF budget")))
    , m_contribution(line(this, QStringLiteral("agreementContribution"), tr("Contribution")))
    , m_contingency(line(this, QStringLiteral("agreementContingency"), tr("Contingency")))
    , m_reason(line(this, QStringLiteral("agreementReason"), tr("Why this version")))
    , m_collection(line(
          this, QStringLiteral("agreementCollection"), tr("How the contribution is collected")))
    , m_upliftAmount(line(this, QStringLiteral("upliftAmount"), tr("Temporary uplift a week")))
    , m_upliftReason(line(this, QStringLiteral("upliftReason"), tr("Reason for the uplift")))
    , m_upliftFirst(
          dateEdit(this, QStringLiteral("upliftFirst"), tr("Uplift first day"), session.today()))
    , m_upliftLast(dateEdit(
          this, QStringLiteral("upliftLast"), tr("Uplift last day"), session.today().addDays(27)))
    , m_outcomes(new QPlainTextEdit(this))
    , m_plan(new QTableWidget(0, PlanCols, this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("agreementDialog"));
    setWindowTitle(tr("New agreement version"));
    setAccessibleName(windowTitle());
    m_status->setObjectName(QStringLiteral("agreementStatus"));
    m_status->setAccessibleName(tr("Status"));
    m_status->addItem(tr("Active"), static_cast<int>(AgreementStatus::Active));
    m_status->addItem(tr("Draft (not yet signed)"), static_cast<int>(AgreementStatus::Draft));
    m_cycle->setObjectName(QStringLiteral("agreementCycle"));
    m_cycle->setAccessibleName(tr("Statement cycle"));
    m_cycle->addItem(tr("Every 4 weeks"), static_cast<int>(StatementCycle::FourWeekly));
    m_cycle->addItem(tr("Calendar month"), static_cast<int>(StatementCycle::Monthly));
    m_contributionKind->setObjectName(QStringLiteral("agreementContributionKind"));
    m_contributionKind->setAccessibleName(tr("Contribution kind"));
    m_contributionKind->addItem(tr("None"), static_cast<int>(ContributionKind::None));
    m_contributionKind->addItem(tr("Fixed a week (£)"), static_cast<int>(ContributionKind::Fixed));
    m_contributionKind->addItem(
        tr("Percent of the plan (%)"), static_cast<int>(ContributionKind::Percent));
    m_upliftAmount->setPlaceholderText(tr("£ a week"));
    m_upliftReason->setPlaceholderText(tr("reason"));
    m_contingency->setPlaceholderText(tr("£0.00"));
    m_outcomes->setObjectName(QStringLiteral("agreementOutcomes"));
    m_outcomes->setAccessibleName(tr("Outcomes"));
    m_outcomes->setTabChangesFocus(true);
    m_outcomes->setMaximumHeight(fontMetrics().height() * 4);
    m_plan->setObjectName(QStringLiteral("agreementPlan"));
    m_plan->setAccessibleName(tr("Costed delivery plan"));
    m_plan->setHorizontalHeaderLabels({ tr("Outcome"), tr("Service"), tr("Supplier"),
        tr("Hours a week"), tr("Rate"), tr("Weekly cost"), tr("Bankable") });
    m_plan->verticalHeader()->hide();
    setColumnWidthsInEms(m_plan, { 10, 0, 10, 6, 5, 6, 5 });
    m_plan->horizontalHeader()->setSectionResizeMode(ServiceCol, QHeaderView::Stretch);
    m_message->setObjectName(QStringLiteral("agreementMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("font-weight: bold;"));
    m_hasEnd->setObjectName(QStringLiteral("agreementHasEnd"));
    m_end->setEnabled(false);
    connect(m_hasEnd, &QCheckBox::toggled, m_end, &QWidget::setEnabled);

    auto *form = new QFormLayout;
    form->addRow(tr("&Status:"), m_status);
    form->addRow(tr("&Start date:"), m_start);
    form->addRow(tr("This version &applies from:"), m_effective);
    auto *endRow = new QHBoxLayout;
    endRow->addWidget(m_hasEnd);
    endRow->addWidget(m_end, 1);
    form->addRow(tr("End:"), endRow);
    form->addRow(tr("Re&view date:"), m_review);
    form->addRow(tr("&Weekly ISF budget:"), m_weekly);
    auto *uplift = new QHBoxLayout;
    uplift->addWidget(m_upliftAmount, 1);
    uplift->addWidget(new QLabel(tr("from"), this));
    uplift->addWidget(m_upliftFirst);
    uplift->addWidget(new QLabel(tr("to"), this));
    uplift->addWidget(m_upliftLast);
    uplift->addWidget(m_upliftReason, 2);
    auto *upliftLabel = new QLabel(tr("Temporary &uplift:"), this);
    upliftLabel->setBuddy(m_upliftAmount);
    form->addRow(upliftLabel, uplift);
    auto *contribution = new QHBoxLayout;
    contribution->addWidget(m_contributionKind);
    contribution->addWidget(m_contribution, 1);
    auto *contributionLabel = new QLabel(tr("&Contribution:"), this);
    contributionLabel->setBuddy(m_contributionKind);
    form->addRow(contributionLabel, contribution);
    form->addRow(tr("Co&llected by:"), m_collection);
    form->addRow(tr("S&tatements:"), m_cycle);
    form->addRow(tr("Conti&ngency:"), m_contingency);
    form->addRow(tr("&Outcomes:"), m_outcomes);
    form->addRow(tr("&Why this version:"), m_reason);
    auto *addLine = new QPushButton(tr("Add plan &line"), this);
    addLine->setObjectName(QStringLiteral("addPlanLine"));
    addLine->setAutoDefault(false);
    connect(addLine, &QPushButton::clicked, this, [this] {
        addPlanRow(PlanLine());
        m_plan->setCurrentCell(m_plan->rowCount() - 1, OutcomeCol);
        m_plan->setFocus();
    });
    auto *removeLine = new QPushButton(tr("Re&move plan line"), this);
    removeLine->setObjectName(QStringLiteral("removePlanLine"));
    removeLine->setAutoDefault(false);
    removeLine->setToolTip(tr("Remove the selected line from this version's plan (earlier "
                              "versions keep theirs)"));
    connect(removeLine, &QPushButton::clicked, this, [this] {
        const int r = m_plan->currentRow();
        if (r >= 0)
            m_plan->removeRow(r);
    });
    addLine->setToolTip(tr("Add a line to the costed delivery plan; type the supplier's name, "
                           "and one not yet in the register is offered to be added"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Save version"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("agreementOk"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Costed delivery plan:"), this));
    layout->addWidget(m_plan, 1);
    auto *lineButtons = new QHBoxLayout;
    lineButtons->addWidget(addLine);
    lineButtons->addWidget(removeLine);
    lineButtons->addStretch(1);
    layout->addLayout(lineButtons);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setTabChain(
        { m_status, m_start, m_effective, m_hasEnd, m_end, m_review, m_weekly, m_upliftAmount,
            m_upliftFirst, m_upliftLast, m_upliftReason, m_contributionKind, m_contribution,
            m_collection, m_cycle, m_contingency, m_outcomes, m_reason, m_plan, addLine, removeLine,
            buttons->button(QDialogButtonBox::Ok), buttons->button(QDialogButtonBox::Cancel) });
    connect(buttons, &QDialogButtonBox::accepted, this, &AgreementDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AgreementDialog::reject);

    attempt(this, tr("Load the agreement"), [&] {
        if (auto a = currentAgreement(session.file(), personId))
            load(*a);
    });
    resize(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 60, fontMetrics().height() * 40);
}

void AgreementDialog::load(const Agreement &a)
{
    m_base = a;
    m_status->setCurrentIndex(m_status->findData(static_cast<int>(
        a.status == AgreementStatus::Draft ? AgreementStatus::Draft : AgreementStatus::Active)));
    m_start->setDate(a.startDate);
    m_hasEnd->setChecked(a.endDate.isValid());
    if (a.endDate.isValid())
        m_end->setDate(a.endDate);
    if (a.reviewDate.isValid())
        m_review->setDate(a.reviewDate);
    m_weekly->setText(a.weeklyBudgetOn(std::max(m_session.today(), a.startDate)).plain());
    m_contributionKind->setCurrentIndex(
        m_contributionKind->findData(static_cast<int>(a.contributionKind)));
    if (a.contributionKind == ContributionKind::Fixed)
        m_contribution->setText(a.weeklyContribution.plain());
    else if (a.contributionKind == ContributionKind::Percent)
        m_contribution->setText(QString::number(a.contributionPercentBp / 100.0, 'f', 2));
    m_collection->setText(a.contributionCollection);
    m_cycle->setCurrentIndex(m_cycle->findData(static_cast<int>(a.statementCycle)));
    m_contingency->setText(a.contingency.isZero() ? QString() : a.contingency.plain());
    m_outcomes->setPlainText(a.outcomes);
    for (const PlanLine &p : a.plan)
        addPlanRow(p);
}

void AgreementDialog::addPlanRow(const PlanLine &p)
{
    const int r = m_plan->rowCount();
    m_plan->insertRow(r);
    const QStringList cells = { p.outcome, p.service, p.supplierName,
        p.hoursPerWeek ? p.hoursPerWeek->toString() : QString(),
        p.hourlyRate ? p.hourlyRate->plain() : QString(),
        p.weeklyCost.isZero() ? QString() : p.weeklyCost.plain() };
    for (int c = 0; c < cells.size(); ++c) {
        auto *item = new QTableWidgetItem(cells[c]);
        if (c == HoursCol || c == RateCol || c == CostCol)
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_plan->setItem(r, c, item);
    }
    auto *bank = new QTableWidgetItem;
    bank->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
    bank->setCheckState(p.bankable ? Qt::Checked : Qt::Unchecked);
    m_plan->setItem(r, BankableCol, bank);
}

Agreement AgreementDialog::agreement() const
{
    Agreement a = m_base;
    a.id = 0;
    a.personId = m_personId;
    a.status = static_cast<AgreementStatus>(m_status->currentData().toInt());
    a.startDate = m_start->date();
    a.effectiveFrom = std::max(m_effective->date(), a.startDate);
    a.endDate = m_hasEnd->isChecked() ? m_end->date() : QDate();
    a.reviewDate = m_review->date();
    a.statementCycle = static_cast<StatementCycle>(m_cycle->currentData().toInt());
    if (!a.statementAnchor.isValid())
        a.statementAnchor = a.startDate;
    const Money weekly = money(m_weekly, tr("Weekly ISF budget"));
    if (weekly <= Money())
        throw InputError(tr("Enter the weekly ISF budget."));
    std::vector<BudgetStep> steps;
    for (const BudgetStep &s : m_base.budgets)
        if (s.effectiveFrom < a.effectiveFrom && s.effectiveFrom >= a.startDate)
            steps.push_back(s);
    if (steps.empty() || steps.back().weekly != weekly)
        steps.push_back({ steps.empty() ? a.startDate : a.effectiveFrom, weekly });
    a.budgets = steps;
    const Money uplift = money(m_upliftAmount, tr("Temporary uplift"));
    if (!uplift.isZero())
        a.uplifts.push_back({ m_upliftFirst->date(), m_upliftLast->date(), uplift,
            m_upliftReason->text().trimmed() });
    a.contributionKind = static_cast<ContributionKind>(m_contributionKind->currentData().toInt());
    a.weeklyContribution = Money();
    a.contributionPercentBp = 0;
    if (a.contributionKind == ContributionKind::Fixed)
        a.weeklyContribution = money(m_contribution, tr("Contribution"));
    else if (a.contributionKind == ContributionKind::Percent)
        a.contributionPercentBp
            = static_cast<int>(money(m_contribution, tr("Contribution")).pence());
    a.contributionCollection = m_collection->text().trimmed();
    a.contingency = money(m_contingency, tr("Contingency"));
    a.outcomes = m_outcomes->toPlainText().trimmed();
    a.changeReason = m_reason->text().trimmed();
    a.plan.clear();
    for (int r = 0; r < m_plan->rowCount(); ++r) {
        auto text = [&](int c) {
            return m_plan->item(r, c) ? m_plan->item(r, c)->text().trimmed() : QString();
        };
        PlanLine p;
        p.outcome = text(OutcomeCol);
        p.service = text(ServiceCol);
        if (p.service.isEmpty())
            continue;
        p.supplierName = text(SupplierCol);
        if (!p.supplierName.isEmpty()) {
            if (const auto s = findSupplier(m_session.file(), p.supplierName))
                p.supplierId = s->id;
        }
        try {
            if (!text(HoursCol).isEmpty())
                p.hoursPerWeek = Hours::parse(text(HoursCol));
            if (!text(RateCol).isEmpty())
                p.hourlyRate = Money::parse(text(RateCol));
            p.weeklyCost = text(CostCol).isEmpty() ? Money() : Money::parse(text(CostCol));
        } catch (const Error &e) {
            throw InputError(tr("Plan line %1: %2").arg(r + 1).arg(e.message()));
        }
        if (p.weeklyCost.isZero() && p.hoursPerWeek && p.hourlyRate)
            p.weeklyCost = Money::forHours(*p.hoursPerWeek, *p.hourlyRate);
        p.bankable = m_plan->item(r, BankableCol)
            && m_plan->item(r, BankableCol)->checkState() == Qt::Checked;
        a.plan.push_back(p);
    }
    return a;
}

// A supplier typed on a plan line that is not in the register is offered to be added;
// it is never dropped without a word.
bool AgreementDialog::resolveSuppliers(Agreement &a)
{
    QStringList unknown;
    for (const PlanLine &p : a.plan)
        if (p.supplierId == 0 && !p.supplierName.isEmpty() && !unknown.contains(p.supplierName))
            unknown << p.supplierName;
    if (unknown.isEmpty())
        return true;
    const bool add = appDialogs().confirm(this, tr("New supplier"),
        tr("%n supplier(s) on the plan are not in the suppliers register: %1. Add them? Their "
           "checks can be filled in under Settings > Suppliers.",
            nullptr, static_cast<int>(unknown.size()))
            .arg(unknown.join(QStringLiteral(", "))),
        tr("&Add to the register"));
    if (!add) {
        m_message->setText(tr("Not saved: choose a supplier from the register for %1, or clear "
                              "its supplier cell.")
                               .arg(unknown.join(QStringLiteral(", "))));
        return false;
    }
    for (const QString &name : unknown) {
        Supplier s;
        s.name = name;
        const Id id = saveSupplier(m_session.file(), s);
        for (PlanLine &p : a.plan)
            if (p.supplierName == name)
                p.supplierId = id;
    }
    return true;
}

void AgreementDialog::accept()
{
    try {
        Agreement a = agreement();
        if (!resolveSuppliers(a))
            return;
        m_id = addAgreementVersion(m_session.file(), a);
    } catch (const std::exception &e) {
        m_message->setText(errorText(e));
        return;
    }
    m_session.notifyChanged(m_personId);
    QDialog::accept();
}

} // namespace isf::ui
