// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
// Golden cases for East Renfrewshire's individual budget calculator: each folder of
// cases/ with a questionnaire.csv holds a questionnaire and its bands (imported as a
// person would, through `questionnaire` and `budget-bands`), people's answers, and the
// expected score, band and indicative range, or the expected refusal.
//   questionnaire.csv  council,version,question_no,question,answer,need,wellbeing,current_support
//   budget-bands.csv   council,version,min_score,max_score,weekly_from,weekly_to
//   answers.csv        person_ref,answers            ("1=b,2=a,...")
//   expected.csv person_ref,need,wellbeing,current_support,score,band,weekly_from,weekly_to,error
#include "core/assessment/Assessment.h"
#include "core/csv/CsvReader.h"
#include "core/import/Importer.h"
#include "core/storage/ReferenceStore.h"
#include "core/util/Errors.h"
#include "tests/support/Fixtures.h"
#include "tests/support/catch.h"

#include <QDir>
#include <QFile>

using namespace isf;

namespace {

const QString kCases = QStringLiteral(ISF_SOURCE_DIR "/tests/core_rules_golden/cases");

QStringList runCase(const QString &dir)
{
    TestFile t;
    const Id council
        = t.addCouncil(QStringLiteral("East Renfrewshire HSCP"), QStringLiteral("custom"));
    importCsvFile(*t, QStringLiteral("questionnaire"), dir + QStringLiteral("/questionnaire.csv"));
    importCsvFile(*t, QStringLiteral("budget-bands"), dir + QStringLiteral("/budget-bands.csv"));
    const CsvTable answers = CsvTable::load(dir + QStringLiteral("/answers.csv"));
    QStringList out;
    for (qsizetype i = 0; i < answers.rowCount(); ++i) {
        const CsvRow row = answers.row(i);
        const QString ref = row.text(u"person_ref");
        const Id person = t.addPerson(ref, council);
        try {
            const Assessment a
                = assessPerson(*t, person, parseAnswers(row.text(u"answers")), QDate(2026, 11, 2));
            const AssessmentScore &s = a.score;
            out << QStringLiteral("%1,%2,%3,%4,%5,%6-%7,%8,%9,")
                       .arg(ref)
                       .arg(s.need)
                       .arg(s.wellbeing)
                       .arg(s.currentSupport)
                       .arg(s.total())
                       .arg(s.band.minScore)
                       .arg(s.band.maxScore)
                       .arg(s.band.weeklyFrom.plain(), s.band.weeklyTo.plain());
        } catch (const InputError &e) {
            out << QStringLiteral("%1,,,,,,,,%2").arg(ref, e.message());
        }
    }
    return out;
}

QStringList expectedOf(const QString &dir)
{
    const CsvTable expected = CsvTable::load(dir + QStringLiteral("/expected.csv"));
    QStringList out;
    for (qsizetype i = 0; i < expected.rowCount(); ++i) {
        const CsvRow row = expected.row(i);
        QStringList cells;
        for (const char16_t *c : { u"person_ref", u"need", u"wellbeing", u"current_support",
                 u"score", u"band", u"weekly_from", u"weekly_to", u"error" })
            cells << row.text(c);
        out << cells.join(u',');
    }
    return out;
}

} // namespace

TEST_CASE("golden calculator cases: scores, bands and refusals are exactly the expected ones")
{
    int ran = 0;
    for (const QString &name :
        QDir(kCases).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const QString dir = kCases + u'/' + name;
        if (!QFile::exists(dir + QStringLiteral("/questionnaire.csv")))
            continue;
        INFO("case " << name.toStdString());
        CHECK(runCase(dir).join(u'\n') == expectedOf(dir).join(u'\n'));
        ++ran;
    }
    CHECK(ran >= 2);
}
