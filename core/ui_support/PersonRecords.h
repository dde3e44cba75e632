#pragma once
#include "domain/Entities.h"

#include <vector>

namespace isf {

class ProviderFile;

// Read-only lists the person screen shows beside the ledger.

struct IssuedStatement {
    Id id = 0;
    QDate first, last;
    bool easyRead = false;
    Money closingBalance;
    QString issuedAt, issuedBy, documentSha256;
};
// Statements issued for a person, latest period first.
std::vector<IssuedStatement> statementsIssued(const ProviderFile &file, Id personId);

struct DeliveredHours {
    QDate weekStart;
    QString service;
    Hours hours;
    QString recordedBy;
};
// Hours recorded as delivered for a person, latest week first.
std::vector<DeliveredHours> hoursDelivered(const ProviderFile &file, Id personId);

struct AlertRecord {
    Id id = 0;
    QString rule;
    Id personId = 0;
    QString personRef, personName;
    QDate since;
    qint64 amount = 0;
    QString unit, detail, status, acknowledgedBy, acknowledgedAt, note;
};
// A person's alerts (every status, open first), or every open alert when personId is 0.
std::vector<AlertRecord> alertRecords(const ProviderFile &file, Id personId);

} // namespace isf
