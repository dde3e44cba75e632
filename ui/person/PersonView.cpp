// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "ui/person/PersonView.h"

#include "core/ledger/LedgerQueries.h"
#include "core/storage/PersonStore.h"
#include "ui/charts/PersonChartsTab.h"
#include "ui/common/ErrorText.h"
#include "ui/common/Format.h"
#include "ui/common/Session.h"
#include "ui/person/AgreementTab.h"
#include "ui/person/AlertsTab.h"
#include "ui/person/DetailsTab.h"
#include "ui/person/HoursTab.h"
#include "ui/person/LedgerTab.h"
#include "ui/person/StatementsTab.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QVBoxLayout>

namespace isf::ui {

PersonView::PersonView(Session &session, Id personId, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_personId(personId)
    , m_header(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_details(new DetailsTab(session, personId, this))
    , m_representative(new RepresentativeTab(session, personId, this))
    , m_agreement(new AgreementTab(session, personId, this))
    , m_budget(new BudgetTab(session, personId, this))
    , m_ledger(new LedgerTab(session, personId, this))
    , m_hours(new HoursTab(session, personId, this))
    , m_alerts(new AlertsTab(session, personId, this))
    , m_statements(new StatementsTab(session, personId, this))
    , m_charts(new PersonChartsTab(session, personId, this))
{
    setObjectName(QStringLiteral("personView"));
    m_header->setObjectName(QStringLiteral("personHeader"));
    m_header->setTextFormat(Qt::RichText);
    m_header->setWordWrap(true);
    m_tabs->setObjectName(QStringLiteral("personTabs"));
    m_tabs->setAccessibleName(tr("Person"));
    m_tabs->addTab(m_ledger, tr("&Ledger"));
    m_tabs->addTab(m_details, tr("&Details"));
    m_tabs->addTab(m_representative, tr("&Representative and capacity"));
    m_tabs->addTab(m_agreement, tr("A&greement and plan"));
    m_tabs->addTab(m_budget, tr("&Budget"));
    m_tabs->addTab(m_hours, tr("&Hours"));
    m_tabs->addTab(m_alerts, tr("Ale&rts"));
    m_tabs->addTab(m_statements, tr("&Statements"));
    m_tabs->addTab(m_charts, tr("Ch&arts"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_header, 1);
    auto addButton = [&](const QString &text, const QString &name, TxnKind kind) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(name);
        QString plain = text;
        plain.remove(u'&');
        plain.remove(QStringLiteral("\u2026"));
        b->setAccessibleName(plain);
        connect(b, &QPushButton::clicked, this,
            [this, kind] { emit entryRequested(m_personId, static_cast<int>(kind)); });
        buttons->addWidget(b);
    };
    addButton(tr("E&xpense\u2026"), QStringLiteral("personExpenseButton"), TxnKind::Expense);
    addButton(tr("&Contribution\u2026"), QStringLiteral("personContributionButton"),
        TxnKind::Contribution);
    addButton(tr("Council &payment\u2026"), QStringLiteral("personPaymentButton"),
        TxnKind::CouncilPayment);
    addButton(tr("Re&turn to council\u2026"), QStringLiteral("personReturnButton"),
        TxnKind::ReturnToCouncil);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_tabs, 1);

    connect(m_ledger, &LedgerTab::reverseRequested, this, &PersonView::reverseRequested);
    connect(m_ledger, &LedgerTab::attachRequested, this, &PersonView::attachRequested);
    connect(m_agreement, &AgreementTab::newVersionRequested, this,
        [this] { emit newAgreementRequested(m_personId); });
    connect(m_agreement, &AgreementTab::noticeRequested, this,
        [this] { emit noticeRequested(m_personId); });
    connect(m_alerts, &AlertsTab::acknowledgeRequested, this, &PersonView::acknowledgeRequested);
    connect(m_statements, &StatementsTab::copyRequested, this,
        [this](const Period &period, bool easyRead, const QDate &issuedOn) {
            emit copyRequested(m_personId, period, easyRead, issuedOn);
        });
    connect(m_hours, &HoursTab::recordRequested, this, [this] { emit hoursRequested(m_personId); });
    // Tabs load when first shown; the ledger (shown first) has loaded already.
    m_stale.fill(true, m_tabs->count());
    m_stale[m_tabs->indexOf(m_ledger)] = false;
    connect(m_tabs, &QTabWidget::currentChanged, this, &PersonView::reloadTab);
    connect(&m_session, &Session::alertsReviewed, this, [this] {
        m_stale[m_tabs->indexOf(m_alerts)] = true;
        reloadTab(m_tabs->currentIndex());
    });
    connect(&m_session, &Session::changed, this, [this](Id changed) {
        if (changed == 0 || changed == m_personId)
            reload();
    });
    updateHeader();
}

// Only the tab in view is read again at once; the others when they are next shown.
void PersonView::reload()
{
    m_stale.fill(true, m_tabs->count());
    reloadTab(m_tabs->currentIndex());
    updateHeader();
}

bool PersonView::hasUnsavedChanges() const
{
    return m_details->hasUnsavedChanges() || m_representative->hasUnsavedChanges();
}

QString PersonView::unsavedSummary() const
{
    QStringList parts;
    for (const PersonEditTab *t : { static_cast<const PersonEditTab *>(m_details),
             static_cast<const PersonEditTab *>(m_representative) })
        if (t->hasUnsavedChanges())
            parts << t->what();
    return tr("%1 of %2").arg(parts.join(tr(" and ")), m_title);
}

bool PersonView::saveChanges()
{
    for (PersonEditTab *t :
        { static_cast<PersonEditTab *>(m_details), static_cast<PersonEditTab *>(m_representative) })
        if (t->hasUnsavedChanges() && !t->save()) {
            m_tabs->setCurrentWidget(t);
            return false;
        }
    return true;
}

void PersonView::reloadTab(int index)
{
    if (index < 0 || index >= m_stale.size() || !m_stale[index])
        return;
    QWidget *tab = m_tabs->widget(index);
    // A change elsewhere never wipes what is being typed: the tab reloads once saved
    // or reverted.
    if (auto *edit = qobject_cast<PersonEditTab *>(tab); edit && edit->hasUnsavedChanges())
        return;
    m_stale[index] = false;
    if (tab == m_details)
        m_details->reload();
    else if (tab == m_representative)
        m_representative->reload();
    else if (tab == m_agreement)
        m_agreement->reload();
    else if (tab == m_budget)
        m_budget->reload();
    else if (tab == m_ledger)
        m_ledger->reload();
    else if (tab == m_hours)
        m_hours->reload();
    else if (tab == m_alerts)
        m_alerts->reload();
    else if (tab == m_statements)
        m_statements->reload();
    else if (tab == m_charts)
        m_charts->reload();
}

void PersonView::updateHeader()
{
    attempt(this, tr("Load the person"), [&] {
        const auto p = personById(m_session.file(), m_personId);
        if (!p)
            return;
        const Money balance = balanceAt(m_session.file(), m_personId, m_session.today());
        const QString title = personLabel(p->ref, p->fullName());
        m_header->setText(
            tr("<b>%1</b><br>%2 \u00b7 Balance today: <b>%3</b>")
                .arg(title.toHtmlEscaped(), p->councilName.toHtmlEscaped(), moneyText(balance)));
        m_header->setAccessibleName(
            m_header->text().remove(QRegularExpression(QStringLiteral("<[^>]*>"))));
        if (title != m_title) {
            m_title = title;
            emit titleChanged();
        }
    });
}

} // namespace isf::ui
