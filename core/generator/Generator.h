// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include "core/domain/Entities.h"

#include <QDate>
#include <QString>

namespace isf {

class ProviderFile;

// What to generate. The same options on the same day give the same content, byte for
// byte: every random choice comes from seeded generators (std::mt19937_64, whose
// output the standard fixes), one per person, so people do not disturb each other.
struct GeneratorOptions {
    int people = 60; // 1 to 20,000
    int years = 3; // 1 to 10: the ledger runs from this many years before `today`
    quint64 seed = 1;
    QDate today; // the last day with entries; the file's clock when invalid
};

struct GeneratorSummary {
    int councils = 0, suppliers = 0, people = 0, agreementVersions = 0, endedAgreements = 0;
    qint64 transactions = 0, reversals = 0;
    QDate firstDay, lastDay;
};

// Fills a new, empty provider file with a realistic synthetic provider: four councils
// (Lancashire and Dorset presets and a custom one), a supplier register of every kind
// (CQC numbers, DBS checks, insurance dates, a few expired), people with plausible UK
// names, addresses, representatives and council contacts, and their ISF agreements
// (budgets around £300 to £2,000 a week, fixed and percentage contributions, budget
// changes and temporary uplifts as new versions, costed delivery plans with in-house
// hours, commissioned services, personal assistants and bankable lines, a few ended
// with the balance returned). Then the ledger, week by week: opening balances, council
// payments every N weeks in advance net of contributions, contributions (some late or
// missed), in-house care as hours x rate, commissioned services, personal assistants,
// activities, equipment and transport, Dorset's separate administration fee, returns
// of surplus, and the odd reversal. Nothing is dated after `today`.
//
// Everything is written in one transaction, the ledger in batch mode. Throws
// InputError for options out of range or a file that already has people.
GeneratorSummary generateProvider(const ProviderFile &file, const GeneratorOptions &options);

} // namespace isf
