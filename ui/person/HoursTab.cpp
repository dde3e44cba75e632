#include "person/HoursTab.h"

#include "app/ErrorText.h"
#include "app/Format.h"
#include "app/RecordTable.h"
#include "app/Session.h"
#include "storage/AgreementStore.h"
#include "ui_support/PersonFigures.h"
#include "ui_support/PersonRecords.h"

#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

namespace isf::ui {

HoursTab::HoursTab(Session &session, Id personId, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_personId(personId)
    , m_summary(new QLabel(this))
    , m_planned(
          new RecordTable(QStringLiteral("hoursPlanned"), tr("Hours planned each week"), this))
    , m_delivered(new RecordTable(QStringLiteral("hoursDelivered"), tr("Hours delivered"), this))
{
    setObjectName(QStringLiteral("hoursTab"));
    m_summary->setObjectName(QStringLiteral("hoursSummary"));
    m_summary->setWordWrap(true);
    m_planned->setColumns(
        { tr("Service"), tr("Supplier"), tr("Hours a week"), tr("Bankable") }, { 2 });
    m_delivered->setColumns(
        { tr("Week starting"), tr("Service"), tr("Hours"), tr("Recorded by") }, { 2 });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    auto *planBox = new QGroupBox(tr("Planned"), this);
    (new QVBoxLayout(planBox))->addWidget(m_planned);
    auto *doneBox = new QGroupBox(tr("Delivered"), this);
    (new QVBoxLayout(doneBox))->addWidget(m_delivered);
    layout->addWidget(planBox, 1);
    layout->addWidget(doneBox, 2);
    reload();
}

void HoursTab::reload()
{
    m_planned->clearRows();
    m_delivered->clearRows();
    attempt(this, tr("Load the hours"), [&] {
        const QDate today = m_session.today();
        const auto agreement = currentAgreement(m_session.file(), m_personId);
        Hours perWeek;
        if (agreement)
            for (const PlanLine &p : agreement->plan) {
                if (!p.hoursPerWeek)
                    continue;
                perWeek += *p.hoursPerWeek;
                m_planned->addRow({ p.service, p.supplierName, hoursText(*p.hoursPerWeek),
                    p.bankable ? tr("Yes") : tr("No") });
            }
        Hours delivered;
        for (const DeliveredHours &d : hoursDelivered(m_session.file(), m_personId)) {
            if (d.weekStart <= today)
                delivered += d.hours;
            m_delivered->addRow(
                { dateText(d.weekStart), d.service, hoursText(d.hours), d.recordedBy });
        }
        const Hours bankablePlanned
            = agreement ? bankableHoursPlannedTo(*agreement, today) : Hours();
        Hours banked = bankablePlanned - delivered;
        if (banked.hundredths() < 0)
            banked = Hours();
        m_summary->setText(tr("Planned: %1 hours a week. Delivered to date: %2 hours. Banked "
                              "(bankable hours planned but not yet used): %3 hours.")
                               .arg(hoursText(perWeek), hoursText(delivered), hoursText(banked)));
    });
    m_planned->fitColumns();
    m_delivered->fitColumns();
}

} // namespace isf::ui
