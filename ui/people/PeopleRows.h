#pragma once
#include "domain/Entities.h"

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
};

// Every person's row at `today`, from one bulk read per column family (people, current
// agreements, core/rules' positions: balance, arrears, banked hours; open alerts): the
// cost does not grow by a query per person.
std::vector<PersonRow> loadPeopleRows(const ProviderFile &file, const QDate &today);

} // namespace isf::ui
