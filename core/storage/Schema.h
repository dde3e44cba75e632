// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include <QSqlDatabase>

namespace isf {

// The schema this build writes. Files of any earlier version are migrated forward;
// files of a later version are refused.
constexpr int kSchemaVersion = 7;
// SQLite application_id that marks a file as ISF Desk's ("ISFD").
constexpr int kApplicationId = 0x49534644;

// Applies every migration step after fromVersion up to toVersion, in one transaction.
// Step N is cumulative on step N-1; tests use toVersion to build old files.
void migrate(const QSqlDatabase &db, int fromVersion, int toVersion = kSchemaVersion);

} // namespace isf
