// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "ui/people/PeoplePage.h"

#include "ui/common/BackgroundReader.h"
#include "ui/common/ErrorText.h"
#include "ui/common/Format.h"
#include "ui/common/Session.h"
#include "ui/people/PeopleFilter.h"
#include "ui/people/PeopleModel.h"
#include "ui/register/TableExport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

namespace isf::ui {

PeoplePage::PeoplePage(QWidget *parent)
    : QWidget(parent)
    , m_model(new PeopleModel(this))
    , m_filter(new PeopleFilter(this))
    , m_search(new QLineEdit(this))
    , m_council(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_alertsOnly(new QCheckBox(tr("With open &alerts"), this))
    , m_view(new QTableView(this))
    , m_count(new QLabel(this))
{
    setObjectName(QStringLiteral("peoplePage"));
    m_filter->setSourceModel(m_model);

    m_search->setObjectName(QStringLiteral("peopleSearch"));
    m_search->setPlaceholderText(tr("Search by reference, name or council"));
    m_search->setAccessibleName(tr("Search people"));
    m_search->setClearButtonEnabled(true);
    m_council->setObjectName(QStringLiteral("peopleCouncilFilter"));
    m_council->setAccessibleName(tr("Filter by council"));
    m_status->setObjectName(QStringLiteral("peopleStatusFilter"));
    m_status->setAccessibleName(tr("Filter by status"));
    m_alertsOnly->setObjectName(QStringLiteral("peopleAlertsOnly"));
    m_alertsOnly->setAccessibleName(tr("Only people with open alerts"));

    m_view->setObjectName(QStringLiteral("peopleView"));
    m_view->setAccessibleName(tr("People"));
    m_view->setModel(m_filter);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(PeopleModel::Ref, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    // Fixed row heights: no per-row measuring, so 2,000 rows show at once.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(PeopleModel::Name, QHeaderView::Stretch);
    // Widths from the font, not from measuring every row: right for any font size.
    setColumnWidthsInEms(m_view, { 6, 0, 17, 8, 8, 7, 7, 5, 7 });
    m_view->setWordWrap(false);
    enableTableExport(m_view, tr("People"));

    auto *add = new QPushButton(tr("&Add person\u2026"), this);
    add->setObjectName(QStringLiteral("addPersonButton"));
    add->setAccessibleName(tr("Add person"));
    auto *open = new QPushButton(tr("&Open"), this);
    open->setObjectName(QStringLiteral("openPersonButton"));
    open->setAccessibleName(tr("Open the selected person"));
    m_count->setObjectName(QStringLiteral("peopleCount"));

    auto *filters = new QHBoxLayout;
    auto *searchLabel = new QLabel(tr("&Search:"), this);
    searchLabel->setBuddy(m_search);
    filters->addWidget(searchLabel);
    filters->addWidget(m_search, 3);
    auto *councilLabel = new QLabel(tr("&Council:"), this);
    councilLabel->setBuddy(m_council);
    filters->addWidget(councilLabel);
    filters->addWidget(m_council, 2);
    auto *statusLabel = new QLabel(tr("S&tatus:"), this);
    statusLabel->setBuddy(m_status);
    filters->addWidget(statusLabel);
    filters->addWidget(m_status, 1);
    filters->addWidget(m_alertsOnly);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_count);
    buttons->addStretch();
    buttons->addWidget(open);
    buttons->addWidget(add);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &t) {
        m_filter->setSearch(t);
        updateCount();
    });
    connect(m_council, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setCouncil(m_council->currentData().toString());
        updateCount();
    });
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setStatus(m_status->currentData().toString());
        updateCount();
    });
    connect(m_alertsOnly, &QCheckBox::toggled, this, [this](bool on) {
        m_filter->setAlertsOnly(on);
        updateCount();
    });
    connect(m_view, &QTableView::activated, this, [this] { openCurrent(); });
    connect(open, &QPushButton::clicked, this, &PeoplePage::openCurrent);
    connect(add, &QPushButton::clicked, this, &PeoplePage::addPersonRequested);
    // Ctrl+F (the platform's Find) goes to the search box.
    auto *find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, &PeoplePage::focusSearch);
    // From the search box one Tab (or Down, or Enter) reaches the results; the other
    // filters follow them.
    setTabOrder(m_search, m_view);
    setTabOrder(m_view, m_council);
    setTabOrder(m_council, m_status);
    setTabOrder(m_status, m_alertsOnly);
    setTabOrder(m_alertsOnly, open);
    setTabOrder(open, add);
    m_search->installEventFilter(this);
    connect(m_search, &QLineEdit::returnPressed, this, &PeoplePage::focusResults);
    m_search->setToolTip(tr("Type part of a reference, name or council; press Down or Enter "
                            "to go to the results"));
}

void PeoplePage::setSession(Session *session)
{
    m_session = session;
    reload();
}

void PeoplePage::reload()
{
    if (!m_session) {
        m_model->setRows({});
        fillFilters();
        updateCount();
        return;
    }
    const Id current = m_view->currentIndex().data(IdRole).toLongLong();
    attempt(this, tr("Load the people"),
        [&] { m_model->setRows(loadPeopleRows(m_session->file(), m_session->today())); });
    // Arrears and banked hours need the council rules: fill them in when ready.
    const QDate today = m_session->today();
    m_session->background().run<QHash<Id, PersonFigures>>(
        m_model, [today](const ProviderFile &file) { return loadPeopleFigures(file, today); },
        [this](const QHash<Id, PersonFigures> &figures) { m_model->setFigures(figures); });
    fillFilters();
    if (current) {
        const int r = m_model->rowOf(current);
        if (r >= 0)
            m_view->setCurrentIndex(m_filter->mapFromSource(m_model->index(r, 0)));
    }
    updateCount();
}

void PeoplePage::fillFilters()
{
    auto refill = [this](QComboBox *box, const QString &anyText, auto field) {
        const QString keep = box->currentData().toString();
        QStringList values;
        QSet<QString> seen;
        for (int r = 0; r < m_model->rowCount(); ++r) {
            const QString v = field(m_model->row(r));
            if (!v.isEmpty() && !seen.contains(v)) {
                seen.insert(v);
                values << v;
            }
        }
        values.sort(Qt::CaseInsensitive);
        const QSignalBlocker block(box);
        box->clear();
        box->addItem(anyText, QString());
        for (const QString &v : values)
            box->addItem(v, v);
        box->setCurrentIndex(std::max(0, box->findData(keep)));
    };
    refill(m_council, tr("Any council"), [](const PersonRow &r) { return r.council; });
    refill(m_status, tr("Any status"), [](const PersonRow &r) { return r.status; });
}

void PeoplePage::updateCount()
{
    if (m_model->rowCount() == 0 && m_session)
        m_count->setText(tr("No people yet: add a person (Ctrl+Shift+N) or import them from a "
                            "CSV file (File > Import, Ctrl+I)."));
    else
        m_count->setText(tr("%1 of %2 people").arg(m_filter->rowCount()).arg(m_model->rowCount()));
}

void PeoplePage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void PeoplePage::focusResults()
{
    m_view->setFocus(Qt::TabFocusReason);
    if (!m_view->currentIndex().isValid() && m_filter->rowCount() > 0)
        m_view->setCurrentIndex(m_filter->index(0, 0));
}

bool PeoplePage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down) {
        focusResults();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void PeoplePage::openCurrent()
{
    const QModelIndex i = m_view->currentIndex();
    if (i.isValid())
        emit openPerson(i.data(IdRole).toLongLong());
}

} // namespace isf::ui
