// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "ui/person/LedgerTab.h"

#include "core/ledger/LedgerQueries.h"
#include "core/statements/StatementPeriods.h"
#include "core/storage/ReferenceStore.h"
#include "core/time/Period.h"
#include "ui/common/ErrorText.h"
#include "ui/common/Format.h"
#include "ui/common/Session.h"
#include "ui/person/LedgerModel.h"
#include "ui/register/ColumnFit.h"
#include "ui/register/DateField.h"
#include "ui/register/TableExport.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace isf::ui {
namespace {
enum PeriodChoice { AllDates, ThisPeriod, LastPeriod, ThisYear, LastYear, Last12Months, Custom };
const QDate kEarliest(1990, 1, 1);
} // namespace

LedgerTab::LedgerTab(Session &session, Id personId, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_personId(personId)
    , m_model(new LedgerModel(this))
    , m_view(new QTableView(this))
    , m_period(new QComboBox(this))
    , m_category(new QComboBox(this))
    , m_supplier(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_summary(new QLabel(this))
    , m_totals(new QLabel(this))
    , m_empty(new QLabel(this))
    , m_reverse(new QPushButton(tr("&Reverse entry\u2026"), this))
    , m_attach(new QPushButton(tr("&Receipts\u2026"), this))
{
    setObjectName(QStringLiteral("ledgerTab"));
    m_period->setObjectName(QStringLiteral("ledgerPeriod"));
    m_period->setAccessibleName(tr("Ledger period"));
    m_period->addItems({ tr("All dates"), tr("This statement period"), tr("Last statement period"),
        tr("This financial year"), tr("Last financial year"), tr("Last 12 months"),
        tr("Custom dates") });
    m_period->setToolTip(tr("Which entries to show. A statement period is the person's "
                            "4-weekly or monthly statement cycle."));
    for (QDateEdit *d : { m_from, m_to }) {
        d->setCalendarPopup(true);
        setUpDateField(d, QDate(1990, 1, 1));
        d->setEnabled(false);
    }
    m_from->setObjectName(QStringLiteral("ledgerFrom"));
    m_from->setAccessibleName(tr("From date"));
    m_to->setObjectName(QStringLiteral("ledgerTo"));
    m_to->setAccessibleName(tr("To date"));
    for (QComboBox *box : { m_period, m_category, m_supplier }) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(8);
    }
    m_category->setObjectName(QStringLiteral("ledgerCategory"));
    m_category->setAccessibleName(tr("Filter by category"));
    m_supplier->setObjectName(QStringLiteral("ledgerSupplier"));
    m_supplier->setAccessibleName(tr("Filter by supplier"));
    m_reverse->setObjectName(QStringLiteral("reverseButton"));
    m_reverse->setAccessibleName(tr("Reverse the selected entry"));
    m_attach->setObjectName(QStringLiteral("attachReceiptButton"));
    m_attach->setAccessibleName(tr("Receipts of the selected entry"));
    m_summary->setObjectName(QStringLiteral("ledgerSummary"));
    m_totals->setObjectName(QStringLiteral("ledgerTotals"));
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_totals->setToolTip(tr("Totals of the entries shown: they follow the filters above."));
    m_empty->setObjectName(QStringLiteral("ledgerEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setText(tr("No entries to show. Record money received or spent with the buttons "
                        "above (Expense, Contribution, Council payment), or widen the "
                        "period and filters."));
    m_empty->hide();

    m_view->setObjectName(QStringLiteral("ledgerView"));
    m_view->setAccessibleName(tr("Ledger"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setTextElideMode(Qt::ElideRight); // long text ends in "…"; its tooltip has it all
    sizeColumns();
    enableTableExport(m_view, tr("Ledger"));

    auto *filters = new QHBoxLayout;
    auto addLabelled = [&](const QString &text, QWidget *w, int stretch) {
        auto *l = new QLabel(text, this);
        l->setBuddy(w);
        filters->addWidget(l);
        filters->addWidget(w, stretch);
    };
    addLabelled(tr("&Period:"), m_period, 1);
    addLabelled(tr("&From:"), m_from, 0);
    addLabelled(tr("&To:"), m_to, 0);
    addLabelled(tr("Cate&gory:"), m_category, 1);
    addLabelled(tr("S&upplier:"), m_supplier, 1);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_summary);
    actions->addWidget(m_totals, 1);
    actions->addWidget(m_attach);
    actions->addWidget(m_reverse);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty);
    layout->addLayout(actions);

    fillChoices();
    m_to->setDate(m_session.today());
    m_from->setDate(m_session.today().addYears(-1));
    connect(m_period, &QComboBox::currentIndexChanged, this, &LedgerTab::periodChanged);
    connect(m_from, &QDateEdit::dateChanged, this, &LedgerTab::applyFilter);
    connect(m_to, &QDateEdit::dateChanged, this, &LedgerTab::applyFilter);
    connect(m_category, &QComboBox::currentIndexChanged, this, &LedgerTab::applyFilter);
    connect(m_supplier, &QComboBox::currentIndexChanged, this, &LedgerTab::applyFilter);
    connect(m_reverse, &QPushButton::clicked, this, [this] {
        if (const Id id = currentTxn())
            emit reverseRequested(id);
    });
    connect(m_attach, &QPushButton::clicked, this, [this] {
        if (const Id id = currentTxn())
            emit attachRequested(id);
    });
    applyFilter();
}

void LedgerTab::fillChoices()
{
    attempt(this, tr("Load the ledger filters"), [&] {
        m_category->addItem(tr("Any category"), 0);
        for (const Category &c : listCategories(m_session.file()))
            m_category->addItem(c.name, c.id);
        m_supplier->addItem(tr("Any supplier"), 0);
        for (const Supplier &s : listSuppliers(m_session.file()))
            m_supplier->addItem(s.name, s.id);
    });
}

void LedgerTab::periodChanged()
{
    const QDate today = m_session.today();
    const int choice = m_period->currentIndex();
    m_from->setEnabled(choice == Custom);
    m_to->setEnabled(choice == Custom);
    const QSignalBlocker b1(m_from), b2(m_to);
    const Period fy = financialYearContaining(today);
    if (choice == ThisPeriod || choice == LastPeriod) {
        Period p;
        attempt(this, tr("Find the statement period"), [&] {
            const auto ahead = statementPeriodsEndingWithin(
                m_session.file(), m_personId, Period { today, today.addDays(62) });
            const Period current = ahead.empty() ? calendarMonthContaining(today) : ahead.front();
            if (choice == ThisPeriod) {
                p = current;
            } else {
                p = latestStatementPeriodEndedBy(
                    m_session.file(), m_personId, current.first.addDays(-1));
                if (!p.isValid())
                    p = calendarMonthContaining(current.first.addDays(-1));
            }
        });
        m_from->setDate(p.first);
        m_to->setDate(p.last);
    } else if (choice == ThisYear) {
        m_from->setDate(fy.first);
        m_to->setDate(fy.last);
    } else if (choice == LastYear) {
        m_from->setDate(fy.first.addYears(-1));
        m_to->setDate(fy.first.addDays(-1));
    } else if (choice == Last12Months) {
        m_from->setDate(today.addYears(-1).addDays(1));
        m_to->setDate(today);
    }
    applyFilter();
}

void LedgerTab::applyFilter()
{
    LedgerFilter f;
    if (m_period->currentIndex() == AllDates) {
        f.from = kEarliest;
        f.to = m_session.today().addYears(10);
    } else {
        f.from = m_from->date();
        f.to = m_to->date();
    }
    f.categoryId = m_category->currentData().toLongLong();
    f.supplierId = m_supplier->currentData().toLongLong();
    attempt(this, tr("Read the ledger"), [&] {
        m_model->setSource(&m_session.file(), m_personId, f);
        m_model->fetchAll(); // the totals cover everything shown
    });
    showLatest();
    updateSummary();
}

void LedgerTab::reload()
{
    attempt(this, tr("Read the ledger"), [&] {
        m_model->reload();
        m_model->fetchAll();
    });
    showLatest();
    updateSummary();
}

// A register opens at its latest entry, as a paper one is read from the last line.
void LedgerTab::showLatest()
{
    const int last = m_model->rowCount() - 1;
    m_empty->setVisible(last < 0);
    if (last < 0)
        return;
    m_view->setCurrentIndex(m_model->index(last, LedgerModel::Date));
    m_view->scrollToBottom();
    // Once laid out (the first time the tab is shown) the viewport has its real height.
    QTimer::singleShot(0, m_view, [view = m_view] { view->scrollToBottom(); });
}

void LedgerTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_firstShow) {
        m_firstShow = false;
        m_view->scrollToBottom();
    }
}

// Dates and money are sized to the widest value they can hold, so they are never cut;
// the details take the spare room and long text ends in an ellipsis.
void LedgerTab::sizeColumns()
{
    fitColumnToSample(m_view, LedgerModel::Date, QStringLiteral("00/00/0000"));
    for (int c : { LedgerModel::MoneyIn, LedgerModel::MoneyOut, LedgerModel::Balance })
        fitColumnToSample(m_view, c, QStringLiteral("-£000,000.00"));
    // Text columns get room for their usual values; longer ones end in "…" with the
    // whole text in the tooltip, so the details keep the spare width.
    fitColumnToSample(m_view, LedgerModel::Type, tr("Council payment"));
    fitColumnToSample(m_view, LedgerModel::Category, tr("Personal care"));
    fitColumnToSample(m_view, LedgerModel::Supplier, QStringLiteral("Bright Days"));
    fitColumnToSample(m_view, LedgerModel::Reference, QStringLiteral("INV-2026"));
    fitColumnToSample(m_view, LedgerModel::RecordedBy, QString());
    QHeaderView *h = m_view->horizontalHeader();
    h->setStretchLastSection(false);
    h->setMinimumSectionSize(m_view->fontMetrics().horizontalAdvance(QStringLiteral("MMM")));
    h->setSectionResizeMode(QHeaderView::Interactive);
    for (int c :
        { LedgerModel::Date, LedgerModel::MoneyIn, LedgerModel::MoneyOut, LedgerModel::Balance })
        h->setSectionResizeMode(c, QHeaderView::Fixed);
    h->setSectionResizeMode(LedgerModel::Description, QHeaderView::Stretch);
}

void LedgerTab::updateSummary()
{
    Money balance;
    attempt(this, tr("Read the balance"),
        [&] { balance = balanceAt(m_session.file(), m_personId, m_session.today()); });
    m_summary->setText(tr("%n entries shown. Balance today: %1", nullptr, m_model->totalLines())
                           .arg(moneyText(balance)));
    const LedgerModel::Totals t = m_model->totals();
    m_totals->setText(tr("Shown: money in %1 · money out %2 · net %3")
                          .arg(moneyText(t.in), moneyText(t.out), moneyText(t.net())));
}

Id LedgerTab::currentTxn() const
{
    const QModelIndex i = m_view->currentIndex();
    return i.isValid() ? i.data(IdRole).toLongLong() : 0;
}

} // namespace isf::ui
