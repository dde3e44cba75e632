// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
// Golden cases: each folder of cases/ holds a council policy, people with agreements, a
// ledger and the alerts expected at an as-of date (hand-worked, see docs/rules.md).
//   policy.csv    parameter,value   (preset, as_of, and any policy parameter)
//   people.csv    person_ref,start_date,weekly_budget,weekly_contribution,
//                 contribution_percent,review_date,end_date
//   ledger.csv    person_ref,date,type,amount,category,supplier,reference
//   expected.csv  person_ref,rule,since,amount   (amount blank for rules without one)
#include "core/csv/CsvReader.h"
#include "core/ledger/Ledger.h"
#include "core/rules/alerts/Alerts.h"
#include "core/storage/AgreementStore.h"
#include "core/storage/ReferenceStore.h"
#include "core/time/Dates.h"
#include "tests/support/Fixtures.h"
#include "tests/support/catch.h"

#include <QDir>
#include <QFile>

using namespace isf;

namespace {

const QString kCases = QStringLiteral(ISF_SOURCE_DIR "/tests/core_rules_golden/cases");

QString amountText(const Alert &a)
{
    switch (a.unit) {
    case AlertUnit::Money:
        return a.money().plain();
    case AlertUnit::Hours:
        return a.hours().toString();
    case AlertUnit::None:
        break;
    }
    return QString();
}

QStringList runCase(const QString &dir)
{
    TestFile t;
    const CsvTable policy = CsvTable::load(dir + QStringLiteral("/policy.csv"));
    Council council;
    council.name = QStringLiteral("Golden Council");
    QDate asOf;
    for (qsizetype i = 0; i < policy.rowCount(); ++i) {
        const CsvRow row = policy.row(i);
        const QString parameter = row.text(u"parameter");
        if (parameter == u"preset")
            council.policy = Policy::fromPreset(row.text(u"value"));
    }
    for (qsizetype i = 0; i < policy.rowCount(); ++i) {
        const CsvRow row = policy.row(i);
        const QString parameter = row.text(u"parameter");
        if (parameter == u"as_of")
            asOf = parseDate(row.text(u"value"));
        else if (parameter != u"preset")
            council.policy.set(parameter, row.text(u"value"));
    }
    REQUIRE(asOf.isValid());
    const Id councilId = saveCouncil(*t, council);

    QHash<QString, Id> people;
    const CsvTable peopleCsv = CsvTable::load(dir + QStringLiteral("/people.csv"));
    for (qsizetype i = 0; i < peopleCsv.rowCount(); ++i) {
        const CsvRow row = peopleCsv.row(i);
        const QString ref = row.text(u"person_ref");
        const Id id = t.addPerson(ref, councilId);
        people.insert(ref, id);
        Agreement a;
        a.personId = id;
        a.status = AgreementStatus::Active;
        a.startDate = parseDate(row.text(u"start_date"));
        a.budgets.push_back({ a.startDate, Money::parse(row.text(u"weekly_budget")) });
        if (!row.isBlank(u"weekly_contribution")) {
            a.contributionKind = ContributionKind::Fixed;
            a.weeklyContribution = Money::parse(row.text(u"weekly_contribution"));
        } else if (!row.isBlank(u"contribution_percent")) {
            a.contributionKind = ContributionKind::Percent;
            // "12.5" -> 1250 basis points: the same digits as pence.
            a.contributionPercentBp = int(Money::parse(row.text(u"contribution_percent")).pence());
        }
        if (!row.isBlank(u"review_date"))
            a.reviewDate = parseDate(row.text(u"review_date"));
        if (!row.isBlank(u"end_date"))
            a.endDate = parseDate(row.text(u"end_date"));
        addAgreementVersion(*t, a);
    }

    const CsvTable ledgerCsv = CsvTable::load(dir + QStringLiteral("/ledger.csv"));
    Ledger ledger(*t);
    for (qsizetype i = 0; i < ledgerCsv.rowCount(); ++i) {
        const CsvRow row = ledgerCsv.row(i);
        NewEntry e;
        e.kind = parseTxnKind(row.text(u"type"));
        e.personId = people.value(row.text(u"person_ref"));
        e.date = parseDate(row.text(u"date"));
        e.amount = Money::parse(row.text(u"amount"));
        e.reference = row.text(u"reference");
        if (!row.isBlank(u"category"))
            e.categoryId = findCategory(*t, row.text(u"category"))->id;
        if (!row.isBlank(u"supplier")) {
            const QString name = row.text(u"supplier");
            if (const auto s = findSupplier(*t, name)) {
                e.supplierId = s->id;
            } else {
                Supplier s2;
                s2.name = name;
                e.supplierId = saveSupplier(*t, s2);
            }
        }
        INFO(dir.toStdString() << " ledger line " << row.line());
        ledger.post(e);
    }

    QStringList actual;
    for (const Alert &a : computeAlerts(*t, asOf))
        actual << QStringLiteral("%1,%2,%3,%4")
                      .arg(a.personRef, a.rule, isoDate(a.since), amountText(a));
    return actual;
}

QStringList expectedOf(const QString &dir)
{
    const CsvTable expected = CsvTable::load(dir + QStringLiteral("/expected.csv"));
    QStringList out;
    for (qsizetype i = 0; i < expected.rowCount(); ++i) {
        const CsvRow row = expected.row(i);
        out << QStringLiteral("%1,%2,%3,%4")
                   .arg(row.text(u"person_ref"), row.text(u"rule"), row.text(u"since"),
                       row.text(u"amount"));
    }
    return out;
}

} // namespace

TEST_CASE("golden cases: the alerts of each case are exactly the expected ones")
{
    QStringList cases;
    // Calculator cases (and others) live beside these with files of their own.
    for (const QString &name :
        QDir(kCases).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
        if (QFile::exists(kCases + u'/' + name + QStringLiteral("/people.csv")))
            cases << name;
    REQUIRE(cases.size() >= 3);
    for (const QString &name : cases) {
        const QString dir = kCases + u'/' + name;
        INFO("case " << name.toStdString());
        const QStringList actual = runCase(dir);
        const QStringList expected = expectedOf(dir);
        CHECK(actual.join(u'\n') == expected.join(u'\n'));
    }
}
