// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "ui/issuing/IssueResultsDialog.h"

#include "ui/common/RecordTable.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace isf::ui {

IssueResultsDialog::IssueResultsDialog(const std::vector<IssueOutcome> &outcomes,
    const QString &folder, bool cancelled, QWidget *parent)
    : QDialog(parent)
    , m_table(new RecordTable(QStringLiteral("issueResults"), tr("Statements made"), this))
{
    setObjectName(QStringLiteral("issueResultsDialog"));
    setWindowTitle(tr("Statements: results"));
    setAccessibleName(windowTitle());
    int count[4] = { 0, 0, 0, 0 };
    m_table->setColumns({ tr("Person"), tr("Period"), tr("Result"), tr("File, or why not") });
    m_table->setStretchColumn(3);
    const QString kinds[4] = { tr("Issued"), tr("Draft"), tr("Skipped"), tr("Failed") };
    for (const IssueOutcome &o : outcomes) {
        ++count[o.kind];
        m_table->addRow({ o.person, o.period, kinds[o.kind], o.detail });
    }
    m_table->fitColumns();
    auto *summary = new QLabel(this);
    summary->setObjectName(QStringLiteral("issueResultsSummary"));
    summary->setWordWrap(true);
    QString text = tr("%n issued", nullptr, count[IssueOutcome::Issued]) + QStringLiteral(", ")
        + tr("%n draft(s)", nullptr, count[IssueOutcome::Draft]) + QStringLiteral(", ")
        + tr("%n skipped", nullptr, count[IssueOutcome::Skipped]) + QStringLiteral(", ")
        + tr("%n failed", nullptr, count[IssueOutcome::Failed]) + QStringLiteral(".");
    if (cancelled)
        text += QStringLiteral(" ") + tr("Stopped when asked: the rest were not made.");
    summary->setText(text);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *open = buttons->addButton(tr("&Open folder"), QDialogButtonBox::ActionRole);
    open->setObjectName(QStringLiteral("issueOpenFolder"));
    open->setToolTip(folder);
    connect(open, &QPushButton::clicked, this,
        [folder] { QDesktopServices::openUrl(QUrl::fromLocalFile(folder)); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 60, fontMetrics().height() * 24);
}

} // namespace isf::ui
