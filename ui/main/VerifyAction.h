// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
class QWidget;

namespace isf::ui {

class Session;

// File > Verify: runs the whole check on the open file and says in plain words what
// it found and what to do, with the technical lines behind "Show Details".
void verifyOpenFile(QWidget *parent, Session &session);

// When a file is closed: a signed checkpoint of where it stands, so a later change made
// outside ISF Desk shows. Silent when this computer does not hold the key.
void checkpointOnClose(Session &session);

} // namespace isf::ui
