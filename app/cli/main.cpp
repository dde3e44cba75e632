// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
// isf: the ISF Desk command-line tool. The same core operations as the desktop app,
// for batch work, scripting and tests. Runs with no display.
#include "app/cli/Cli.h"
#include "core/util/Errors.h"
#include "core/util/Version.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#ifdef ISF_HAVE_REPORTS
#include <QGuiApplication>
#endif
#include <cstdio>
#include <memory>

using namespace isf::cli;

namespace {

void printOverview(QTextStream &out)
{
    out << "isf: ISF Desk on the command line: provider files, ledgers, rules and documents.\n\n"
        << "Usage: isf COMMAND [arguments] [options]\n\nCommands:\n";
    for (const Command *c : Registry::all())
        out << "  " << c->name.leftJustified(20) << c->summary << '\n';
    out << "\nRun 'isf COMMAND --help' for a command's arguments and options.\n"
        << "Dates are ISO (2026-04-06) or UK (06/04/2026). ISF_USER sets the name recorded in the "
           "audit log.\n";
}

} // namespace

int main(int argc, char *argv[])
{
    const QString commandName = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    const Command *command = Registry::find(commandName);

    // Commands that draw PDFs need fonts, which need a GUI application; the
    // offscreen platform gives one without a display.
    std::unique_ptr<QCoreApplication> app;
#ifdef ISF_HAVE_REPORTS
    if (command && command->needsGui) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        // Qt's GUI layer wants a private runtime folder; batch jobs and CI often have none.
        if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
            const QString runtime
                = QDir::tempPath() + QStringLiteral("/isf-runtime-") + qEnvironmentVariable("USER");
            if (QDir().mkpath(runtime))
                QFile::setPermissions(
                    runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
            qputenv("XDG_RUNTIME_DIR", runtime.toLocal8Bit());
        }
        app = std::make_unique<QGuiApplication>(argc, argv);
    }
#endif
    if (!app)
        app = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("isf"));
    QCoreApplication::setApplicationVersion(isf::appVersion());

    QTextStream out(stdout);
    QTextStream err(stderr);
    if (commandName.isEmpty() || commandName == u"--help" || commandName == u"-h"
        || commandName == u"help") {
        printOverview(out);
        return commandName.isEmpty() ? Usage : Ok;
    }
    if (commandName == u"--version") {
        out << "isf " << isf::appVersion() << '\n';
        return Ok;
    }
    if (!command) {
        err << "isf: unknown command \"" << commandName << "\". Run 'isf --help' for the list.\n";
        return Usage;
    }
#ifndef ISF_HAVE_REPORTS
    if (command->needsGui) {
        err << "isf " << commandName
            << ": this build has no document support (built without the GUI parts).\n";
        return Failed;
    }
#endif
    QStringList arguments = QCoreApplication::arguments().mid(2);
    Context context(commandName, arguments);
    try {
        return command->run(context);
    } catch (const isf::Error &e) {
        context.err() << "isf " << commandName << ": " << e.message() << '\n';
        return Failed;
    } catch (const std::exception &e) {
        context.err() << "isf " << commandName << ": unexpected error: " << e.what() << '\n';
        return Failed;
    }
}
