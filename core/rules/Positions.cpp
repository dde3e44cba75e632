// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "core/rules/Positions.h"

#include "core/ledger/LedgerQueries.h"
#include "core/rules/Contributions.h"
#include "core/rules/HoursBank.h"
#include "core/rules/RuleInputs.h"

#include <QHash>

namespace isf {
namespace {

PersonPosition positionOf(const PersonFacts &p, const QDate &asOf)
{
    PersonPosition out;
    out.personId = p.personId;
    out.ref = p.ref;
    const ContributionPosition c = contributionPositionOf(p, asOf);
    out.contributionsDue = c.due;
    out.contributionsReceived = c.received;
    out.hasBank = hasBankableHours(p.timeline);
    if (out.hasBank) {
        const HoursBank bank = hoursBankOf(p, asOf);
        out.bankedHours = bank.balance;
        out.expiringSoon = bank.expiringSoon;
    }
    return out;
}

} // namespace

std::vector<PersonPosition> personPositions(const ProviderFile &file, const QDate &asOf)
{
    const RuleInputs in = loadRuleInputs(file, asOf, TransactionParts | HoursParts);
    QHash<Id, Money> balances;
    for (const PersonBalance &b : balancesAt(file, asOf))
        balances.insert(b.personId, b.balance);
    std::vector<PersonPosition> out;
    out.reserve(in.people.size());
    for (const PersonFacts &p : in.people) {
        out.push_back(positionOf(p, asOf));
        out.back().balance = balances.value(p.personId);
    }
    return out;
}

std::optional<PersonPosition> personPosition(
    const ProviderFile &file, Id personId, const QDate &asOf)
{
    const PersonFacts p = loadPersonFacts(file, personId, asOf);
    if (!p.personId)
        return std::nullopt;
    PersonPosition out = positionOf(p, asOf);
    out.balance = balanceAt(file, personId, asOf);
    return out;
}

} // namespace isf
