// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "ui/assessment/AssessmentDialog.h"

#include "core/assessment/Assessment.h"
#include "core/storage/PersonStore.h"
#include "core/storage/ProviderFile.h"
#include "core/time/Clock.h"
#include "ui/common/ErrorText.h"
#include "ui/common/Session.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace isf::ui {
namespace {

QString pointsText(const QuestionAnswer &a)
{
    QStringList parts;
    if (a.need)
        parts << QObject::tr("need +%1").arg(a.need);
    if (a.wellbeing)
        parts << QObject::tr("wellbeing +%1").arg(a.wellbeing);
    if (a.currentSupport)
        parts << QObject::tr("current support -%1").arg(a.currentSupport);
    return parts.isEmpty() ? QObject::tr("no points") : parts.join(QStringLiteral(", "));
}

} // namespace

AssessmentDialog::AssessmentDialog(Session &session, Id personId, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_personId(personId)
    , m_date(new QDateEdit(this))
    , m_score(new QLabel(this))
    , m_message(new QLabel(this))
    , m_record(new QPushButton(tr("&Record assessment"), this))
{
    setObjectName(QStringLiteral("assessmentDialog"));
    setWindowTitle(tr("Individual budget assessment"));
    setMinimumWidth(520);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_date->setDate(session.file().clock().today());
    m_date->setAccessibleName(tr("Date of the assessment"));
    m_score->setObjectName(QStringLiteral("assessmentScore"));
    m_score->setWordWrap(true);
    m_message->setWordWrap(true);
    m_record->setObjectName(QStringLiteral("recordAssessment"));
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(this);
    heading->setWordWrap(true);
    layout->addWidget(heading);
    const auto person = personById(session.file(), personId);
    if (person) {
        if (const auto q = latestQuestionnaire(session.file(), person->councilId))
            m_questionnaire = *q;
        heading->setText(tr("<b>%1</b> (%2) · %3's calculator, version %4")
                             .arg(person->fullName().toHtmlEscaped(), person->ref,
                                 person->councilName.toHtmlEscaped())
                             .arg(m_questionnaire.version));
    }
    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapAllRows); // each question above its answers
    form->addRow(tr("&Date:"), m_date);
    for (const Question &q : m_questionnaire.questions) {
        auto *box = new QComboBox(this);
        box->setObjectName(QStringLiteral("answer%1").arg(q.number));
        box->addItem(tr("Choose an answer"), QString());
        for (const QuestionAnswer &a : q.answers)
            box->addItem(QStringLiteral("%1 (%2)").arg(a.answer, pointsText(a)), a.answer);
        box->setAccessibleName(tr("Question %1: %2").arg(q.number).arg(q.text));
        auto *label = new QLabel(QStringLiteral("%1. %2").arg(q.number).arg(q.text), this);
        label->setBuddy(box);
        form->addRow(label, box);
        m_answers.push_back(box);
        connect(box, &QComboBox::currentIndexChanged, this, &AssessmentDialog::updateScore);
    }
    layout->addLayout(form);
    layout->addWidget(m_score);
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_record, QDialogButtonBox::AcceptRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_record, &QPushButton::clicked, this, &AssessmentDialog::record);
    if (!hasQuestionnaire()) {
        m_message->setText(tr("This person's council has no individual budget questionnaire. "
                              "Import one (File > Import, kind questionnaire) first."));
        m_record->setEnabled(false);
    }
    updateScore();
}

void AssessmentDialog::updateScore()
{
    int need = 0, wellbeing = 0, support = 0, missing = 0;
    for (std::size_t i = 0; i < m_answers.size(); ++i) {
        const QString code = m_answers[i]->currentData().toString();
        const QuestionAnswer *a
            = code.isEmpty() ? nullptr : m_questionnaire.questions[i].find(code);
        if (!a) {
            ++missing;
            continue;
        }
        need += a->need;
        wellbeing += a->wellbeing;
        support += a->currentSupport;
    }
    const int total = need + wellbeing - support;
    QString text = tr("Score so far: <b>%1</b> (need %2 + wellbeing %3 − current support %4)")
                       .arg(total)
                       .arg(need)
                       .arg(wellbeing)
                       .arg(support);
    if (missing > 0) {
        text += missing == 1 ? tr("<br>1 question still to answer.")
                             : tr("<br>%1 questions still to answer.").arg(missing);
    } else if (const BudgetBand *band = m_questionnaire.bandFor(total)) {
        text += tr("<br>Band %1 to %2: indicative budget <b>%3</b>.")
                    .arg(band->minScore)
                    .arg(band->maxScore)
                    .arg(bandRangeText(*band).toHtmlEscaped());
    } else {
        text += tr("<br>This score falls in no budget band of this version.");
    }
    m_score->setText(text);
    m_record->setEnabled(hasQuestionnaire() && missing == 0);
}

void AssessmentDialog::record()
{
    std::map<int, QString> answers;
    for (std::size_t i = 0; i < m_answers.size(); ++i) {
        const QString code = m_answers[i]->currentData().toString();
        if (!code.isEmpty())
            answers[m_questionnaire.questions[i].number] = code;
    }
    try {
        const Assessment a = assessPerson(m_session.file(), m_personId, answers, m_date->date());
        m_session.notifyChanged(m_personId);
        m_message->setText(tr("Recorded: %1.").arg(assessmentSummary(a)));
        m_record->setEnabled(false);
    } catch (const std::exception &e) {
        m_message->setText(errorText(e));
    }
}

} // namespace isf::ui
