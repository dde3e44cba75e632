// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include "core/domain/Entities.h"

#include <QHash>
#include <QString>

#include <vector>

namespace isf::reports {

// True for names Windows refuses whatever the extension: CON, PRN, AUX, NUL, COM1-9,
// LPT1-9 (any case).
bool isReservedWindowsName(const QString &name);

// One folder name per person, unique (also ignoring case, as on Windows and macOS) and
// safe on every system: the reference made safe, and the person's internal id added
// where that alone would collide, be reserved, or be only dots.
QHash<Id, QString> personFolders(const std::vector<std::pair<Id, QString>> &idAndRef);

} // namespace isf::reports
