// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "ui/person/HoursTab.h"

#include "core/rules/HoursBank.h"
#include "core/rules/RuleInputs.h"
#include "ui/common/BackgroundReader.h"
#include "ui/common/Format.h"
#include "ui/common/RecordTable.h"
#include "ui/common/Session.h"

#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace isf::ui {
namespace {

// What the tab shows, worked out on the background reader (the hours bank runs week
// by week through the whole agreement).
struct HoursView {
    std::vector<PlanLine> plan;
    HoursBank bank;
};

} // namespace

HoursTab::HoursTab(Session &session, Id personId, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_personId(personId)
    , m_summary(new QLabel(this))
    , m_planned(
          new RecordTable(QStringLiteral("hoursPlanned"), tr("Hours planned each week"), this))
    , m_delivered(new RecordTable(QStringLiteral("hoursWeeks"), tr("Hours week by week"), this))
{
    setObjectName(QStringLiteral("hoursTab"));
    m_summary->setObjectName(QStringLiteral("hoursSummary"));
    m_summary->setWordWrap(true);
    m_planned->setColumns(
        { tr("Service"), tr("Supplier"), tr("Hours a week"), tr("Bankable") }, { 2 });
    m_planned->setStretchColumn(0);
    m_delivered->setColumns({ tr("Week"), tr("Planned"), tr("Delivered"), tr("Unplanned"),
                                tr("Banked"), tr("Drawn"), tr("Expired"), tr("In the bank") },
        { 1, 2, 3, 4, 5, 6, 7 });
    m_delivered->setStretchColumn(0);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    auto *planBox = new QGroupBox(tr("Planned (the agreement in force)"), this);
    (new QVBoxLayout(planBox))->addWidget(m_planned);
    auto *doneBox = new QGroupBox(tr("Week by week, latest first"), this);
    (new QVBoxLayout(doneBox))->addWidget(m_delivered);
    layout->addWidget(planBox, 1);
    layout->addWidget(doneBox, 2);
    auto *record = new QPushButton(tr("&Record hours delivered\u2026"), this);
    record->setObjectName(QStringLiteral("recordHoursButton"));
    record->setAccessibleName(tr("Record hours delivered"));
    layout->addWidget(record, 0, Qt::AlignRight);
    connect(record, &QPushButton::clicked, this, &HoursTab::recordRequested);
}

void HoursTab::reload()
{
    m_summary->setText(tr("Working out the hours\u2026"));
    const QDate today = m_session.today();
    const Id personId = m_personId;
    m_session.background().run<HoursView>(
        this,
        [today, personId](const ProviderFile &file) {
            HoursView v;
            const PersonFacts facts = loadPersonFacts(file, personId, today);
            if (!facts.timeline.isEmpty())
                v.plan = facts.timeline.versionOn(today).plan;
            v.bank = runHoursBank(facts.timeline, facts.policy, facts.hours, today);
            return v;
        },
        [this](const HoursView &v) {
            m_planned->clearRows();
            m_delivered->clearRows();
            for (const PlanLine &p : v.plan)
                if (p.hoursPerWeek)
                    m_planned->addRow({ p.service, p.supplierName, hoursText(*p.hoursPerWeek),
                        p.bankable ? tr("Yes") : tr("No") });
            const HoursBank &bank = v.bank;
            for (auto w = bank.weeks.rbegin(); w != bank.weeks.rend(); ++w)
                m_delivered->addRow({ w->week.describe(), hoursText(w->planned),
                    hoursText(w->delivered), hoursText(w->unplanned), hoursText(w->banked),
                    hoursText(w->drawn), hoursText(w->expired), hoursText(w->balance) });
            m_summary->setText(
                tr("To date: %1 hours planned, %2 delivered. In the bank now: %3 hours%4.")
                    .arg(hoursText(bank.planned), hoursText(bank.delivered),
                        hoursText(bank.balance),
                        bank.expiringSoon.isZero()
                            ? QString()
                            : tr(" (%1 due to expire soon)").arg(hoursText(bank.expiringSoon))));
            m_planned->fitColumns();
            m_delivered->fitColumns();
        },
        [this](const QString &error) { m_summary->setText(error); });
}

} // namespace isf::ui
