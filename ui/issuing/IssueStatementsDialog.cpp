// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "ui/issuing/IssueStatementsDialog.h"

#include "core/statements/StatementPeriods.h"
#include "core/storage/PersonStore.h"
#include "core/storage/ReferenceStore.h"
#include "ui/common/ErrorText.h"
#include "ui/common/FileDialogs.h"
#include "ui/common/Format.h"
#include "ui/common/Session.h"
#include "ui/register/DateField.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace isf::ui {

IssueStatementsDialog::IssueStatementsDialog(
    Session &session, FileDialogs &dialogs, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_dialogs(dialogs)
    , m_periodEnd(new QDateEdit(session.today().addDays(-1), this))
    , m_all(new QRadioButton(tr("&Everyone with a statement due"), this))
    , m_council(new QRadioButton(tr("The people of &one council:"), this))
    , m_selection(new QRadioButton(tr("&Only the people ticked below"), this))
    , m_councils(new QComboBox(this))
    , m_people(new QListWidget(this))
    , m_issue(new QRadioButton(tr("&Issue them (recorded; closes each period)"), this))
    , m_draft(new QRadioButton(tr("Make &drafts (marked DRAFT; recorded nowhere)"), this))
    , m_easyRead(new QCheckBox(tr("An easy-&read statement too"), this))
    , m_folder(new QLineEdit(this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("issueStatementsDialog"));
    setWindowTitle(tr("Issue statements"));
    setAccessibleName(windowTitle());
    setUpDateField(m_periodEnd);
    m_periodEnd->setObjectName(QStringLiteral("issuePeriodEnd"));
    m_periodEnd->setAccessibleName(tr("Statements for periods ending by"));
    m_periodEnd->setToolTip(tr("Every period that ends on or before this day and has not been "
                               "issued yet is included"));
    m_all->setObjectName(QStringLiteral("issueAll"));
    m_council->setObjectName(QStringLiteral("issueCouncil"));
    m_selection->setObjectName(QStringLiteral("issueSelection"));
    m_councils->setObjectName(QStringLiteral("issueCouncilChoice"));
    m_councils->setAccessibleName(tr("Council"));
    m_people->setObjectName(QStringLiteral("issuePeople"));
    m_people->setAccessibleName(tr("People to include"));
    m_issue->setObjectName(QStringLiteral("issueFinal"));
    m_draft->setObjectName(QStringLiteral("issueDraft"));
    m_easyRead->setObjectName(QStringLiteral("issueEasyRead"));
    m_folder->setObjectName(QStringLiteral("issueFolder"));
    m_folder->setAccessibleName(tr("Folder for the statements"));
    m_summary->setObjectName(QStringLiteral("issueSummary"));
    m_summary->setWordWrap(true);
    m_folder->setText(QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                          .filePath(tr("Statements")));

    attempt(this, tr("Load the people"), [&] {
        for (const Council &c : listCouncils(session.file()))
            m_councils->addItem(c.name, c.id);
        for (const Person &p : listPeople(session.file())) {
            auto *item = new QListWidgetItem(personLabel(p.ref, p.fullName()), m_people);
            item->setData(Qt::UserRole, p.id);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
    });

    auto *who = new QGroupBox(tr("Whose statements"), this);
    auto *whoLayout = new QVBoxLayout(who);
    whoLayout->addWidget(m_all);
    auto *councilRow = new QHBoxLayout;
    councilRow->addWidget(m_council);
    councilRow->addWidget(m_councils, 1);
    whoLayout->addLayout(councilRow);
    whoLayout->addWidget(m_selection);
    whoLayout->addWidget(m_people, 1);
    auto *how = new QGroupBox(tr("How"), this);
    auto *howLayout = new QVBoxLayout(how);
    howLayout->addWidget(m_issue);
    howLayout->addWidget(m_draft);
    howLayout->addWidget(m_easyRead);
    auto *browse = new QPushButton(tr("&Browse\u2026"), this);
    browse->setObjectName(QStringLiteral("issueBrowse"));
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(tr("Periods ending &by:"), m_periodEnd);
    auto *folderLabel = new QLabel(tr("Save in &folder:"), this);
    folderLabel->setBuddy(m_folder);
    form->addRow(folderLabel, folderRow);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("issueOk"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Issue\u2026"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(who, 1);
    layout->addWidget(how);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);

    // Checked once in their group boxes: radio buttons are exclusive per parent widget.
    m_all->setChecked(true);
    m_issue->setChecked(true);

    connect(buttons, &QDialogButtonBox::accepted, this, &IssueStatementsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = m_dialogs.directory(this, tr("Folder for the statements"));
        if (!dir.isEmpty())
            m_folder->setText(dir);
    });
    for (QRadioButton *b : { m_all, m_council, m_selection, m_issue, m_draft })
        connect(b, &QRadioButton::toggled, this, &IssueStatementsDialog::updateSummary);
    connect(m_periodEnd, &QDateEdit::dateChanged, this, &IssueStatementsDialog::updateSummary);
    connect(m_councils, &QComboBox::currentIndexChanged, this, [this] {
        m_council->setChecked(true);
        updateSummary();
    });
    connect(m_people, &QListWidget::itemChanged, this, [this] {
        m_selection->setChecked(true);
        updateSummary();
    });
    updateSummary();
    resize(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 44, fontMetrics().height() * 34);
}

IssueRequest IssueStatementsDialog::request() const
{
    IssueRequest r;
    r.periodEnd = m_periodEnd->date();
    r.today = m_session.today();
    if (m_council->isChecked())
        r.councilId = m_councils->currentData().toLongLong();
    if (m_selection->isChecked()) {
        for (int i = 0; i < m_people->count(); ++i)
            if (m_people->item(i)->checkState() == Qt::Checked)
                r.people.insert(m_people->item(i)->data(Qt::UserRole).toLongLong());
        if (r.people.isEmpty())
            r.people.insert(-1); // a selection of nobody chooses nobody
    }
    r.draft = m_draft->isChecked();
    r.easyRead = m_easyRead->isChecked();
    r.folder = m_folder->text().trimmed();
    return r;
}

void IssueStatementsDialog::updateSummary()
{
    attempt(this, tr("Work out the statements"),
        [&] { m_plan = IssuePlan::of(m_session.file(), request()); });
    const int make = m_plan.toMake();
    QString text = m_draft->isChecked()
        ? tr("%n draft statement(s) will be made; no period closes.", nullptr, make)
        : tr("%n statement(s) will be issued, ", nullptr, make)
            + tr("closing %n period(s).", nullptr, m_plan.periodsClosing());
    if (m_plan.skipped() > 0)
        text += QStringLiteral(" ")
            + tr("%n skipped (the reasons are listed at the end).", nullptr, m_plan.skipped());
    m_summary->setText(text);
}

void IssueStatementsDialog::accept()
{
    updateSummary();
    const IssueRequest r = request();
    if (r.folder.isEmpty()) {
        m_summary->setText(tr("Choose the folder to save the statements in."));
        return;
    }
    if (m_plan.toMake() == 0) {
        m_summary->setText(tr("There is nothing to make: %n skipped. Choose another period "
                              "end or other people.",
            nullptr, m_plan.skipped()));
        return;
    }
    if (!r.draft) {
        const QString question = tr("Issue %n statement(s)? ", nullptr, m_plan.toMake())
            + tr("This closes %n period(s): entries dated in a closed period can then only be "
                 "corrected by a reversal in a later period.",
                nullptr, m_plan.periodsClosing());
        if (!m_dialogs.confirm(this, tr("Issue statements"), question,
                tr("&Issue %n statement(s)", nullptr, m_plan.toMake())))
            return; // the choices stay as they were
    }
    QDialog::accept();
}

} // namespace isf::ui
