#include "ui/person/StatementsTab.h"

#include "core/statements/StatementsIssued.h"
#include "ui/common/ErrorText.h"
#include "ui/common/Format.h"
#include "ui/common/RecordTable.h"
#include "ui/common/Session.h"

#include <QLabel>
#include <QVBoxLayout>

namespace isf::ui {

StatementsTab::StatementsTab(Session &session, Id personId, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_personId(personId)
    , m_table(new RecordTable(QStringLiteral("statementsIssued"), tr("Statements issued"), this))
{
    setObjectName(QStringLiteral("statementsTab"));
    m_table->setColumns({ tr("Period from"), tr("Period to"), tr("Form"), tr("Closing balance"),
                            tr("Issued"), tr("Issued by") },
        { 3 });
    auto *note = new QLabel(tr("Issuing a statement closes its period: later corrections are "
                               "entered after it, as reversals."),
        this);
    note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(m_table, 1);
}

void StatementsTab::reload()
{
    m_table->clearRows();
    attempt(this, tr("Load the statements"), [&] {
        for (const StatementIssue &s : listStatementsIssued(m_session.file(), m_personId))
            m_table->addRow({ dateText(s.period.first), dateText(s.period.last),
                                s.easyRead ? tr("Easy read") : tr("Standard"),
                                moneyText(s.closingBalance), s.issuedAt.left(10), s.issuedBy },
                s.id);
    });
    m_table->fitColumns();
}

} // namespace isf::ui
