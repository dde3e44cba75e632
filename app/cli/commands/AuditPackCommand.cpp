// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
// isf audit-pack and isf verify-pack: the council's annual evidence, and its check.
#ifdef ISF_HAVE_REPORTS
#include "app/cli/Cli.h"
#include "app/cli/OpenFile.h"
#include "core/integrity/SigningKey.h"
#include "core/storage/PersonStore.h"
#include "core/storage/ProviderFile.h"
#include "core/storage/ReferenceStore.h"
#include "core/util/Errors.h"
#include "reports/pack/AuditPack.h"
#include "reports/pack/PackVerifier.h"

#include <QFile>
#include <QFileInfo>

namespace isf::cli {
namespace {

QString readPassword(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw InputError(QStringLiteral("--password-file: cannot read %1").arg(path));
    const QString password = QString::fromUtf8(f.readLine()).trimmed();
    if (password.isEmpty())
        throw InputError(
            QStringLiteral("--password-file: %1 is empty; its first line is the password")
                .arg(path));
    return password;
}

int auditPack(Context &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The provider file."));
    const QCommandLineOption council(QStringLiteral("council"),
        QStringLiteral("The council the pack is for (required)."), QStringLiteral("NAME"));
    const QCommandLineOption year(QStringLiteral("year"),
        QStringLiteral("Financial year by its first year: 2025 is 1 April 2025 to 31 March 2026."),
        QStringLiteral("YYYY"));
    const QCommandLineOption from(QStringLiteral("from"),
        QStringLiteral("First day, instead of --year."), QStringLiteral("DATE"));
    const QCommandLineOption to(QStringLiteral("to"),
        QStringLiteral("Last day, instead of --year."), QStringLiteral("DATE"));
    const QCommandLineOption person(
        QStringLiteral("person"), QStringLiteral("Only this person."), QStringLiteral("REF"));
    const QCommandLineOption out(QStringLiteral("out"),
        QStringLiteral("The zip archive to write (required)."), QStringLiteral("PACK.zip"));
    const QCommandLineOption passwordFile(QStringLiteral("password-file"),
        QStringLiteral("Encrypt with AES-256 using the password on this file's first line."),
        QStringLiteral("FILE"));
    for (const auto &o : { council, year, from, to, person, out, passwordFile })
        parser.addOption(o);
    if (!ctx.parse(parser,
            QStringLiteral(
                "Write a council's audit pack for a financial year or period: statements, "
                "ledgers, agreements, receipts, summary, exceptions, reconciliation and a "
                "manifest of SHA-256 hashes, in one zip archive.")))
        return ctx.exitStatus();
    if (parser.positionalArguments().size() != 1)
        return ctx.usage(QStringLiteral("give exactly one FILE"));
    if (!parser.isSet(council) || !parser.isSet(out))
        return ctx.usage(QStringLiteral("--council and --out are required"));
    if (parser.isSet(year) == (parser.isSet(from) || parser.isSet(to)))
        return ctx.usage(QStringLiteral("give either --year, or --from and --to"));
    reports::AuditPackOptions options;
    if (parser.isSet(year)) {
        bool ok = false;
        const int y = parser.value(year).toInt(&ok);
        if (!ok || y < 1990 || y > 2200)
            return ctx.usage(QStringLiteral("--year must be a year such as 2025, not \"%1\"")
                                 .arg(parser.value(year)));
        options.scope.period = financialYear(y);
    } else {
        if (!parser.isSet(from) || !parser.isSet(to))
            return ctx.usage(QStringLiteral("--from and --to go together"));
        options.scope.period = { ctx.dateOption(parser, QStringLiteral("from")),
            ctx.dateOption(parser, QStringLiteral("to")) };
        if (!options.scope.period.isValid())
            return ctx.usage(QStringLiteral("--to is before --from"));
    }
    // A pack records the signed checkpoint it carries in the file, so that verify can
    // later prove the file still holds what the council was sent; a file the user may
    // only read (a read-only share) still gives a pack, whose checkpoint is then kept in
    // the pack alone.
    const QString path = parser.positionalArguments().constFirst();
    const QFileInfo info(path);
    const bool writable = info.isWritable() && QFileInfo(info.absolutePath()).isWritable();
    const auto file = writable ? openWithoutBackup(ctx, path) : openForReading(ctx, path);
    const auto found = findCouncil(*file, parser.value(council));
    if (!found) {
        QStringList names;
        for (const Council &c : listCouncils(*file))
            names << c.name;
        throw InputError(QStringLiteral("--council: no council named \"%1\"; the councils are: %2")
                             .arg(parser.value(council), names.join(QStringLiteral(", "))));
    }
    options.scope.councilId = found->id;
    options.scope.councilName = found->name;
    if (parser.isSet(person)) {
        const Person p = requirePerson(*file, parser.value(person));
        if (p.councilId != found->id)
            throw InputError(QStringLiteral("--person: %1 is funded by %2, not %3")
                                 .arg(p.ref, p.councilName, found->name));
        options.scope.personId = p.id;
    }
    options.outputPath = parser.value(out);
    if (parser.isSet(passwordFile))
        options.password = readPassword(parser.value(passwordFile));
    int lastShown = -1;
    options.progress = [&](int done, int total, const QString &what) {
        const int percent = total ? done * 100 / total : 100;
        if (percent / 10 != lastShown / 10 || done == total) {
            ctx.err() << "  " << percent << "% " << what << '\n';
            ctx.err().flush();
            lastShown = percent;
        }
        return true;
    };
    const reports::AuditPackResult r = reports::writeAuditPack(*file, options);
    ctx.out() << "Wrote " << r.path << ": " << r.people << " people, " << r.files << " files, "
              << r.bytes << " bytes" << (options.password.isEmpty() ? "" : ", encrypted (AES-256)")
              << ".\n"
              << "manifest.json SHA-256: " << r.manifestSha256 << "\n"
              << "Signed with the provider key " << r.signingFingerprint << ".\n"
              << "Send this hash to the council separately so it can check the pack with 'isf "
                 "verify-pack --fingerprint "
              << r.signingFingerprint << "'.\n";
    return Ok;
}

int verifyPack(Context &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("PACK"), QStringLiteral("The audit pack (zip)."));
    const QCommandLineOption passwordFile(QStringLiteral("password-file"),
        QStringLiteral("The password on this file's first line."), QStringLiteral("FILE"));
    const QCommandLineOption publicKey(QStringLiteral("public-key"),
        QStringLiteral("The provider's public key file (from isf key export): the pack must be "
                       "signed with it."),
        QStringLiteral("PUB"));
    const QCommandLineOption fingerprintOption(QStringLiteral("fingerprint"),
        QStringLiteral("The provider's key fingerprint, as registered: the pack must be signed "
                       "with that key."),
        QStringLiteral("FP"));
    parser.addOption(passwordFile);
    parser.addOption(publicKey);
    parser.addOption(fingerprintOption);
    if (!ctx.parse(parser,
            QStringLiteral(
                "Check an audit pack: every file against the manifest's SHA-256, the "
                "summary's figures against the ledgers in the pack, the archive comment, and "
                "(with --public-key or --fingerprint) that the provider signed it.")))
        return ctx.exitStatus();
    if (parser.positionalArguments().size() != 1)
        return ctx.usage(QStringLiteral("give exactly one PACK"));
    const QString password
        = parser.isSet(passwordFile) ? readPassword(parser.value(passwordFile)) : QString();
    reports::PackKey key;
    key.fingerprint = parser.value(fingerprintOption);
    if (parser.isSet(publicKey)) {
        QFile f(parser.value(publicKey));
        if (!f.open(QIODevice::ReadOnly))
            throw InputError(
                QStringLiteral("--public-key: cannot read %1").arg(parser.value(publicKey)));
        key.publicKey = parsePublicKeyText(f.readAll());
    }
    const reports::PackVerifyReport report
        = reports::verifyPack(parser.positionalArguments().constFirst(), password, key);
    for (const QString &line : report.passed)
        ctx.out() << "ok       " << line << '\n';
    for (const QString &line : report.problems)
        ctx.out() << "PROBLEM  " << line << '\n';
    if (!key.given())
        ctx.out() << "note     Authenticity was not checked: without the provider's key, a pack "
                     "rebuilt and re-signed by someone else would pass. Give --public-key or "
                     "--fingerprint.\n";
    ctx.out().flush();
    if (!report.ok()) {
        ctx.err() << "isf verify-pack: the pack does not match; the first file that differs is "
                  << report.firstBadFile << ".\n";
        return CheckFailed;
    }
    return Ok;
}

const bool registeredPack = Registry::add({ QStringLiteral("audit-pack"),
    QStringLiteral("Write a council's audit pack (zip) for a year or period."), true, auditPack });
const bool registeredVerify = Registry::add({ QStringLiteral("verify-pack"),
    QStringLiteral("Check an audit pack against its manifest and ledgers."), false, verifyPack });

} // namespace
} // namespace isf::cli
#endif
