// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
// The demo generator: same seed, same content; realistic shape; nothing after today.
#include "core/generator/Generator.h"

#include "core/export/Exporter.h"
#include "core/ledger/LedgerQueries.h"
#include "core/ledger/Verify.h"
#include "core/storage/AgreementStore.h"
#include "core/storage/PersonStore.h"
#include "core/storage/ReferenceStore.h"
#include "core/util/Errors.h"
#include "tests/core_import/ImportSupport.h"

#include <QBuffer>
#include <QCryptographicHash>

using namespace isf;

namespace {

QByteArray exported(TestFile &t, const char *kind)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    exportRecords(*t, QString::fromLatin1(kind), ExportFormat::Csv, buffer);
    return buffer.data();
}

GeneratorOptions options(int people, int years, quint64 seed)
{
    GeneratorOptions o;
    o.people = people;
    o.years = years;
    o.seed = seed;
    return o;
}

} // namespace

TEST_CASE("the same seed gives the same provider, byte for byte; another seed another")
{
    TestFile a, b, c;
    const GeneratorSummary sa = generateProvider(*a, options(15, 2, 42));
    const GeneratorSummary sb = generateProvider(*b, options(15, 2, 42));
    generateProvider(*c, options(15, 2, 43));
    CHECK(sa.transactions == sb.transactions);
    for (const char *kind : { "councils", "suppliers", "people", "agreements", "transactions" }) {
        INFO(kind);
        CHECK(exported(a, kind) == exported(b, kind));
    }
    CHECK(exported(a, "transactions") != exported(c, "transactions"));
    const VerifyReport ra = verifyFile(*a), rb = verifyFile(*b);
    CHECK(ra.ok());
    CHECK(ra.chainHead == rb.chainHead);
    CHECK(ra.chainHead != verifyFile(*c).chainHead);
    CHECK(ra.transactions == sa.transactions);
}

TEST_CASE("a generated provider looks like a real one")
{
    TestFile t;
    const GeneratorSummary s = generateProvider(*t, options(80, 3, 7));
    CHECK(s.firstDay == QDate(2023, 11, 29));
    CHECK(s.lastDay == QDate(2026, 11, 28));
    CHECK(s.people == 80);
    CHECK(s.councils == 4);
    CHECK(verifyFile(*t).ok());

    // Nothing after today; something on most days.
    CHECK(
        scalar(t.file->database(), QStringLiteral("SELECT max(txn_date) FROM transactions"), {}, "")
            .toString()
        <= QStringLiteral("2026-11-28"));
    CHECK(
        scalar(t.file->database(), QStringLiteral("SELECT min(txn_date) FROM transactions"), {}, "")
            .toString()
        >= QStringLiteral("2023-11-29"));

    // Councils of each preset; suppliers of every kind, some insurance lapsed.
    QStringList presets;
    for (const Council &c : listCouncils(*t))
        presets << c.policy.preset;
    presets.sort();
    CHECK(presets.join(u',') == u"custom,dorset,dorset,lancashire");
    QSet<SupplierKind> kinds;
    int lapsed = 0;
    for (const Supplier &supplier : listSuppliers(*t)) {
        kinds.insert(supplier.kind);
        if (supplier.insuranceExpiresOn.isValid()
            && supplier.insuranceExpiresOn < QDate(2026, 11, 28))
            ++lapsed;
        if (supplier.kind == SupplierKind::CareProvider)
            CHECK(supplier.cqcNumber.startsWith(QStringLiteral("1-")));
    }
    CHECK(kinds.size() == 7);
    CHECK(lapsed > 0);

    // Budgets within £300-£2,000 with a mean near Lancashire's £944; both kinds of
    // contribution; budget changes and uplifts as versions; a few ended.
    qint64 total = 0;
    int fixed = 0, percent = 0, uplifts = 0, ended = 0;
    const std::vector<Agreement> current = currentAgreements(*t);
    for (const Agreement &a : current) {
        const Money weekly = a.budgets.front().weekly;
        CHECK(weekly >= gbp(u"300.00"));
        CHECK(weekly <= gbp(u"2000.00"));
        total += weekly.pence();
        fixed += a.contributionKind == ContributionKind::Fixed;
        percent += a.contributionKind == ContributionKind::Percent;
        uplifts += !a.uplifts.empty();
        ended += a.status == AgreementStatus::Ended;
        CHECK_FALSE(a.plan.empty());
    }
    const qint64 mean = total / qint64(current.size());
    CHECK(mean > 75000);
    CHECK(mean < 110000);
    CHECK(fixed > 0);
    CHECK(percent > 0);
    CHECK(uplifts > 0);
    CHECK(ended > 0);
    CHECK(s.agreementVersions > 80);
    CHECK(s.reversals > 0);

    // Every kind of entry, and the money adds up: the bank equals the funds.
    QStringList types;
    SqlQuery q(
        t.file->database(), QStringLiteral("SELECT DISTINCT kind FROM transactions ORDER BY kind"));
    q.exec("read");
    while (q.next())
        types << q.text(0);
    CHECK(types.join(u',')
        == u"contribution,council_payment,expense,opening_balance,return_to_council,reversal");
    const BankReconciliation rec = bankAgainstFunds(*t, QDate(2026, 11, 28));
    CHECK(rec.difference() == Money());
    CHECK(rec.bankBalance > Money());
}

TEST_CASE("the generator refuses options out of range and a file that already has people")
{
    TestFile t;
    try {
        generateProvider(*t, options(0, 2, 1));
        FAIL("0 people accepted");
    } catch (const InputError &e) {
        CHECK(e.message() == u"--people must be from 1 to 20,000, not 0");
    }
    try {
        generateProvider(*t, options(5, 11, 1));
        FAIL("11 years accepted");
    } catch (const InputError &e) {
        CHECK(e.message() == u"--years must be from 1 to 10, not 11");
    }
    generateProvider(*t, options(3, 1, 1));
    try {
        generateProvider(*t, options(3, 1, 1));
        FAIL("generated twice into one file");
    } catch (const InputError &e) {
        CHECK(
            e.message().endsWith(QStringLiteral("already has people; generate into a new file.")));
    }
}
