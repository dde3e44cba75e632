// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include <QString>

namespace isf {

// Why a provider file's location cannot be trusted with SQLite's locking, or "" when it
// can: a network share (NFS, SMB/CIFS, AFS, 9P, by the filesystem type on Linux; a
// \\server\share path elsewhere) or a folder a sync client copies behind our back
// (Dropbox, OneDrive, Google Drive, iCloud Drive, Box, Nextcloud, pCloud, Sync.com).
// Two people, or one person on two machines, can then damage the file or lose entries.
QString untrustedLocationReason(const QString &path);

} // namespace isf
