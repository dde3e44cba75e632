// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "ui/entry/PersonPicker.h"

#include "core/storage/PersonStore.h"
#include "ui/common/ErrorText.h"
#include "ui/common/Format.h"
#include "ui/common/Session.h"

#include <QCompleter>
#include <QLineEdit>

namespace isf::ui {

PersonPicker::PersonPicker(Session &session, QWidget *parent) : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    attempt(this, tr("Load the people"), [&] {
        for (const Person &p : listPeople(session.file()))
            addItem(personLabel(p.ref, p.fullName()), p.id);
    });
    completer()->setFilterMode(Qt::MatchContains);
    completer()->setCompletionMode(QCompleter::PopupCompletion);
    completer()->setCaseSensitivity(Qt::CaseInsensitive);
    setCurrentIndex(-1);
    lineEdit()->setPlaceholderText(tr("Type a reference or name"));
}

Id PersonPicker::currentPersonId() const
{
    const int i = findText(currentText(), Qt::MatchFixedString);
    if (i >= 0)
        return itemData(i).toLongLong();
    // A bare reference typed in full also counts.
    const QString typed = currentText().trimmed();
    for (int r = 0; r < count(); ++r)
        if (itemText(r)
                .section(QStringLiteral(" \u2014 "), 0, 0)
                .compare(typed, Qt::CaseInsensitive)
            == 0)
            return itemData(r).toLongLong();
    return 0;
}

void PersonPicker::setPersonId(Id id)
{
    setCurrentIndex(findData(id));
}

} // namespace isf::ui
