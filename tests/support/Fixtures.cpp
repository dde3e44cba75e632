// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "tests/support/Fixtures.h"

#include "core/storage/AgreementStore.h"
#include "core/storage/PersonStore.h"
#include "core/storage/ReferenceStore.h"

#include <QTimeZone>

using namespace isf;

TestFile::TestFile(const QDate &today)
    : clock(QDateTime(today, QTime(12, 0), QTimeZone::utc()))
    , path(dir.path(QStringLiteral("provider.isf")))
    , file(std::make_unique<ProviderFile>(ProviderFile::create(
          path, QStringLiteral("Bluebell Support Ltd"), QStringLiteral("tester"), clock)))
{ }

Id TestFile::addCouncil(const QString &name, const QString &preset)
{
    Council c;
    c.name = name;
    c.policy = Policy::fromPreset(preset);
    return saveCouncil(*file, c);
}

Id TestFile::addPerson(
    const QString &ref, Id councilId, const QString &given, const QString &family)
{
    Person p;
    p.ref = ref;
    p.givenName = given;
    p.familyName = family;
    p.councilId = councilId;
    return savePerson(*file, p);
}

Id TestFile::addAgreement(
    Id personId, const QDate &start, Money weeklyBudget, Money weeklyContribution)
{
    Agreement a;
    a.personId = personId;
    a.status = AgreementStatus::Active;
    a.startDate = start;
    a.budgets.push_back({ start, weeklyBudget });
    if (!weeklyContribution.isZero()) {
        a.contributionKind = ContributionKind::Fixed;
        a.weeklyContribution = weeklyContribution;
    }
    return addAgreementVersion(*file, a);
}

Money gbp(const char16_t *text)
{
    return Money::parse(QStringView(text));
}
