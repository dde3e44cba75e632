// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include <QCommandLineParser>
#include <QDate>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>

namespace isf {
class Clock;
class ProviderFile;
} // namespace isf

namespace isf::cli {

// Exit statuses: 0 success; 1 the operation failed (bad input, a refused entry, a
// file problem); 2 the command line itself is wrong; 3 a check found problems.
enum Exit { Ok = 0, Failed = 1, Usage = 2, CheckFailed = 3 };

// What one command run has to work with: its arguments, standard output and error,
// the clock and the user name recorded in the audit log.
class Context {
public:
    Context(QString commandName, QStringList arguments);
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    const Clock &clock() const;
    // ISF_USER, else the login name: who is recorded in the audit log.
    QString userName() const;

    // Sets up the parser with the command's description, positional arguments
    // and options, adds --help (and --format when asked), and parses. Returns
    // false after printing help or a usage error; exit() then gives the status.
    bool parse(QCommandLineParser &parser, const QString &description, bool withFormat = false);
    int exitStatus() const { return m_exit; }
    const QString &name() const { return m_name; }
    // Output format from --format: table (default), csv or json.
    QString format() const { return m_format; }

    // Opens an existing provider file for this run.
    std::unique_ptr<ProviderFile> open(const QString &path);
    // Reads a required or optional ISO / UK date option; throws InputError naming it.
    QDate dateOption(
        const QCommandLineParser &parser, const QString &option, const QDate &fallback = {}) const;
    // A usage error: prints "isf NAME: message" and the hint, returns Usage.
    int usage(const QString &message);

private:
    QString m_name;
    QStringList m_arguments;
    QTextStream m_out;
    QTextStream m_err;
    QString m_format = QStringLiteral("table");
    int m_exit = Ok;
};

struct Command {
    QString name;
    QString summary;
    bool needsGui = false; // renders PDFs (needs fonts through QGuiApplication)
    std::function<int(Context &)> run;
};

// Commands register themselves from their own source file (one file per command).
class Registry {
public:
    static bool add(Command command);
    static const Command *find(const QString &name);
    static std::vector<const Command *> all();
};

} // namespace isf::cli
