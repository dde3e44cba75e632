// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include "core/money/Money.h"

#include <QByteArray>
#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace isf {

// One line of a bank statement as the bank wrote it: money in is positive.
struct StatementLine {
    int sourceLine = 0; // line of the file (CSV row, OFX or CAMT element) for messages
    QDate date;
    Money amount;
    QString description, reference;
    std::optional<Money> balance; // the bank's running balance after the line
    QString bankId; // the bank's own id (OFX FITID, CAMT AcctSvcrRef); may be empty
    QString key; // what identifies the line across imports (set by assignKeys)
};

// A whole statement read from a file, before anything is saved.
struct Statement {
    QString format; // csv, ofx, camt053
    QString sourceName;
    std::vector<StatementLine> lines; // oldest first
    std::optional<Money> opening, closing; // the bank's balances before and after
    QString bankAccount; // the account the file says it is for, when it says
    QDate periodStart, periodEnd; // the days it covers, when it says (OFX, CAMT)
};

enum class StatementFormat { Csv, Ofx, Camt053 };
// From the file's name and first bytes: .ofx/.qfx or "OFXHEADER"/"<OFX>" is OFX,
// XML with camt.053 is CAMT, anything else CSV.
StatementFormat detectStatementFormat(const QString &fileName, const QByteArray &head);
QString statementFormatCode(StatementFormat f);
StatementFormat parseStatementFormat(const QString &code); // throws InputError

// Gives each line its key: the bank's id when it has one ("id:FITID"), otherwise the
// date, amount, description and running balance, with a count for identical lines
// on the same day (two £20.00 "CASH" lines on one day stay two lines).
void assignKeys(Statement &statement);

// Fills opening/closing from the running balances when the bank gave them, and checks
// that every running balance follows from the one before; throws InputError naming the
// first line that does not.
void checkRunningBalances(Statement &statement);

} // namespace isf
