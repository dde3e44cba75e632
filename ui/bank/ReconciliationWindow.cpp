// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "ui/bank/ReconciliationWindow.h"

#include "core/storage/ProviderFile.h"
#include "core/time/Dates.h"
#include "ui/bank/BankModels.h"
#include "ui/common/ErrorText.h"
#include "ui/common/Format.h"
#include "ui/common/Session.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace isf::ui {
namespace {

QTableView *table(const QString &name, const QString &accessible, QWidget *parent)
{
    auto *t = new QTableView(parent);
    t->setObjectName(name);
    t->setAccessibleName(accessible);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::ExtendedSelection);
    t->setSortingEnabled(true);
    t->verticalHeader()->hide();
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 6);
    t->horizontalHeader()->setStretchLastSection(false);
    t->setWordWrap(false);
    return t;
}

QLabel *label(const QString &name, QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setObjectName(name);
    l->setTextFormat(Qt::RichText);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}

} // namespace

ReconciliationWindow::ReconciliationWindow(Session &session, FileDialogs &dialogs, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_session(session)
    , m_dialogs(dialogs)
    , m_w(std::make_unique<BankWorkspace>())
    , m_account(new QComboBox(this))
    , m_asOf(new QDateEdit(this))
    , m_filter(new QLineEdit(this))
    , m_unmatchedOnly(new QCheckBox(tr("&Unmatched only"), this))
    , m_lines(table(QStringLiteral("bankLines"), tr("Bank statement lines"), this))
    , m_items(table(QStringLiteral("ledgerItems"), tr("Ledger entries"), this))
    , m_lineModel(new BankLinesModel(this))
    , m_itemModel(new LedgerItemsModel(this))
    , m_lineProxy(new BankFilterProxy(this))
    , m_itemProxy(new BankFilterProxy(this))
    , m_figures(label(QStringLiteral("reconciliationFigures"), this))
    , m_difference(label(QStringLiteral("reconciliationDifference"), this))
    , m_selection(label(QStringLiteral("reconciliationSelection"), this))
{
    setObjectName(QStringLiteral("reconciliationWindow"));
    setWindowTitle(tr("Bank reconciliation"));
    m_account->setObjectName(QStringLiteral("reconciliationAccount"));
    m_account->setAccessibleName(tr("Client bank account"));
    m_asOf->setObjectName(QStringLiteral("reconciliationAsOf"));
    m_asOf->setAccessibleName(tr("Reconcile at the end of"));
    m_asOf->setCalendarPopup(true);
    m_asOf->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_asOf->setDate(session.today());
    m_filter->setObjectName(QStringLiteral("reconciliationFilter"));
    m_filter->setPlaceholderText(tr("Filter both lists (text, amount, person)"));
    m_filter->setClearButtonEnabled(true);
    m_unmatchedOnly->setObjectName(QStringLiteral("reconciliationUnmatchedOnly"));
    m_unmatchedOnly->setChecked(true);
    m_lineProxy->setUnmatchedOnly(true);
    m_itemProxy->setUnmatchedOnly(true);
    for (auto [proxy, model] :
        { std::pair<BankFilterProxy *, QAbstractItemModel *> { m_lineProxy, m_lineModel },
            { m_itemProxy, m_itemModel } }) {
        proxy->setSourceModel(model);
        proxy->setSortRole(SortRole);
    }
    m_lines->setModel(m_lineProxy);
    m_items->setModel(m_itemProxy);
    m_lines->sortByColumn(BankLinesModel::Date, Qt::AscendingOrder);
    m_items->sortByColumn(LedgerItemsModel::Date, Qt::AscendingOrder);
    setColumnWidthsInEms(m_lines, { 6, 18, 8, 7, 7, 9 });
    setColumnWidthsInEms(m_items, { 6, 4, 5, 9, 16, 7, 9 });

    for (const BankAccount &a : listBankAccounts(session.file()))
        m_account->addItem(
            a.maskedNumber().isEmpty() ? a.name : a.name + QStringLiteral("  ") + a.maskedNumber(),
            a.id);

    auto *top = new QHBoxLayout;
    auto *accountLabel = new QLabel(tr("&Account"), this);
    accountLabel->setBuddy(m_account);
    auto *asOfLabel = new QLabel(tr("At the end of"), this);
    asOfLabel->setBuddy(m_asOf);
    top->addWidget(accountLabel);
    top->addWidget(m_account, 1);
    top->addWidget(asOfLabel);
    top->addWidget(m_asOf);
    top->addWidget(m_filter, 2);
    top->addWidget(m_unmatchedOnly);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("reconciliationSplitter"));
    const auto side = [&](const QString &title, QTableView *view) {
        auto *w = new QWidget(split);
        auto *l = new QVBoxLayout(w);
        l->setContentsMargins(0, 0, 0, 0);
        auto *t = new QLabel(QStringLiteral("<b>%1</b>").arg(title), w);
        t->setBuddy(view);
        l->addWidget(t);
        l->addWidget(view, 1);
        split->addWidget(w);
    };
    side(tr("The bank's statement"), m_lines);
    side(tr("The ledger"), m_items);

    auto *buttons = new QHBoxLayout;
    buildActions();
    for (QAction *a : actions()) {
        auto *b = new QPushButton(a->text(), this);
        b->setObjectName(a->objectName() + QStringLiteral("Button"));
        b->setToolTip(a->toolTip());
        connect(b, &QPushButton::clicked, a, &QAction::trigger);
        buttons->addWidget(b);
    }
    buttons->addStretch(1);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_figures, 3);
    bottom->addWidget(m_selection, 2);
    bottom->addWidget(m_difference, 1);
    QFont big = m_difference->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_difference->setFont(big);
    m_difference->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(split, 1);
    layout->addLayout(bottom);
    layout->addLayout(buttons);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &t) {
        m_lineProxy->setText(t);
        m_itemProxy->setText(t);
    });
    connect(m_unmatchedOnly, &QCheckBox::toggled, this, [this](bool on) {
        m_lineProxy->setUnmatchedOnly(on);
        m_itemProxy->setUnmatchedOnly(on);
    });
    connect(m_account, &QComboBox::currentIndexChanged, this, [this] { reload(); });
    connect(m_asOf, &QDateEdit::dateChanged, this, [this] { reload(); });
    connect(m_lines->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        [this] { updateSelection(); });
    connect(m_items->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        [this] { updateSelection(); });
    connect(&session, &Session::changed, this, [this] { reload(); });
    connect(&session, &QObject::destroyed, this, [this] { deleteLater(); });
    resize(1280, 760);
    reload();
}

ReconciliationWindow::~ReconciliationWindow() = default;

Id ReconciliationWindow::accountId() const
{
    return m_account->currentData().toLongLong();
}

void ReconciliationWindow::setAccount(Id id)
{
    const int i = m_account->findData(id);
    if (i >= 0)
        m_account->setCurrentIndex(i);
}

void ReconciliationWindow::setAsOf(const QDate &day)
{
    m_asOf->setDate(day);
}

void ReconciliationWindow::reload()
{
    if (!accountId())
        return;
    auto fresh = std::make_unique<BankWorkspace>();
    if (!attempt(this, tr("Load the reconciliation"),
            [&] { *fresh = loadBankWorkspace(m_session.file(), accountId(), m_asOf->date()); }))
        return;
    m_lineModel->setWorkspace(nullptr);
    m_itemModel->setWorkspace(nullptr);
    m_w = std::move(fresh);
    m_lineModel->setWorkspace(m_w.get());
    m_itemModel->setWorkspace(m_w.get());
    showFigures();
    updateSelection();
}

void ReconciliationWindow::showFigures()
{
    if (!m_w->figures) {
        m_figures->setText(tr("No bank statement has been imported for this account: use "
                              "<b>Import statement</b>."));
        m_difference->setText(QString());
        return;
    }
    const ReconciliationFigures &f = *m_w->figures;
    m_figures->setText(
        tr("<table cellspacing='2'><tr><td>Bank balance</td><td align='right'>%1</td>"
           "<td>&nbsp;&nbsp;Uncleared in / out</td><td align='right'>%2 / %3</td></tr>"
           "<tr><td>Adjusted bank balance</td><td align='right'>%4</td>"
           "<td>&nbsp;&nbsp;Unmatched in / out</td><td align='right'>%5 / %6</td></tr>"
           "<tr><td>Ledger balance</td><td align='right'>%7</td>"
           "<td>&nbsp;&nbsp;Bank errors</td><td align='right'>%8</td></tr>"
           "<tr><td>People's funds</td><td align='right'>%9</td><td colspan='2'>&nbsp;&nbsp;"
           "Statements to %10</td></tr></table>")
            .arg(moneyText(f.bankBalance), moneyText(f.unclearedIn), moneyText(f.unclearedOut),
                moneyText(f.adjustedBankBalance), moneyText(f.unmatchedIn),
                moneyText(f.unmatchedOut), moneyText(f.ledgerBalance), moneyText(f.bankErrors),
                moneyText(f.fundsTotal))
            .arg(f.statementsThrough.isValid() ? dateText(f.statementsThrough) : tr("none")));
    const bool zero = f.difference.isZero() && f.fundsDifference().isZero();
    m_difference->setText(
        QStringLiteral("<span style='color:%1'>%2<br>%3</span>")
            .arg(zero ? QStringLiteral("#1b5e20") : QStringLiteral("#b00020"),
                tr("Difference at %1").arg(dateText(f.asOf)), moneyText(f.difference)));
    m_difference->setToolTip(f.whyNotSignable());
}

std::vector<Id> ReconciliationWindow::selectedLineIds() const
{
    std::vector<Id> out;
    for (const QModelIndex &i : m_lines->selectionModel()->selectedRows())
        out.push_back(i.data(IdRole).toLongLong());
    return out;
}

std::vector<Id> ReconciliationWindow::selectedTxnIds() const
{
    std::vector<Id> out;
    for (const QModelIndex &i : m_items->selectionModel()->selectedRows())
        out.push_back(i.data(IdRole).toLongLong());
    return out;
}

void ReconciliationWindow::updateSelection()
{
    Money lines, items;
    const QModelIndexList l = m_lines->selectionModel()->selectedRows();
    const QModelIndexList t = m_items->selectionModel()->selectedRows();
    for (const QModelIndex &i : l)
        lines += Money::fromPence(i.data(AmountRole).toLongLong());
    for (const QModelIndex &i : t)
        items += Money::fromPence(i.data(AmountRole).toLongLong());
    const bool even = !l.isEmpty() && !t.isEmpty() && lines == items;
    m_selection->setText(
        tr("Selected: bank %1 (%2), ledger %3 (%4)<br>%5")
            .arg(moneyText(lines))
            .arg(l.size())
            .arg(moneyText(items))
            .arg(t.size())
            .arg(even ? tr("<b>Equal: press M to match.</b>")
                      : tr("Selection difference %1").arg(moneyText(lines - items))));
    // Highlight the suggestions of the one line selected.
    QSet<Id> suggested;
    Id best = 0;
    if (l.size() == 1) {
        const auto c = m_w->suggestions.value(l.front().data(IdRole).toLongLong());
        for (const MatchCandidate &m : c)
            for (Id id : m.txnIds)
                suggested.insert(id);
        if (!c.empty() && c.front().txnIds.size() == 1)
            best = c.front().txnIds.front();
    }
    m_itemModel->setHighlighted(suggested, best);
}

ReconciliationWindow *showReconciliation(QWidget *parent, Session &session, FileDialogs &dialogs)
{
    static QPointer<ReconciliationWindow> open;
    if (!open) {
        open = new ReconciliationWindow(session, dialogs, parent);
        open->setAttribute(Qt::WA_DeleteOnClose);
    }
    open->show();
    open->raise();
    open->activateWindow();
    return open;
}

} // namespace isf::ui
