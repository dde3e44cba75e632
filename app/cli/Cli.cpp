// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "app/cli/Cli.h"

#include "app/cli/OpenFile.h"
#include "core/storage/Backups.h"
#include "core/storage/FileLocation.h"
#include "core/storage/ProviderFile.h"
#include "core/storage/ReadOnlyOpen.h"
#include "core/time/Clock.h"
#include "core/time/Dates.h"
#include "core/util/Errors.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstdio>
#include <map>

namespace isf::cli {
namespace {

std::map<QString, Command> &commands()
{
    static std::map<QString, Command> registry;
    return registry;
}

} // namespace

bool Registry::add(Command command)
{
    const QString name = command.name;
    commands().emplace(name, std::move(command));
    return true;
}

const Command *Registry::find(const QString &name)
{
    const auto it = commands().find(name);
    return it == commands().end() ? nullptr : &it->second;
}

std::vector<const Command *> Registry::all()
{
    std::vector<const Command *> out;
    for (const auto &[name, command] : commands())
        out.push_back(&command);
    return out;
}

Context::Context(QString commandName, QStringList arguments)
    : m_name(std::move(commandName))
    , m_arguments(std::move(arguments))
    , m_out(stdout)
    , m_err(stderr)
{ }

const Clock &Context::clock() const
{
    return defaultClock();
}

QString Context::userName() const
{
    for (const char *variable : { "ISF_USER", "USER", "USERNAME", "LOGNAME" }) {
        const QString v = qEnvironmentVariable(variable);
        if (!v.isEmpty())
            return v;
    }
    return QStringLiteral("unknown");
}

bool Context::parse(QCommandLineParser &parser, const QString &description, bool withFormat)
{
    parser.setApplicationDescription(description);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help(
        { QStringLiteral("h"), QStringLiteral("help") }, QStringLiteral("Show this help."));
    parser.addOption(help);
    const QCommandLineOption format(QStringLiteral("format"),
        QStringLiteral("Output as table (default), csv or json."), QStringLiteral("table|csv|json"),
        QStringLiteral("table"));
    if (withFormat)
        parser.addOption(format);
    if (!parser.parse(QStringList { QStringLiteral("isf ") + m_name } + m_arguments)) {
        m_exit = usage(parser.errorText());
        return false;
    }
    if (parser.isSet(help)) {
        // Qt names the program by argv[0] (the binary's full path); a person typed the
        // command's name.
        QString text = parser.helpText();
        const QString binary = QCoreApplication::arguments().value(0);
        if (!binary.isEmpty())
            text.replace(
                QStringLiteral("Usage: ") + binary, QStringLiteral("Usage: isf ") + m_name);
        m_out << text;
        m_out.flush();
        m_exit = Ok;
        return false;
    }
    if (withFormat) {
        m_format = parser.value(format).toLower();
        if (m_format != u"table" && m_format != u"csv" && m_format != u"json") {
            m_exit = usage(QStringLiteral("--format must be table, csv or json, not \"%1\"")
                               .arg(parser.value(format)));
            return false;
        }
    }
    return true;
}

std::unique_ptr<ProviderFile> Context::open(const QString &path)
{
    auto file = openWithoutBackup(*this, path);
    QString problem;
    autoBackupIfDue(*file, &problem);
    if (!problem.isEmpty())
        m_err << "isf " << m_name << ": warning: today's automatic backup was not made: " << problem
              << '\n';
    return file;
}

std::unique_ptr<ProviderFile> openWithoutBackup(Context &ctx, const QString &path)
{
    auto file
        = std::make_unique<ProviderFile>(ProviderFile::open(path, ctx.userName(), ctx.clock()));
    const QString risky = untrustedLocationReason(path);
    if (!risky.isEmpty())
        ctx.err() << "isf " << ctx.name() << ": warning: " << risky
                  << "; SQLite's locking cannot be trusted there, so two people using the file "
                     "at once can lose entries. Keep it on a local disk.\n";
    return file;
}

std::unique_ptr<ProviderFile> openForReading(Context &ctx, const QString &path)
{
    return std::make_unique<ProviderFile>(
        openProviderFileReadOnly(path, ctx.userName(), ctx.clock()));
}

QDate Context::dateOption(
    const QCommandLineParser &parser, const QString &option, const QDate &fallback) const
{
    if (!parser.isSet(option))
        return fallback;
    try {
        return parseDate(parser.value(option));
    } catch (const InputError &e) {
        throw InputError(QStringLiteral("--%1: %2").arg(option, e.message()));
    }
}

int Context::usage(const QString &message)
{
    m_err << "isf " << m_name << ": " << message << "\n"
          << "Run 'isf " << m_name << " --help' for the options.\n";
    m_err.flush();
    return Usage;
}

} // namespace isf::cli
