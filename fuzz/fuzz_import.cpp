// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
// Every import kind (ISF_FUZZ_KIND, default transactions) against a real provider file
// holding a council, a person and a supplier: any bytes import or are refused, without a
// crash or a sanitizer report. Each run is rolled back, so runs do not pile up, and the
// file's row counts are the same after every run.
#include "core/import/Importer.h"
#include "core/storage/ProviderFile.h"
#include "core/storage/Sql.h"
#include "core/time/Clock.h"
#include "core/util/Errors.h"
#include "fuzz/FuzzSupport.h"

#include <QDir>
#include <QFile>
#include <QTimeZone>

#include <cstdint>
#include <memory>

using namespace isf;

namespace {

struct Target {
    FixedClock clock { QDateTime(QDate(2026, 11, 28), QTime(12, 0), QTimeZone::utc()) };
    std::unique_ptr<ProviderFile> file;
    QString kind;
};

Target &target()
{
    static Target *t = [] {
        fuzz::ensureApp();
        auto *made = new Target;
        made->kind = qEnvironmentVariable("ISF_FUZZ_KIND", QStringLiteral("transactions"));
        const QString path = QDir::tempPath()
            + QStringLiteral("/isf-fuzz-%1-%2.isf")
                  .arg(made->kind)
                  .arg(QCoreApplication::applicationPid());
        for (const char *suffix : { "", "-wal", "-shm" })
            QFile::remove(path + QLatin1String(suffix));
        made->file = std::make_unique<ProviderFile>(ProviderFile::create(
            path, QStringLiteral("Fuzz Ltd"), QStringLiteral("fuzz"), made->clock));
        // Something for rows to refer to: a council, a person with an agreement, a supplier.
        const QByteArray setup[][2] = {
            { "councils", "council,preset\nLancashire County Council,lancashire\n" },
            { "people",
                "person_ref,given_name,family_name,council,council_ref\nP0001,Alex,Taylor,"
                "Lancashire County Council,LCC-1\n" },
            { "suppliers", "name,kind\nAcme Care,care_provider\n" },
        };
        for (const auto &s : setup) {
            try {
                importCsv(
                    *made->file, QString::fromLatin1(s[0]), s[1], QStringLiteral("setup.csv"));
            } catch (const Error &) { }
        }
        return made;
    }();
    return *t;
}

qint64 rows(const ProviderFile &file)
{
    return scalar(file.database(),
        QStringLiteral("SELECT (SELECT count(*) FROM transactions) + (SELECT count(*) FROM people) "
                       "+ (SELECT count(*) FROM agreements) + (SELECT count(*) FROM suppliers) + "
                       "(SELECT count(*) FROM councils) + (SELECT count(*) FROM import_batches)"),
        {}, "count")
        .toLongLong();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    Target &t = target();
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const qint64 before = rows(*t.file);
    {
        WriteTransaction outer(t.file->database()); // never committed: every run rolls back
        try {
            importCsv(*t.file, t.kind, bytes, QStringLiteral("fuzz.csv"), ImportOptions { 64 });
        } catch (const InputError &) {
            // Refused: inside the outer transaction nothing may have been kept either.
        } catch (const StorageError &) { }
    }
    if (rows(*t.file) != before)
        fuzz::wrong();
    return 0;
}
