// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
// What someone holding an audit pack can do to it with any zip tool: replace, remove
// or add entries, recompute the manifest's hashes and its self-hash, fix the archive
// comment, or sign the manifest with a key of their own.
#include <QString>

namespace tamper {

// op: zip-replace ENTRY TEXT | zip-edit ENTRY FROM => TO | zip-remove ENTRY |
// zip-add ENTRY TEXT | zip-swap A B | zip-rehash-manifest | zip-fix-comment |
// zip-drop-comment | zip-resign. Returns false for an unknown op.
bool applyPackStep(const QString &pack, const QString &op, const QString &argument);

// The pack folder of the nth person listed in the manifest (for {person0} in cases).
QString packFolder(const QString &pack, int n);

} // namespace tamper
