// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "core/generator/Generator.h"

#include "core/generator/GeneratorModel.h"
#include "core/import/ImportBatches.h"
#include "core/storage/AuditLog.h"
#include "core/storage/ProviderFile.h"
#include "core/storage/ReferenceStore.h"
#include "core/storage/Sql.h"
#include "core/time/Clock.h"
#include "core/util/Errors.h"

namespace isf {

GeneratorSummary generateProvider(const ProviderFile &file, const GeneratorOptions &options)
{
    if (options.people < 1 || options.people > 20000)
        throw InputError(
            QStringLiteral("--people must be from 1 to 20,000, not %1").arg(options.people));
    if (options.years < 1 || options.years > 10)
        throw InputError(QStringLiteral("--years must be from 1 to 10, not %1").arg(options.years));
    const QSqlDatabase db = file.database();
    if (scalar(db, QStringLiteral("SELECT count(*) FROM people"), {}, "check the file").toLongLong()
        > 0)
        throw InputError(
            QStringLiteral("%1 already has people; generate into a new file.").arg(file.path()));

    GeneratorSummary summary;
    const QDate today = options.today.isValid() ? options.today : file.clock().today();
    const QDate firstDay = today.addYears(-options.years).addDays(1);
    summary.firstDay = firstDay;
    summary.lastDay = today;

    // One transaction on a new file: a big page cache and the journal in memory while it
    // runs, the ledger's secondary indexes built once at the end (see ImportBatches.h).
    const BulkWriteCache cache(file, 128);
    NewFileJournal journal(file);
    WriteTransaction txn(db);
    DeferredIndexes indexes(file);
    demo::Rng rng(demo::mixSeed(options.seed, 0));
    Provider provider = loadProvider(file);
    provider.address = QStringLiteral("Unit 4, Riverside Business Park\nPreston\nPR1 8BD");
    provider.phone = QStringLiteral("01772 555014");
    provider.email = QStringLiteral("finance@provider.example");
    saveProvider(file, provider);
    const std::vector<Id> councils = demo::addCouncils(file);
    summary.councils = int(councils.size());
    const demo::Register suppliers = demo::addSuppliers(file, rng, options.people, today);
    summary.suppliers = suppliers.count;
    std::vector<demo::PersonModel> people
        = demo::addPeople(file, options, councils, suppliers, firstDay, today, summary);
    demo::postLedger(file, people, suppliers, firstDay, today, summary);
    indexes.rebuild();
    audit(file, QStringLiteral("generate"), QStringLiteral("provider"), 1,
        QStringLiteral("Demo data: %1 people, %2 years, seed %3, %4 transactions")
            .arg(options.people)
            .arg(options.years)
            .arg(options.seed)
            .arg(summary.transactions));
    txn.commit();
    journal.restore();
    return summary;
}

} // namespace isf
