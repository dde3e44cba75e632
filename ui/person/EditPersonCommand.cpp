// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "ui/person/EditPersonCommand.h"

#include "core/storage/PersonStore.h"
#include "ui/common/ErrorText.h"
#include "ui/common/Session.h"

#include <QApplication>

namespace isf::ui {

EditPersonCommand::EditPersonCommand(
    Session &session, Person before, Person after, const QString &text)
    : QUndoCommand(text), m_session(session), m_before(std::move(before)), m_after(std::move(after))
{ }

void EditPersonCommand::apply(
    Session &session, const Person &before, const Person &after, const QString &text)
{
    savePerson(session.file(), after);
    session.undoStack()->push(new EditPersonCommand(session, before, after, text));
    session.notifyChanged(after.id);
}

void EditPersonCommand::save(const Person &p)
{
    try {
        savePerson(m_session.file(), p);
    } catch (const std::exception &e) {
        showError(QApplication::activeWindow(), QObject::tr("Undo or redo a change"), e);
        setObsolete(true);
    }
    m_session.notifyChanged(p.id);
}

void EditPersonCommand::undo()
{
    save(m_before);
}

void EditPersonCommand::redo()
{
    if (m_skipFirstRedo) {
        m_skipFirstRedo = false;
        return;
    }
    save(m_after);
}

} // namespace isf::ui
