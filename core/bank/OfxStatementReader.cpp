// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "core/bank/OfxStatementReader.h"

#include "core/util/Errors.h"

#include <QDateTime>
#include <QFile>
#include <QStringList>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <libofx/libofx.h>

namespace isf {
namespace {

struct OfxRead {
    Statement statement;
    QStringList problems;
    int transactions = 0;
    bool sawStatement = false;
};

QString text(const char *s, int valid)
{
    return valid ? QString::fromUtf8(s).trimmed() : QString();
}

// libofx hands amounts over as doubles; OFX amounts have at most two decimals, so
// rounding to the nearest penny recovers the exact figure the file wrote.
Money pence(double amount)
{
    return Money::fromPence(std::llround(amount * 100.0));
}

// libofx turns an OFX date into a time_t; a date without a time is taken as noon, so
// the day is the same in every UK time zone.
QDate day(time_t t)
{
    return QDateTime::fromSecsSinceEpoch(qint64(t), QTimeZone(QByteArrayLiteral("Europe/London")))
        .date();
}

int onTransaction(const struct OfxTransactionData data, void *context)
{
    auto *read = static_cast<OfxRead *>(context);
    const int n = ++read->transactions;
    StatementLine l;
    l.sourceLine = n;
    l.bankId = text(data.fi_id, data.fi_id_valid);
    const QString where
        = QStringLiteral("STMTTRN %1%2")
              .arg(n)
              .arg(l.bankId.isEmpty() ? QString() : QStringLiteral(" (FITID %1)").arg(l.bankId));
    if (!data.date_posted_valid)
        read->problems << QStringLiteral("%1: DTPOSTED: the transaction has no date").arg(where);
    if (!data.amount_valid)
        read->problems << QStringLiteral("%1: TRNAMT: the transaction has no amount").arg(where);
    if (!data.date_posted_valid || !data.amount_valid)
        return 0;
    l.date = day(data.date_posted);
    l.amount = pence(data.amount);
    const QString name = text(data.name, data.name_valid);
    const QString memo = text(data.memo, data.memo_valid);
    l.description = memo.isEmpty() || memo == name ? name : name + QStringLiteral(" ") + memo;
    l.reference = text(data.check_number, data.check_number_valid);
    if (l.reference.isEmpty())
        l.reference = text(data.reference_number, data.reference_number_valid);
    if (l.amount.isZero())
        read->problems << QStringLiteral("%1: TRNAMT: the amount is zero").arg(where);
    else
        read->statement.lines.push_back(std::move(l));
    return 0;
}

int onStatement(const struct OfxStatementData data, void *context)
{
    auto *read = static_cast<OfxRead *>(context);
    read->sawStatement = true;
    if (data.ledger_balance_valid)
        read->statement.closing = pence(data.ledger_balance);
    if (data.date_start_valid)
        read->statement.periodStart = day(data.date_start);
    if (data.date_end_valid)
        read->statement.periodEnd = day(data.date_end);
    if (data.account_id_valid)
        read->statement.bankAccount = QString::fromUtf8(data.account_id);
    return 0;
}

} // namespace

Statement readOfxStatement(const QString &path, const QString &sourceName)
{
    if (!QFile::exists(path))
        throw InputError(QStringLiteral("%1: cannot be read: no such file").arg(sourceName));
    ofx_PARSER_msg = ofx_DEBUG_msg = ofx_DEBUG1_msg = ofx_DEBUG2_msg = ofx_DEBUG3_msg
        = ofx_DEBUG4_msg = ofx_DEBUG5_msg = ofx_STATUS_msg = ofx_INFO_msg = ofx_WARNING_msg
        = ofx_ERROR_msg = 0;
    OfxRead read;
    read.statement.format = QStringLiteral("ofx");
    read.statement.sourceName = sourceName;
    LibofxContextPtr ctx = libofx_get_new_context();
    ofx_set_transaction_cb(ctx, onTransaction, &read);
    ofx_set_statement_cb(ctx, onStatement, &read);
    const int rc = libofx_proc_file(ctx, QFile::encodeName(path).constData(), OFX);
    libofx_free_context(ctx);
    if (rc != 0 || (!read.sawStatement && read.transactions == 0))
        throw InputError(QStringLiteral("%1: is not an OFX bank statement that can be read (no "
                                        "STMTRS with transactions was found)")
                             .arg(sourceName));
    if (!read.problems.isEmpty()) {
        QStringList lines;
        for (const QString &p : read.problems)
            lines << sourceName + QStringLiteral(": ") + p;
        throw InputError(lines.join(u'\n'));
    }
    Statement &s = read.statement;
    std::stable_sort(s.lines.begin(), s.lines.end(),
        [](const StatementLine &a, const StatementLine &b) { return a.date < b.date; });
    if (s.closing) {
        Money sum;
        for (const StatementLine &l : s.lines)
            sum += l.amount;
        s.opening = *s.closing - sum;
    }
    return std::move(s);
}

} // namespace isf
