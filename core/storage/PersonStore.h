// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include "core/domain/Entities.h"

#include <optional>
#include <vector>

namespace isf {

class ProviderFile;

std::vector<Person> listPeople(const ProviderFile &file);
std::optional<Person> findPerson(const ProviderFile &file, const QString &ref);
std::optional<Person> personById(const ProviderFile &file, Id id);
// Looks a person up by reference; throws InputError "no person with reference X".
Person requirePerson(const ProviderFile &file, const QString &ref);
// Inserts (id == 0) or updates a person; checks required fields; returns the id.
Id savePerson(const ProviderFile &file, const Person &person);

} // namespace isf
