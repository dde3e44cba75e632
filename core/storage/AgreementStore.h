// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include "core/domain/Entities.h"

#include <optional>
#include <vector>

namespace isf {

class ProviderFile;

// Every version of a person's agreement, oldest first.
std::vector<Agreement> agreementVersions(const ProviderFile &file, Id personId);
// The version in force: the latest that is not a draft (or the latest draft when
// there is nothing else).
std::optional<Agreement> currentAgreement(const ProviderFile &file, Id personId);
// The version in force for every person, in a handful of queries (for rules and
// bulk statements over thousands of people).
std::vector<Agreement> currentAgreements(const ProviderFile &file);
// Every version of every person's agreement, by person then version: the history the
// council rules follow (budget, contribution and plan changes over time), in one read.
std::vector<Agreement> allAgreementVersions(const ProviderFile &file);
std::optional<Agreement> agreementById(const ProviderFile &file, Id id);

// Saves a new version (version = next number for the person), with its budget
// schedule, uplifts, other parts, delivery plan and policy overrides. Earlier
// versions are never changed. Returns the new version's id.
Id addAgreementVersion(const ProviderFile &file, Agreement agreement);

// Lifecycle changes on a version: status and the notice / end fields.
void updateAgreementLifecycle(const ProviderFile &file, const Agreement &agreement);

} // namespace isf
