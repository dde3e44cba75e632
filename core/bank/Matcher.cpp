// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "core/bank/Matcher.h"

#include <QHash>

#include <algorithm>
#include <unordered_map>

namespace isf {
namespace {

// Letters and digits only, case-folded: "REM-0412" and "rem 0412" are the same text.
QString squeeze(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text)
        if (c.isLetterOrNumber())
            out += c.toCaseFolded();
    return out;
}

QString supplierStem(const QString &name)
{
    QString n = name.toCaseFolded();
    for (const char *suffix : { " limited", " ltd", " plc", " llp", " cic", " ltd." })
        if (n.endsWith(QLatin1String(suffix)))
            n.chop(qsizetype(qstrlen(suffix)));
    return squeeze(n);
}

bool eligible(const LedgerItem &i)
{
    return i.groupId == 0 && i.kind != TxnKind::OpeningBalance && i.reversedById == 0
        && i.reversesId == 0 && !i.amount.isZero();
}

// What the planner works from: the eligible items, indexed by amount (each bucket in
// date order) and the remittances (council payments sharing a reference).
class Index {
public:
    explicit Index(const std::vector<LedgerItem> &items)
    {
        QHash<QString, std::size_t> groupOf;
        for (const LedgerItem &i : items) {
            if (!eligible(i))
                continue;
            const std::size_t at = m_items.size();
            m_items.push_back(
                { &i, squeeze(i.reference), supplierStem(i.supplier), squeeze(i.personRef) });
            m_byAmount[i.amount.pence()].push_back(at);
            if (i.kind == TxnKind::CouncilPayment && !m_items.back().ref.isEmpty()) {
                auto g = groupOf.find(m_items.back().ref);
                if (g == groupOf.end()) {
                    g = groupOf.insert(m_items.back().ref, m_groups.size());
                    m_groups.push_back(
                        { m_items.back().ref, i.reference, {}, Money(), i.date, i.date });
                }
                Group &group = m_groups[*g];
                group.members.push_back(at);
                group.total += i.amount;
                group.first = std::min(group.first, i.date);
                group.last = std::max(group.last, i.date);
            }
        }
        for (std::size_t g = 0; g < m_groups.size(); ++g)
            if (m_groups[g].members.size() > 1)
                m_groupsByAmount[m_groups[g].total.pence()].push_back(g);
    }

    std::vector<MatchCandidate> candidates(const BankLine &line) const
    {
        std::vector<MatchCandidate> out;
        const QString text = squeeze(line.description + u' ' + line.reference);
        const QDate from = line.date.addDays(-kMatchDaysBefore),
                    to = line.date.addDays(kMatchDaysAfter);
        const auto named
            = [&](const QString &needle) { return needle.size() >= 3 && text.contains(needle); };
        const auto closeness = [&](const QDate &d) {
            return int(std::max<qint64>(0, 20 - 2 * std::abs(d.daysTo(line.date))));
        };
        if (const auto bucket = m_byAmount.find(line.amount.pence()); bucket != m_byAmount.end())
            for (std::size_t at : bucket->second) {
                const Item &it = m_items[at];
                if (it.item->date < from || it.item->date > to)
                    continue;
                MatchCandidate c;
                c.txnIds = { it.item->txnId };
                c.amount = it.item->amount;
                QString why;
                if (named(it.ref))
                    why = QStringLiteral("reference %1").arg(it.item->reference);
                else if (named(it.supplier))
                    why = QStringLiteral("supplier %1").arg(it.item->supplier);
                else if (it.item->kind == TxnKind::Contribution && named(it.person))
                    why = QStringLiteral("person %1").arg(it.item->personRef);
                c.exact = !why.isEmpty();
                c.score = 50 + (c.exact ? 30 : 0) + closeness(it.item->date);
                c.why = why.isEmpty() ? QStringLiteral("same amount") : why;
                out.push_back(std::move(c));
            }
        if (const auto groups = m_groupsByAmount.find(line.amount.pence());
            groups != m_groupsByAmount.end())
            for (std::size_t g : groups->second) {
                const Group &group = m_groups[g];
                if (group.first < from || group.last > to)
                    continue;
                MatchCandidate c;
                for (std::size_t at : group.members)
                    c.txnIds.push_back(m_items[at].item->txnId);
                c.amount = group.total;
                c.exact = named(group.ref);
                c.score = 50 + (c.exact ? 30 : 0) + closeness(group.last);
                c.why = QStringLiteral("remittance %1 (%2 payments)")
                            .arg(group.reference)
                            .arg(group.members.size());
                out.push_back(std::move(c));
            }
        std::stable_sort(out.begin(), out.end(),
            [](const MatchCandidate &a, const MatchCandidate &b) { return a.score > b.score; });
        return out;
    }

private:
    struct Item {
        const LedgerItem *item;
        QString ref, supplier, person;
    };
    struct Group {
        QString ref, reference;
        std::vector<std::size_t> members;
        Money total;
        QDate first, last;
    };
    std::vector<Item> m_items;
    std::unordered_map<qint64, std::vector<std::size_t>> m_byAmount, m_groupsByAmount;
    std::vector<Group> m_groups;
};

} // namespace

std::vector<MatchCandidate> suggestionsFor(
    const BankLine &line, const std::vector<LedgerItem> &items, int limit)
{
    std::vector<MatchCandidate> c = Index(items).candidates(line);
    if (c.size() > std::size_t(limit))
        c.resize(std::size_t(limit));
    return c;
}

MatchPlan planMatches(const std::vector<BankLine> &lines, const std::vector<LedgerItem> &items)
{
    const Index index(items);
    std::vector<std::vector<MatchCandidate>> all;
    all.reserve(lines.size());
    std::unordered_map<Id, int> exactUses; // txn id -> lines with an exact candidate using it
    for (const BankLine &line : lines) {
        all.push_back(line.groupId || line.bankError ? std::vector<MatchCandidate>()
                                                     : index.candidates(line));
        for (const MatchCandidate &c : all.back())
            if (c.exact)
                for (Id id : c.txnIds)
                    ++exactUses[id];
    }
    MatchPlan plan;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (lines[i].groupId || lines[i].bankError)
            continue;
        std::vector<MatchCandidate> &c = all[i];
        const auto exact
            = std::count_if(c.begin(), c.end(), [](const MatchCandidate &m) { return m.exact; });
        const auto onlyMine = [&](const MatchCandidate &m) {
            return std::all_of(
                m.txnIds.begin(), m.txnIds.end(), [&](Id id) { return exactUses[id] == 1; });
        };
        if (exact == 1) {
            const auto it
                = std::find_if(c.begin(), c.end(), [](const MatchCandidate &m) { return m.exact; });
            if (onlyMine(*it)) {
                plan.automatic.push_back({ lines[i].id, *it });
                continue;
            }
        }
        if (c.size() > 5)
            c.resize(5);
        plan.review.push_back({ lines[i].id, std::move(c) });
    }
    return plan;
}

} // namespace isf
