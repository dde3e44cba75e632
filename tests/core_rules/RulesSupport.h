// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include "core/ledger/Ledger.h"
#include "core/money/Hours.h"
#include "core/money/Money.h"
#include "core/rules/alerts/Alerts.h"
#include "core/storage/AgreementStore.h"
#include "core/storage/ReferenceStore.h"
#include "core/time/Dates.h"
#include "tests/support/Fixtures.h"
#include "tests/support/catch.h"

#include <QDate>

#include <ostream>

// Readable failure messages for the values the rules produce.
inline std::ostream &operator<<(std::ostream &os, const QDate &d)
{
    return os << (d.isValid() ? d.toString(Qt::ISODate).toStdString() : std::string("(no date)"));
}
namespace isf {
inline std::ostream &operator<<(std::ostream &os, const Money &m)
{
    return os << m.plain().toStdString();
}
inline std::ostream &operator<<(std::ostream &os, const Hours &h)
{
    return os << h.toString().toStdString() << "h";
}
} // namespace isf

inline QDate day(int y, int m, int d)
{
    return QDate(y, m, d);
}

inline isf::Hours hrs(const char16_t *text)
{
    return isf::Hours::parse(QStringView(text));
}

// Posts one entry through the Ledger.
isf::Id postEntry(TestFile &t, isf::TxnKind kind, isf::Id person, const QDate &date,
    isf::Money amount, const QString &reference = QString());
isf::Id postExpense(TestFile &t, isf::Id person, const QDate &date, isf::Money amount,
    const QString &supplier = QString(), const QString &reference = QString(),
    const QString &category = QStringLiteral("Personal care"));
// An expense of hours x rate paid to a supplier.
isf::Id postHoursExpense(TestFile &t, isf::Id person, const QDate &date, isf::Hours hours,
    isf::Money rate, const QString &supplier);

// A council of a preset with some parameters changed ("cap_weeks", "6", ...).
isf::Id addCouncilWith(TestFile &t, const QString &name, const QString &preset,
    std::initializer_list<std::pair<const char *, const char *>> parameters = {});

// The alerts of one rule (all people) at a date, without recording them.
std::vector<isf::Alert> alertsOf(TestFile &t, const QString &rule, const QDate &asOf);
