// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include "core/domain/Entities.h"

#include <QHash>

#include <vector>

namespace isf {
class ProviderFile;
}

namespace isf::ui {

// One line of the People list, with every figure already worked out.
struct PersonRow {
    Id id = 0;
    QString ref, name, council, status;
    Money weeklyBudget, balance, arrears;
    Hours bankedHours;
    int openAlerts = 0;
    bool hasAgreement = false;
    bool figuresKnown = false; // arrears and banked hours (worked out in the background)
};

// Every person's row at `today` from a few bulk reads (people, current agreements,
// balances, open alerts): the cost does not grow by a query per person, and the list
// shows at once.
std::vector<PersonRow> loadPeopleRows(const ProviderFile &file, const QDate &today);

// The figures that need the council rules (contribution arrears, banked hours), from
// core/rules' positions for everyone. Slower: run it on the background reader.
struct PersonFigures {
    Money arrears;
    Hours bankedHours;
};
QHash<Id, PersonFigures> loadPeopleFigures(const ProviderFile &file, const QDate &today);

} // namespace isf::ui
