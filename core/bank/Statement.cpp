// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "core/bank/Statement.h"

#include "core/time/Dates.h"
#include "core/util/Errors.h"

#include <QHash>

namespace isf {

StatementFormat detectStatementFormat(const QString &fileName, const QByteArray &head)
{
    const QString lower = fileName.toLower();
    if (lower.endsWith(u".ofx") || lower.endsWith(u".qfx") || head.contains("OFXHEADER")
        || head.contains("<OFX>"))
        return StatementFormat::Ofx;
    if (lower.endsWith(u".xml") || head.contains("camt.053") || head.contains("BkToCstmrStmt"))
        return StatementFormat::Camt053;
    return StatementFormat::Csv;
}

QString statementFormatCode(StatementFormat f)
{
    switch (f) {
    case StatementFormat::Csv:
        return QStringLiteral("csv");
    case StatementFormat::Ofx:
        return QStringLiteral("ofx");
    case StatementFormat::Camt053:
        return QStringLiteral("camt053");
    }
    return {};
}

StatementFormat parseStatementFormat(const QString &code)
{
    const QString c = code.trimmed().toLower();
    if (c == u"csv")
        return StatementFormat::Csv;
    if (c == u"ofx" || c == u"qfx")
        return StatementFormat::Ofx;
    if (c == u"camt" || c == u"camt053" || c == u"camt.053")
        return StatementFormat::Camt053;
    throw InputError(
        QStringLiteral("\"%1\" is not a statement format: use csv, ofx or camt053.").arg(code));
}

void assignKeys(Statement &s)
{
    QHash<QString, int> seen;
    for (StatementLine &l : s.lines) {
        if (!l.bankId.isEmpty()) {
            l.key = QStringLiteral("id:") + l.bankId;
            continue;
        }
        const QString base
            = QStringLiteral("k:%1|%2|%3|%4")
                  .arg(isoDate(l.date), l.amount.plain(), l.description.simplified().toCaseFolded(),
                      l.balance ? l.balance->plain() : QString());
        const int n = ++seen[base];
        l.key = n == 1 ? base : base + QStringLiteral("#%1").arg(n);
    }
}

void checkRunningBalances(Statement &s)
{
    std::optional<Money> previous;
    for (const StatementLine &l : s.lines) {
        if (!l.balance) {
            previous.reset();
            continue;
        }
        if (previous && *previous + l.amount != *l.balance)
            throw InputError(
                QStringLiteral("%1:%2: the balance %3 does not follow from the line "
                               "before (%4 %5 %6 = %7)")
                    .arg(s.sourceName)
                    .arg(l.sourceLine)
                    .arg(l.balance->plain(), previous->plain(),
                        l.amount.isNegative() ? QStringLiteral("-") : QStringLiteral("+"),
                        (l.amount.isNegative() ? -l.amount : l.amount).plain(),
                        (*previous + l.amount).plain()));
        previous = l.balance;
    }
    if (s.lines.empty())
        return;
    const StatementLine &first = s.lines.front();
    if (!s.opening && first.balance)
        s.opening = *first.balance - first.amount;
    if (!s.closing && s.lines.back().balance)
        s.closing = s.lines.back().balance;
}

} // namespace isf
