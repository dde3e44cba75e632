// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "ui/register/DateField.h"

#include "ui/common/Format.h"

#include <QApplication>
#include <QDateEdit>
#include <QEvent>
#include <QFocusEvent>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace isf::ui {
namespace {

const QString kFormat = u"dd/MM/yyyy"_s;

// Puts the cursor on the day whenever the box gains the keyboard.
class DayFirst : public QObject {
public:
    using QObject::QObject;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::FocusIn) {
            auto *edit = static_cast<QDateEdit *>(watched);
            const auto reason = static_cast<QFocusEvent *>(event)->reason();
            if (reason == Qt::TabFocusReason || reason == Qt::BacktabFocusReason
                || reason == Qt::ShortcutFocusReason) {
                QMetaObject::invokeMethod(
                    edit,
                    [edit] {
                        edit->setCurrentSection(QDateTimeEdit::DaySection);
                        edit->setSelectedSection(QDateTimeEdit::DaySection);
                    },
                    Qt::QueuedConnection);
            }
        }
        return false;
    }
};

} // namespace

void setUpDateField(QDateEdit *edit, const QDate &earliest)
{
    edit->setDisplayFormat(kFormat);
    edit->setCalendarPopup(true);
    edit->setMinimumDate(earliest);
    edit->setCurrentSection(QDateTimeEdit::DaySection);
    edit->installEventFilter(new DayFirst(edit));
    if (edit->toolTip().isEmpty())
        edit->setToolTip(QApplication::translate("DateField",
            "Day/month/year. Up and Down change the part under the cursor; F4 opens a calendar."));
}

QString dateFieldProblem(const QDateEdit *edit)
{
    const auto *line = edit->findChild<QLineEdit *>();
    const QString shown = line ? line->text() : edit->text();
    const QDate typed = QDate::fromString(shown, kFormat);
    if (typed.isValid() && typed == edit->date())
        return {};
    return QApplication::translate("DateField", "Type the date as day/month/year, for example %1.")
        .arg(dateText(QDate(2026, 11, 28)));
}

} // namespace isf::ui
