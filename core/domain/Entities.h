// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include "core/domain/Policy.h"
#include "core/money/Hours.h"
#include "core/money/Money.h"

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace isf {

using Id = qint64;

struct Provider {
    QString name, address, phone, email;
    QByteArray logo; // image file bytes (PNG/JPEG), may be empty
    QString logoFormat;
};

struct Council {
    Id id = 0;
    QString name, address, contactName, contactEmail;
    Policy policy;
};

struct Person {
    Id id = 0;
    QString ref, givenName, familyName, preferredName;
    QDate dateOfBirth;
    Id councilId = 0;
    QString councilName; // filled when read, for display
    QString councilRef, address, phone, email;
    QString representativeName, representativeRelationship, representativeContact;
    std::optional<bool> hasCapacity; // unknown until assessed
    QString bestInterestDecision, bestInterestBy;
    QDate bestInterestDate;
    QString careManagerName, careManagerContact, caseWorkerName, caseWorkerContact, notes;

    QString fullName() const { return givenName + u' ' + familyName; }
};

enum class SupplierKind {
    InHouse,
    CareProvider,
    SoleTrader,
    PersonalAssistant,
    Transport,
    Shop,
    Other
};
QString supplierKindCode(SupplierKind k); // in_house, care_provider, ...
QString supplierKindLabel(SupplierKind k); // "In-house", "Care provider", ...
SupplierKind parseSupplierKind(const QString &text); // throws InputError

struct Supplier {
    Id id = 0;
    QString name;
    SupplierKind kind = SupplierKind::Other;
    QString cqcNumber;
    QDate dbsCheckedOn, insuranceExpiresOn;
    QString address, contact, notes;
};

struct Category {
    Id id = 0;
    QString name;
    Id accountId = 0;
    bool isManagementFee = false;
    bool isSharedCost = false;
    bool active = true;
};

enum class AgreementStatus { Draft, Active, Notice, Ended };
QString agreementStatusCode(AgreementStatus s); // draft, active, notice, ended
AgreementStatus parseAgreementStatus(const QString &text);

enum class ContributionKind { None, Fixed, Percent };

struct BudgetStep {
    QDate effectiveFrom;
    Money weekly;
};

struct Uplift {
    QDate firstDay, lastDay;
    Money weekly; // added to the budget while in force
    QString reason;
};

struct OtherBudgetPart { // part of the personal budget that is not the ISF
    QString description;
    Money weekly;
    QString arrangedBy;
};

struct PlanLine {
    QString outcome, service;
    Id supplierId = 0;
    QString supplierName;
    std::optional<Hours> hoursPerWeek;
    std::optional<Money> hourlyRate;
    Money weeklyCost;
    bool bankable = false;
};

// One version of a person's ISF agreement. A budget change or uplift makes a new
// version; earlier versions stay as they were for reading and printing.
struct Agreement {
    Id id = 0;
    Id personId = 0;
    int version = 1;
    AgreementStatus status = AgreementStatus::Draft;
    QDate effectiveFrom, startDate, endDate, reviewDate;
    StatementCycle statementCycle = StatementCycle::FourWeekly;
    QDate statementAnchor;
    ContributionKind contributionKind = ContributionKind::None;
    Money weeklyContribution; // when Fixed
    int contributionPercentBp = 0; // when Percent: basis points, 1250 = 12.5%
    QString contributionCollection, outcomes;
    Money contingency;
    QString contingencyNote, changeReason;
    QDate noticeGivenOn, noticeEndsOn, endedOn;
    QString noticeGivenBy, noticeReason;
    QString createdAt, createdBy;
    std::vector<BudgetStep> budgets; // by effectiveFrom
    std::vector<Uplift> uplifts;
    std::vector<OtherBudgetPart> otherParts;
    std::vector<PlanLine> plan;
    std::vector<std::pair<QString, QString>> policyOverrides; // parameter, value

    // The weekly ISF budget in force on a day, uplifts included.
    Money weeklyBudgetOn(const QDate &day) const;
    // The weekly contribution in force on a day (fixed, or percent of the budget
    // in force, rounded half away from zero).
    Money weeklyContributionOn(const QDate &day) const;
    // The council's policy with this agreement's overrides applied.
    Policy effectivePolicy(const Policy &councilPolicy) const;
    bool isLive() const
    {
        return status == AgreementStatus::Active || status == AgreementStatus::Notice;
    }
};

} // namespace isf
