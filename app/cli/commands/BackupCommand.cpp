// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
// isf backup and isf restore: verified copies of a provider file, and putting one back.
#include "app/cli/Cli.h"
#include "app/cli/OpenFile.h"
#include "core/storage/Backups.h"
#include "core/storage/ProviderFile.h"

#include <QDir>

namespace isf::cli {
namespace {

int backup(Context &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The provider file."));
    const QCommandLineOption out(QStringLiteral("out"),
        QStringLiteral("Write the backup here (default: the FILE.backups folder beside FILE)."),
        QStringLiteral("PATH"));
    const QCommandLineOption list(
        QStringLiteral("list"), QStringLiteral("List FILE's backups, newest first, and stop."));
    const QCommandLineOption rotation(QStringLiteral("rotation"),
        QStringLiteral("Set how many automatic backups to keep: daily,weekly,monthly (default "
                       "7,4,12)."),
        QStringLiteral("D,W,M"));
    for (const auto &o : { out, list, rotation })
        parser.addOption(o);
    if (!ctx.parse(parser,
            QStringLiteral("Make a verified backup copy of a provider file (a consistent "
                           "snapshot, checked before it is kept, readable by you only). ISF "
                           "Desk also makes one on the first open of each day and before every "
                           "upgrade of the file format.")))
        return ctx.exitStatus();
    if (parser.positionalArguments().size() != 1)
        return ctx.usage(QStringLiteral("give exactly one FILE"));
    const QString path = parser.positionalArguments().constFirst();
    if (parser.isSet(list)) {
        const auto backups = listBackups(path);
        if (backups.empty())
            ctx.out() << "No backups in " << QDir::toNativeSeparators(backupFolderFor(path))
                      << ".\n";
        for (const BackupEntry &b : backups)
            ctx.out() << b.made.toString(QStringLiteral("yyyy-MM-dd HH:mm")) << "  "
                      << b.reason.leftJustified(15) << ' ' << QDir::toNativeSeparators(b.path)
                      << '\n';
        return Ok;
    }
    const auto file = openWithoutBackup(ctx, path);
    if (parser.isSet(rotation)) {
        setBackupRotation(*file, BackupRotation::parse(parser.value(rotation)));
        const int removed = rotateBackups(path, backupRotation(*file));
        ctx.out() << "Automatic backups of " << path << " now keep "
                  << backupRotation(*file).toString() << " (daily, weekly, monthly); " << removed
                  << " older backup(s) removed.\n";
        return Ok;
    }
    const QString made = backupNow(*file, parser.value(out));
    ctx.out() << "Backed up " << path << " to " << QDir::toNativeSeparators(made)
              << " (verified).\n";
    return Ok;
}

int restore(Context &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("BACKUP"), QStringLiteral("The backup copy."));
    parser.addPositionalArgument(
        QStringLiteral("FILE"), QStringLiteral("The provider file to put it in place of."));
    const QCommandLineOption force(QStringLiteral("force"),
        QStringLiteral("Replace FILE if it exists (it is kept in FILE.backups first)."));
    parser.addOption(force);
    if (!ctx.parse(parser,
            QStringLiteral("Put a backup in place of a provider file, after checking that the "
                           "backup is intact. Close the file in every window first.")))
        return ctx.exitStatus();
    if (parser.positionalArguments().size() != 2)
        return ctx.usage(QStringLiteral("give a BACKUP and a FILE"));
    const QString from = parser.positionalArguments().at(0);
    const QString to = parser.positionalArguments().at(1);
    const RestoreResult r = restoreBackup(from, to, parser.isSet(force), ctx.clock());
    ctx.out() << "Restored " << to << " from " << QDir::toNativeSeparators(r.restoredFrom) << ".\n";
    if (!r.savedCurrent.isEmpty())
        ctx.out() << "The file it replaced is kept as " << QDir::toNativeSeparators(r.savedCurrent)
                  << ".\n";
    return Ok;
}

const bool registeredBackup = Registry::add({ QStringLiteral("backup"),
    QStringLiteral("Make a verified backup of a provider file, or list its backups."), false,
    backup });
const bool registeredRestore = Registry::add({ QStringLiteral("restore"),
    QStringLiteral("Put a verified backup in place of a provider file."), false, restore });

} // namespace
} // namespace isf::cli
