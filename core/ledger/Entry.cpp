// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "core/ledger/Entry.h"

#include "core/util/Errors.h"

namespace isf {
namespace {

struct KindName {
    TxnKind kind;
    const char16_t *code;
    const char16_t *label;
};
constexpr KindName kKinds[] = {
    { TxnKind::OpeningBalance, u"opening_balance", u"Opening balance" },
    { TxnKind::CouncilPayment, u"council_payment", u"Council payment" },
    { TxnKind::Contribution, u"contribution", u"Contribution received" },
    { TxnKind::Expense, u"expense", u"Expense" },
    { TxnKind::ReturnToCouncil, u"return_to_council", u"Return to council" },
    { TxnKind::Adjustment, u"adjustment", u"Adjustment" },
    { TxnKind::Transfer, u"transfer", u"Transfer" },
    { TxnKind::Reversal, u"reversal", u"Reversal" },
};

} // namespace

QString txnKindCode(TxnKind k)
{
    for (const auto &n : kKinds)
        if (n.kind == k)
            return QString::fromUtf16(n.code);
    return {};
}

QString txnKindLabel(TxnKind k)
{
    for (const auto &n : kKinds)
        if (n.kind == k)
            return QString::fromUtf16(n.label);
    return {};
}

TxnKind parseTxnKind(const QString &code)
{
    const QString t = code.trimmed().toLower();
    for (const auto &n : kKinds)
        if (t == QStringView(n.code))
            return n.kind;
    QStringList codes;
    for (const auto &n : kKinds)
        codes << QString::fromUtf16(n.code);
    throw InputError(QStringLiteral("\"%1\" is not a transaction type: use %2")
                         .arg(code, codes.join(QStringLiteral(", "))));
}

bool isMoneyIn(TxnKind k)
{
    return k == TxnKind::OpeningBalance || k == TxnKind::CouncilPayment
        || k == TxnKind::Contribution;
}

void JournalEntry::finalize() const
{
    if (m_postings.size() < 2)
        throw LedgerError(QStringLiteral("A journal entry needs at least two postings."));
    Money sum;
    for (const Posting &p : m_postings)
        sum += p.amount;
    if (!sum.isZero())
        throw LedgerError(
            QStringLiteral("A journal entry does not balance: its postings sum to %1.")
                .arg(sum.display()));
}

} // namespace isf
