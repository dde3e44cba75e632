// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
// Times the council rules over a provider file, phase by phase:
//   rules_alerts FILE [AS_OF]
// e.g. on `isf generate big.isf --people 1000 --years 5 --seed 1` (Release build).
// Reads only: the review is computed without recording (see reviewAlerts for that).
#include "core/rules/Positions.h"
#include "core/rules/RuleInputs.h"
#include "core/rules/alerts/Alerts.h"
#include "core/storage/ProviderFile.h"
#include "core/time/Clock.h"
#include "core/time/Dates.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <ctime>
#include <map>

using namespace isf;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        out << "usage: rules_alerts FILE [AS_OF]\n";
        return 2;
    }
    const ProviderFile file = ProviderFile::open(args[1], QStringLiteral("bench"), defaultClock());
    const QDate asOf = args.size() > 2 ? parseDate(args[2]) : defaultClock().today();
    QElapsedTimer total;
    total.start();
    QElapsedTimer t;
    std::clock_t cpu = std::clock();
    // Wall time, and processor time (the figure that matters on a busy machine).
    auto lap = [&](const char *what) {
        const std::clock_t now = std::clock();
        out << QString::fromLatin1(what).leftJustified(28) << t.restart() << " ms ("
            << (now - cpu) * 1000 / CLOCKS_PER_SEC << " ms cpu)\n";
        cpu = now;
        out.flush();
    };
    t.start();
    const auto timelines = allTimelines(file);
    lap("agreements");
    const RuleInputs nothing = loadRuleInputs(file, asOf, 0);
    lap("people, councils, suppliers");
    const RuleInputs balances = loadRuleInputs(file, asOf, BalanceParts);
    lap("balance stream");
    const RuleInputs txns = loadRuleInputs(file, asOf, TransactionParts);
    lap("transaction stream");
    const RuleInputs in = loadRuleInputs(file, asOf);
    lap("all inputs");
    std::vector<Alert> alerts;
    for (const PersonFacts &p : in.people) {
        const PersonAnalysis a = analysePerson(p, asOf);
        for (const auto &rule : alertRules())
            rule->evaluatePerson(a, alerts);
    }
    lap("person rules");
    for (const auto &rule : alertRules())
        rule->evaluateFile(in, alerts);
    lap("file rules");
    const auto positions = personPositions(file, asOf);
    lap("positions (isf balances)");
    std::map<QString, int> counts;
    for (const Alert &a : alerts)
        ++counts[a.rule];
    for (const auto &[rule, n] : counts)
        out << "  " << rule.leftJustified(24) << n << '\n';
    out << in.people.size() << " people, " << alerts.size() << " alerts, " << positions.size()
        << " positions; " << total.elapsed() << " ms in all\n";
    return 0;
}
