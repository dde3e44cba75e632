// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "app/cli/commands/BankCommands.h"
#include "core/util/Errors.h"

#include <QCoreApplication>

namespace isf::cli {
namespace {

struct Sub {
    const char *name;
    const char *summary;
    int (*run)(Context &);
};
const Sub kSubs[] = {
    { "accounts", "List the client bank accounts.", bank::accounts },
    { "account", "Add a client bank account or change its details.", bank::account },
    { "import", "Import a bank statement (CSV, OFX/QFX or CAMT.053) and match it.",
        bank::importStatement },
    { "lines", "The statement lines and what each is matched to.", bank::lines },
    { "review", "Unmatched lines with ranked suggestions.", bank::review },
    { "match", "Match bank lines to ledger transactions.", bank::match },
    { "unmatch", "Undo a line's match (a signed one needs --reason).", bank::unmatch },
    { "error", "Mark a line as a bank error (or --clear the mark).", bank::error },
    { "create", "Post the ledger entry an unmatched line shows, and match it.", bank::create },
};

int run(Context &ctx)
{
    QStringList args = QCoreApplication::arguments().mid(2);
    const QString sub = args.isEmpty() ? QString() : args.takeFirst();
    for (const Sub &s : kSubs)
        if (sub == QLatin1String(s.name)) {
            Context inner(QStringLiteral("bank ") + sub, args);
            try {
                return s.run(inner);
            } catch (const Error &e) {
                inner.err() << "isf bank " << sub << ": " << e.message() << '\n';
                return Failed;
            }
        }
    QTextStream &out = sub.isEmpty() || sub == u"--help" || sub == u"-h" ? ctx.out() : ctx.err();
    if (!sub.isEmpty() && sub != u"--help" && sub != u"-h")
        out << "isf bank: unknown subcommand \"" << sub << "\".\n";
    out << "Usage: isf bank SUBCOMMAND FILE [arguments] [options]\n\nSubcommands:\n";
    for (const Sub &s : kSubs)
        out << "  " << QString::fromLatin1(s.name).leftJustified(10) << QLatin1String(s.summary)
            << '\n';
    out << "\nRun 'isf bank SUBCOMMAND --help' for its options.\n";
    return sub == u"--help" || sub == u"-h" ? Ok : Usage;
}

const bool registered = Registry::add({ QStringLiteral("bank"),
    QStringLiteral("Client bank accounts: statements, matching (isf bank --help)."), false, run });

} // namespace
} // namespace isf::cli
