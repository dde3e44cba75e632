// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include "core/domain/Entities.h"

#include <QUndoCommand>

namespace isf::ui {

class Session;

// One edit of a person's details, undoable. The change is saved through core's
// savePerson() before the command is pushed (so a refused change never reaches the
// stack); undo saves the details as they were, redo saves them again.
class EditPersonCommand : public QUndoCommand {
public:
    EditPersonCommand(Session &session, Person before, Person after, const QString &text);
    void undo() override;
    void redo() override;

    // Saves `after` and, if core accepts it, pushes the command onto the session's
    // undo stack. Throws isf::Error (nothing pushed) when core refuses the change.
    static void apply(
        Session &session, const Person &before, const Person &after, const QString &text);

private:
    void save(const Person &p);
    Session &m_session;
    Person m_before, m_after;
    bool m_skipFirstRedo = true;
};

} // namespace isf::ui
