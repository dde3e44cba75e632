// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
// The generator's working model of each person: their agreement versions and plan in
// figures the weekly simulation needs, and the state it carries from week to week.
#include "core/domain/Entities.h"
#include "core/generator/GeneratorData.h"

#include <QHash>

#include <vector>

namespace isf {
class ProviderFile;
struct GeneratorOptions;
struct GeneratorSummary;
} // namespace isf

namespace isf::demo {

enum class Commission { None, HomeCare, DayService };
enum class PayStyle { Reliable, Late, Arrears, Stopped };

// One agreement version and the weekly plan behind it.
struct VersionPlan {
    Agreement agreement;
    qint64 inHouseHours = 0; // hundredths a week
    qint64 inHouseRate = 0; // pence an hour
    Commission commission = Commission::None;
    qint64 commissionHours = 0, commissionRate = 0; // home care: hundredths, pence an hour
    qint64 dayServiceDays = 0, dayRate = 0; // day service: days a week, pence a day
    qint64 paHours = 0, paRate = 0;
    qint64 activities = 0; // pence a week
};

struct PersonModel {
    Id id = 0;
    QString ref;
    int council = 0;
    Rng rng { 0 };
    std::vector<VersionPlan> versions; // oldest first
    QDate start, last; // last: invalid while open-ended
    int paymentWeeks = 4;
    bool managementFee = false;
    Id inHouse = 0, careProvider = 0, pa = 0, transport = 0, shop = 0;
    int spendPermille = 1000; // how much of the plan is delivered
    PayStyle payStyle = PayStyle::Reliable;
    int payEveryWeeks = 1; // Late: pays this many weeks together
    QDate stopsPaying; // Stopped: no contributions from this day
    Money opening; // balance brought forward when the agreement began before the ledger

    // Simulation state.
    Money balance;
    Money contributionOwed;
    int pauseWeeks = 0; // Arrears: weeks left without paying
    qint64 paHoursOwed = 0; // hundredths worked since the personal assistant was last paid
    bool finalReturnScheduled = false;

    const VersionPlan &versionOn(const QDate &day) const;
    bool covers(const QDate &day) const { return day >= start && (!last.isValid() || day <= last); }
    // Budget (uplifts included) and contribution in force on a day; zero outside the
    // agreement.
    Money budgetOn(const QDate &day) const;
    Money contributionOn(const QDate &day) const;
};

struct Register {
    Id inHouse = 0;
    QHash<QString, Id> byName; // every supplier seed, by name
    std::vector<std::vector<Id>> careProviders; // by council
    std::vector<std::vector<Id>> transport; // by council
    std::vector<Id> shops, assistants;
    int count = 0;
};

// GeneratorSetup.cpp: councils, suppliers, people and agreements.
std::vector<Id> addCouncils(const ProviderFile &file);
Register addSuppliers(const ProviderFile &file, Rng &rng, int people, const QDate &today);
std::vector<PersonModel> addPeople(const ProviderFile &file, const GeneratorOptions &options,
    const std::vector<Id> &councils, const Register &suppliers, const QDate &firstDay,
    const QDate &today, GeneratorSummary &summary);

// GeneratorLedger.cpp: the weekly simulation, posted through the ledger in batch mode.
void postLedger(const ProviderFile &file, std::vector<PersonModel> &people,
    const Register &suppliers, const QDate &firstDay, const QDate &today,
    GeneratorSummary &summary);

} // namespace isf::demo
