// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "core/statements/StatementsIssued.h"

#include "core/integrity/Checkpoint.h"
#include "core/ledger/LedgerQueries.h"
#include "core/storage/AuditLog.h"
#include "core/storage/ProviderFile.h"
#include "core/storage/RowValues.h"
#include "core/storage/Sql.h"
#include "core/time/Clock.h"
#include "core/time/Dates.h"
#include "core/util/Errors.h"

#include <QCryptographicHash>

namespace isf {

StatementIssue recordStatementIssued(const ProviderFile &file, Id personId, const Period &period,
    Money closingBalance, const QString &sha256, bool easyRead)
{
    if (!period.isValid())
        throw InputError(QStringLiteral("The statement needs a period with a first and last day."));
    const QDate today = file.clock().today();
    if (period.last > today)
        throw InputError(QStringLiteral("The period ends on %1, after today: a statement can only "
                                        "be issued once its period is over (print a draft "
                                        "instead).")
                             .arg(longDate(period.last)));
    WriteTransaction txn(file.database());
    const QVariant ref = scalar(file.database(),
        QStringLiteral("SELECT ref FROM people WHERE id = ?"), { personId }, "find the person");
    if (!ref.isValid())
        throw InputError(QStringLiteral("There is no person with id %1.").arg(personId));
    const Money balance = balanceAt(file, personId, period.last);
    if (balance != closingBalance)
        throw LedgerError(
            QStringLiteral("The balance of %1 at %2 is now %3, not %4 as on the statement: an "
                           "entry was posted while it was made. Make the statement again.")
                .arg(ref.toString(), longDate(period.last), balance.display(),
                    closingBalance.display()));
    StatementIssue issue;
    issue.personId = personId;
    issue.period = period;
    issue.easyRead = easyRead;
    issue.closingBalance = closingBalance;
    issue.documentSha256 = sha256;
    issue.issuedAt = timestamp(file);
    issue.issuedBy = file.userName();
    SqlQuery q(file.database(),
        QStringLiteral(
            "INSERT INTO statements_issued (person_id, period_first, period_last, easy_read, "
            "closing_balance, document_sha256, issued_at, issued_by) VALUES (?, ?, ?, ?, ?, ?, ?, "
            "?)"));
    q.bind({ personId, isoDate(period.first), isoDate(period.last), easyRead ? 1 : 0,
               closingBalance.pence(), sha256, issue.issuedAt, issue.issuedBy })
        .exec("record the statement issued");
    issue.id = q.lastInsertId();
    audit(file, QStringLiteral("issue"), QStringLiteral("statement"), issue.id,
        QStringLiteral("%1 %2 to %3%4, closing %5; entries to %3 are now closed")
            .arg(ref.toString(), isoDate(period.first), isoDate(period.last),
                easyRead ? QStringLiteral(" (easy read)") : QString(), closingBalance.plain()));
    // The closed period is pinned by a signed checkpoint: reopening it later (deleting
    // the statement, posting into it) contradicts a signature no one else can make.
    makeCheckpoint(file, QStringLiteral("statement"));
    txn.commit();
    return issue;
}

StatementIssue recordStatementIssued(const ProviderFile &file, Id personId, const Period &period,
    Money closingBalance, const QByteArray &document, bool easyRead)
{
    const QString sha = QString::fromLatin1(
        QCryptographicHash::hash(document, QCryptographicHash::Sha256).toHex());
    return recordStatementIssued(file, personId, period, closingBalance, sha, easyRead);
}

std::vector<StatementIssue> listStatementsIssued(const ProviderFile &file, Id personId)
{
    SqlQuery q(file.database(),
        QStringLiteral("SELECT id, person_id, period_first, period_last, easy_read, "
                       "closing_balance, document_sha256, issued_at, issued_by FROM "
                       "statements_issued WHERE (? = 0 OR person_id = ?) ORDER BY period_last "
                       "DESC, id DESC"));
    q.bind({ personId, personId }).exec("read the statements issued");
    std::vector<StatementIssue> out;
    while (q.next()) {
        StatementIssue s;
        s.id = q.int64(0);
        s.personId = q.int64(1);
        s.period = { toDate(q.value(2)), toDate(q.value(3)) };
        s.easyRead = q.int64(4) != 0;
        s.closingBalance = Money::fromPence(q.int64(5));
        s.documentSha256 = q.text(6);
        s.issuedAt = q.text(7);
        s.issuedBy = q.text(8);
        out.push_back(std::move(s));
    }
    return out;
}

QDate closedThrough(const ProviderFile &file, Id personId)
{
    const QVariant v = scalar(file.database(),
        QStringLiteral("SELECT max(period_last) FROM statements_issued WHERE person_id = ?"),
        { personId }, "read the statements issued");
    return v.isValid() ? toDate(v) : QDate();
}

} // namespace isf
