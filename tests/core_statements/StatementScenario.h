// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
// Header-only fixtures for the statement and document tests (core_statements,
// reports_documents and cli_documents include this file), with figures worked by hand.
//
// Alex Taylor (P0001), Lancashire rules: an agreement from Monday 6 April 2026 of
// £500.00 a week, contribution £40.00 a week, 4-weekly statements from the start.
// Plan: "Support at home" 20 h a week at £20.00 from Bluebell Home Support (bankable),
// "Day centre" £100.00 a week from Sunrise Day Centre.
// First period, 6 April to 3 May 2026:
//   opening   £250.00 (opening balance 5 April)
//   money in  council payment £1,840.00 (4 x (500 - 40)), contributions 3 x £40.00
//             = £1,960.00
//   money out Personal care 18 h, 20 h, 15.5 h at £20.00 = £1,070.00
//             Commissioned care 4 x £100.00, one reversed (duplicate) = £300.00
//             Activities £35.50                                    = £1,405.50
//   closing   £804.50
//   hours     planned 80, delivered 53.5, banked 26.5
//   contribution due £160.00, paid £120.00, owed £40.00
//
// Sam Jones (P0002), Dorset rules, lacks capacity and has no representative: £200.00 a
// week from 6 April 2026, an opening balance of £3,000.00 that stays over 4 weeks' budget
// (an excess balance alert), and a contribution of £20.00 never paid (arrears).

#include "core/ledger/Ledger.h"
#include "core/money/Hours.h"
#include "core/money/Money.h"
#include "core/rules/alerts/AlertStore.h"
#include "core/storage/AgreementStore.h"
#include "core/storage/PersonStore.h"
#include "core/storage/ReferenceStore.h"
#include "tests/support/Fixtures.h"

#include <QDate>

namespace scenario {

inline isf::Id supplier(TestFile &t, const QString &name, isf::SupplierKind kind)
{
    if (const auto s = isf::findSupplier(*t, name))
        return s->id;
    isf::Supplier s;
    s.name = name;
    s.kind = kind;
    return isf::saveSupplier(*t, s);
}

inline isf::Id post(TestFile &t, isf::TxnKind kind, isf::Id person, const QDate &date,
    const char16_t *amount, const QString &description = QString())
{
    isf::NewEntry e;
    e.kind = kind;
    e.personId = person;
    e.date = date;
    e.amount = gbp(amount);
    e.description = description;
    return isf::Ledger(*t).post(e);
}

inline isf::Id expense(TestFile &t, isf::Id person, const QDate &date, const QString &category,
    isf::Id supplierId, const char16_t *amount, const QString &description,
    const char16_t *hours = nullptr, const char16_t *rate = nullptr)
{
    isf::NewEntry e;
    e.kind = isf::TxnKind::Expense;
    e.personId = person;
    e.date = date;
    e.categoryId = isf::findCategory(*t, category)->id;
    e.supplierId = supplierId;
    e.description = description;
    if (hours) {
        e.hours = isf::Hours::parse(QStringView(hours));
        e.rate = gbp(rate);
    } else {
        e.amount = gbp(amount);
    }
    return isf::Ledger(*t).post(e);
}

struct Ids {
    isf::Id lancashire = 0, dorset = 0;
    isf::Id alex = 0, sam = 0;
    isf::Id alexAgreement = 0, samAgreement = 0;
    isf::Id bluebell = 0, sunrise = 0;
    isf::Id reversedDayCentre = 0, reversal = 0;
};

inline QDate d(int y, int m, int day)
{
    return QDate(y, m, day);
}

// The first 4-weekly period of both agreements.
inline isf::Period firstPeriod()
{
    return { d(2026, 4, 6), d(2026, 5, 3) };
}

inline void describePeople(TestFile &t, Ids &ids)
{
    isf::Provider provider = isf::loadProvider(*t);
    provider.address = QStringLiteral("Unit 4, Mill Yard\nPreston PR1 2AB");
    provider.phone = QStringLiteral("01772 000111");
    provider.email = QStringLiteral("finance@bluebell.example");
    isf::saveProvider(*t, provider);

    isf::Person alex = *isf::personById(*t, ids.alex);
    alex.address = QStringLiteral("12 Elm Road, Preston PR2 3CD");
    alex.councilRef = QStringLiteral("LCC-55501");
    alex.hasCapacity = true;
    alex.careManagerName = QStringLiteral("Priya Shah");
    alex.careManagerContact = QStringLiteral("priya.shah@lancashire.example");
    alex.caseWorkerName = QStringLiteral("Tom Reid");
    alex.caseWorkerContact = QStringLiteral("01772 555000");
    isf::savePerson(*t, alex);

    isf::Person sam = *isf::personById(*t, ids.sam);
    sam.address = QStringLiteral("3 Quay Street, Dorchester DT1 1AA");
    sam.councilRef = QStringLiteral("DC-778");
    sam.hasCapacity = false;
    sam.bestInterestDecision = QStringLiteral(
        "An ISF with Bluebell is in Sam's best interests: it keeps the staff Sam knows.");
    sam.bestInterestBy = QStringLiteral("Helen Moore, care manager");
    sam.bestInterestDate = d(2026, 3, 20);
    sam.careManagerName = QStringLiteral("Helen Moore");
    sam.careManagerContact = QStringLiteral("helen.moore@dorset.example");
    sam.caseWorkerName = QStringLiteral("Olu Adeyemi");
    sam.caseWorkerContact = QStringLiteral("olu.adeyemi@dorset.example");
    isf::savePerson(*t, sam);
}

inline Ids build(TestFile &t)
{
    using isf::TxnKind;
    Ids ids;
    ids.lancashire
        = t.addCouncil(QStringLiteral("Lancashire County Council"), QStringLiteral("lancashire"));
    ids.dorset = t.addCouncil(QStringLiteral("Dorset Council"), QStringLiteral("dorset"));
    ids.alex = t.addPerson(
        QStringLiteral("P0001"), ids.lancashire, QStringLiteral("Alex"), QStringLiteral("Taylor"));
    ids.sam = t.addPerson(
        QStringLiteral("P0002"), ids.dorset, QStringLiteral("Sam"), QStringLiteral("Jones"));
    describePeople(t, ids);
    ids.bluebell = supplier(t, QStringLiteral("Bluebell Home Support"), isf::SupplierKind::InHouse);
    ids.sunrise
        = supplier(t, QStringLiteral("Sunrise Day Centre"), isf::SupplierKind::CareProvider);
    const isf::Id odeon = supplier(t, QStringLiteral("Odeon Preston"), isf::SupplierKind::Shop);

    isf::Agreement a;
    a.personId = ids.alex;
    a.status = isf::AgreementStatus::Active;
    a.startDate = d(2026, 4, 6);
    a.effectiveFrom = a.startDate;
    a.reviewDate = d(2027, 4, 5);
    a.statementAnchor = a.startDate;
    a.budgets.push_back({ a.startDate, gbp(u"500.00") });
    a.contributionKind = isf::ContributionKind::Fixed;
    a.weeklyContribution = gbp(u"40.00");
    a.contributionCollection = QStringLiteral("By standing order every Monday.");
    a.outcomes = QStringLiteral("Stay well at home.\nGo out to the day centre and see friends.");
    a.contingency = gbp(u"150.00");
    a.contingencyNote = QStringLiteral("Extra support when Alex's mother is in hospital.");
    isf::PlanLine home;
    home.outcome = QStringLiteral("Stay well at home");
    home.service = QStringLiteral("Support at home");
    home.supplierId = ids.bluebell;
    home.hoursPerWeek = isf::Hours::whole(20);
    home.hourlyRate = gbp(u"20.00");
    home.weeklyCost = gbp(u"400.00");
    home.bankable = true;
    isf::PlanLine centre;
    centre.outcome = QStringLiteral("See friends");
    centre.service = QStringLiteral("Day centre");
    centre.supplierId = ids.sunrise;
    centre.weeklyCost = gbp(u"100.00");
    a.plan = { home, centre };
    a.otherParts.push_back({ QStringLiteral("Shared night support (care managed)"), gbp(u"120.00"),
        QStringLiteral("Lancashire County Council") });
    ids.alexAgreement = isf::addAgreementVersion(*t, a);

    isf::Agreement b;
    b.personId = ids.sam;
    b.status = isf::AgreementStatus::Active;
    b.startDate = d(2026, 4, 6);
    b.effectiveFrom = b.startDate;
    b.statementAnchor = b.startDate;
    b.budgets.push_back({ b.startDate, gbp(u"200.00") });
    b.contributionKind = isf::ContributionKind::Fixed;
    b.weeklyContribution = gbp(u"20.00");
    b.contributionCollection = QStringLiteral("Invoiced every four weeks.");
    ids.samAgreement = isf::addAgreementVersion(*t, b);

    const isf::Id alex = ids.alex;
    post(t, TxnKind::OpeningBalance, alex, d(2026, 4, 5), u"250.00",
        QStringLiteral("Brought forward from the previous system"));
    post(t, TxnKind::CouncilPayment, alex, d(2026, 4, 6), u"1840.00",
        QStringLiteral("Four weeks in advance"));
    for (int w = 0; w < 3; ++w)
        post(t, TxnKind::Contribution, alex, d(2026, 4, 6).addDays(7 * w), u"40.00",
            QStringLiteral("Standing order"));
    expense(t, alex, d(2026, 4, 10), QStringLiteral("Personal care"), ids.bluebell, nullptr,
        QStringLiteral("Support at home, week 1"), u"18", u"20.00");
    expense(t, alex, d(2026, 4, 17), QStringLiteral("Personal care"), ids.bluebell, nullptr,
        QStringLiteral("Support at home, week 2"), u"20", u"20.00");
    expense(t, alex, d(2026, 4, 24), QStringLiteral("Personal care"), ids.bluebell, nullptr,
        QStringLiteral("Support at home, week 3"), u"15.5", u"20.00");
    for (int w = 0; w < 4; ++w) {
        const isf::Id id
            = expense(t, alex, d(2026, 4, 8).addDays(7 * w), QStringLiteral("Commissioned care"),
                ids.sunrise, u"100.00", QStringLiteral("Day centre"));
        if (w == 2)
            ids.reversedDayCentre = id;
    }
    expense(t, alex, d(2026, 4, 18), QStringLiteral("Activities"), odeon, u"35.50",
        QStringLiteral("Cinema with a friend"));
    ids.reversal = isf::Ledger(*t).reverse(
        ids.reversedDayCentre, QStringLiteral("Duplicate invoice"), d(2026, 4, 23));

    const isf::Id sam = ids.sam;
    post(t, TxnKind::OpeningBalance, sam, d(2026, 4, 5), u"3000.00",
        QStringLiteral("Brought forward"));
    post(t, TxnKind::CouncilPayment, sam, d(2026, 4, 6), u"720.00");
    expense(t, sam, d(2026, 4, 14), QStringLiteral("Personal care"), ids.bluebell, u"150.00",
        QStringLiteral("Support at home"));
    return ids;
}

} // namespace scenario
