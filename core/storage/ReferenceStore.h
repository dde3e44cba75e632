// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include "core/domain/Entities.h"

#include <optional>
#include <vector>

namespace isf {

class ProviderFile;

// The provider's own details (letterhead, logo).
Provider loadProvider(const ProviderFile &file);
void saveProvider(const ProviderFile &file, const Provider &provider);

// Councils and their policies.
std::vector<Council> listCouncils(const ProviderFile &file);
std::optional<Council> findCouncil(const ProviderFile &file, const QString &name);
std::optional<Council> councilById(const ProviderFile &file, Id id);
// Inserts a new council or updates the one with the same name; returns its id.
Id saveCouncil(const ProviderFile &file, const Council &council);

// Suppliers register.
std::vector<Supplier> listSuppliers(const ProviderFile &file);
std::optional<Supplier> findSupplier(const ProviderFile &file, const QString &name);
std::optional<Supplier> supplierById(const ProviderFile &file, Id id);
Id saveSupplier(const ProviderFile &file, const Supplier &supplier);

// Expense categories.
std::vector<Category> listCategories(const ProviderFile &file);
std::optional<Category> findCategory(const ProviderFile &file, const QString &name);
std::optional<Category> categoryById(const ProviderFile &file, Id id);
Id addCategory(const ProviderFile &file, const QString &name, bool managementFee, bool sharedCost);

} // namespace isf
