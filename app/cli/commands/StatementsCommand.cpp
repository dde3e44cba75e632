// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "app/cli/Cli.h"
#include "core/statements/StatementData.h"
#include "core/statements/StatementPeriods.h"
#include "core/statements/StatementsIssued.h"
#include "core/storage/ProviderFile.h"
#include "core/storage/Sql.h"
#include "core/time/Clock.h"
#include "core/time/Dates.h"
#include "core/util/Errors.h"
#include "reports/documents/Statements.h"
#include "reports/layout/Renderer.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QSaveFile>

#include <atomic>
#include <mutex>
#include <thread>

namespace isf::cli {
namespace {

// One person's statements: the periods to print and, once printed, what to record.
struct Job {
    Id personId = 0;
    QString ref;
    std::vector<Period> periods;
};

struct Printed {
    Id personId = 0;
    QString ref;
    Period period;
    Money closing;
    QByteArray sha256;
    QString path;
};

struct Shared {
    QString filePath, userName, dir;
    const Clock *clock = nullptr;
    bool easyRead = false, draft = false;
    const std::vector<Job> *jobs = nullptr;
    std::atomic<std::size_t> next { 0 };
    std::atomic<int> done { 0 };
    int total = 0;
    std::mutex mutex; // guards what follows
    std::vector<Printed> printed;
    QStringList errors;
    QTextStream *err = nullptr;
    int reported = 0;
};

QString fileNameOf(const QString &ref, const Period &period)
{
    QString safe = ref;
    for (QChar &c : safe)
        if (!c.isLetterOrNumber() && c != u'-' && c != u'_')
            c = u'_';
    return QStringLiteral("%1-%2.pdf").arg(safe, isoDate(period.last));
}

void work(Shared &s)
{
    try {
        // A connection belongs to the thread that opened it: each worker has its own.
        const ProviderFile file = ProviderFile::open(s.filePath, s.userName, *s.clock);
        StatementBuilder builder(file);
        builder.preloadAgreements();
        for (;;) {
            const std::size_t i = s.next.fetch_add(1);
            if (i >= s.jobs->size())
                break;
            const Job &job = (*s.jobs)[i];
            std::vector<Printed> mine;
            QString error;
            try {
                for (const StatementData &data : builder.build(job.personId, job.periods)) {
                    reports::Document doc = s.easyRead ? reports::easyReadStatementDocument(data)
                                                       : reports::statementDocument(data);
                    if (s.draft)
                        doc.footerNote = QStringLiteral("DRAFT: not issued");
                    const QByteArray pdf = reports::pdfBytes(doc);
                    Printed p { job.personId, job.ref, data.period, data.closing,
                        QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex(),
                        QDir(s.dir).filePath(fileNameOf(job.ref, data.period)) };
                    QSaveFile out(p.path);
                    if (!out.open(QIODevice::WriteOnly) || out.write(pdf) != pdf.size()
                        || !out.commit())
                        throw Error(
                            QStringLiteral("cannot write %1: %2").arg(p.path, out.errorString()));
                    mine.push_back(std::move(p));
                }
            } catch (const Error &e) {
                error = job.ref + QStringLiteral(": ") + e.message();
            }
            const int done = s.done.fetch_add(int(job.periods.size())) + int(job.periods.size());
            std::lock_guard lock(s.mutex);
            for (Printed &p : mine)
                s.printed.push_back(std::move(p));
            if (!error.isEmpty())
                s.errors << error;
            // Progress about every 2%, and at the end.
            if (done == s.total || done - s.reported >= std::max(1, s.total / 50)) {
                s.reported = done;
                *s.err << "Statements: " << done << " of " << s.total << " (" << job.ref << ")\n";
                s.err->flush();
            }
        }
    } catch (const Error &e) {
        std::lock_guard lock(s.mutex);
        s.errors << e.message();
    }
}

int run(Context &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The provider file."));
    parser.addOption({ QStringLiteral("period-ending"),
        QStringLiteral("Print for every person whose statement period ends on this day "
                       "(required)."),
        QStringLiteral("DATE") });
    parser.addOption({ QStringLiteral("from"),
        QStringLiteral("Print every period that ends from this day to --period-ending (for "
                       "example a whole financial year)."),
        QStringLiteral("DATE") });
    parser.addOption({ QStringLiteral("out"),
        QStringLiteral("The folder for the PDFs, one per statement named REF-DATE.pdf "
                       "(required; made if missing)."),
        QStringLiteral("DIR") });
    parser.addOption({ QStringLiteral("easy-read"), QStringLiteral("Easy-read statements.") });
    parser.addOption({ QStringLiteral("draft"),
        QStringLiteral("Marked as drafts and not recorded as issued: the periods stay open.") });
    parser.addOption({ QStringLiteral("threads"),
        QStringLiteral("Worker threads (default: one per core)."), QStringLiteral("N") });
    if (!ctx.parse(parser,
            QStringLiteral("Write the statements of every person whose statement period ends on "
                           "a day (or within --from .. --period-ending), one PDF each, on all "
                           "cores. Progress goes to standard error. Unless --draft, they are "
                           "recorded as issued in one transaction at the end.")))
        return ctx.exitStatus();
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return ctx.usage(QStringLiteral("give exactly one FILE"));
    if (!parser.isSet(QStringLiteral("period-ending")))
        return ctx.usage(QStringLiteral("--period-ending is required"));
    if (!parser.isSet(QStringLiteral("out")))
        return ctx.usage(QStringLiteral("--out is required"));
    const QDate last = ctx.dateOption(parser, QStringLiteral("period-ending"));
    const QDate first = ctx.dateOption(parser, QStringLiteral("from"), last);
    if (first > last)
        return ctx.usage(QStringLiteral("--from is after --period-ending"));
    const bool draft = parser.isSet(QStringLiteral("draft"));
    if (!draft && last > ctx.clock().today())
        return ctx.usage(QStringLiteral("%1 is after today: only --draft statements can be "
                                        "printed before their period is over")
                             .arg(isoDate(last)));
    int threads = int(std::max(1u, std::thread::hardware_concurrency()));
    if (parser.isSet(QStringLiteral("threads"))) {
        bool ok = false;
        threads = parser.value(QStringLiteral("threads")).toInt(&ok);
        if (!ok || threads < 1 || threads > 64)
            return ctx.usage(QStringLiteral("--threads must be a whole number from 1 to 64"));
    }
    const QString dir = parser.value(QStringLiteral("out"));
    if (!QDir().mkpath(dir))
        throw Error(QStringLiteral("Cannot make the folder %1.").arg(dir));

    QElapsedTimer timer;
    timer.start();
    const auto file = ctx.open(args[0]);
    std::vector<Job> jobs;
    int total = 0;
    for (const StatementDue &due : statementsDueWithin(*file, Period { first, last })) {
        if (jobs.empty() || jobs.back().personId != due.personId)
            jobs.push_back({ due.personId, due.ref, {} });
        jobs.back().periods.push_back(due.period);
        ++total;
    }
    if (jobs.empty()) {
        ctx.out() << "No statement period ends "
                  << (first == last
                             ? QStringLiteral("on %1").arg(isoDate(last))
                             : QStringLiteral("from %1 to %2").arg(isoDate(first), isoDate(last)))
                  << ": nothing to print.\n";
        return Ok;
    }

    Shared s;
    s.filePath = args[0];
    s.userName = ctx.userName();
    s.dir = dir;
    s.clock = &ctx.clock();
    s.easyRead = parser.isSet(QStringLiteral("easy-read"));
    s.draft = draft;
    s.jobs = &jobs;
    s.total = total;
    s.err = &ctx.err();
    threads = std::min<int>(threads, int(jobs.size()));
    {
        std::vector<std::thread> workers;
        for (int i = 0; i < threads; ++i)
            workers.emplace_back([&s] { work(s); });
        for (std::thread &t : workers)
            t.join();
    }
    std::sort(s.printed.begin(), s.printed.end(), [](const Printed &a, const Printed &b) {
        return std::tie(a.ref, a.period.last) < std::tie(b.ref, b.period.last);
    });
    if (!draft && !s.printed.empty()) {
        // All or nothing: one transaction records every statement printed.
        WriteTransaction txn(file->database());
        for (const Printed &p : s.printed)
            recordStatementIssued(
                *file, p.personId, p.period, p.closing, QString::fromLatin1(p.sha256), s.easyRead);
        txn.commit();
    }
    const double seconds = double(timer.elapsed()) / 1000.0;
    ctx.out() << "Wrote " << s.printed.size() << " of " << total
              << (s.easyRead ? " easy-read statements" : " statements") << " for " << jobs.size()
              << " people to " << dir << " in " << QString::number(seconds, 'f', 1) << " s ("
              << threads << (threads == 1 ? " thread" : " threads") << ").\n";
    if (draft)
        ctx.out() << "Drafts: not recorded as issued.\n";
    else if (!s.printed.empty())
        ctx.out() << "Issued: their periods are now closed for new entries.\n";
    if (!s.errors.isEmpty()) {
        for (const QString &e : s.errors)
            ctx.err() << "isf statements: " << e << '\n';
        return Failed;
    }
    return Ok;
}

const bool registered = Registry::add({ QStringLiteral("statements"),
    QStringLiteral("Every statement due on a day (or in a range), one PDF each, on all cores."),
    true, run });

} // namespace
} // namespace isf::cli
