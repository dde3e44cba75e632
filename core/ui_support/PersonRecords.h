#pragma once
#include "domain/Entities.h"

#include <vector>

namespace isf {

class ProviderFile;

// Read-only lists the person screen shows beside the ledger (alerts and hours come
// from core/rules).

struct IssuedStatement {
    Id id = 0;
    QDate first, last;
    bool easyRead = false;
    Money closingBalance;
    QString issuedAt, issuedBy, documentSha256;
};
// Statements issued for a person, latest period first.
std::vector<IssuedStatement> statementsIssued(const ProviderFile &file, Id personId);

} // namespace isf
