// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include <QString>

namespace isf {
class ProviderFile;
// Fills a new provider file: provider row, the client bank account, the income,
// equity and expense accounts, and the default expense categories.
void seedNewFile(ProviderFile &file, const QString &providerName);
} // namespace isf
