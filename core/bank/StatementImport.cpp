// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "core/bank/StatementImport.h"

#include "core/bank/BankAccounts.h"
#include "core/bank/BankMatching.h"
#include "core/bank/BankStore.h"
#include "core/bank/CamtStatementReader.h"
#include "core/bank/OfxStatementReader.h"
#include "core/bank/Reconciliation.h"
#include "core/storage/AuditLog.h"
#include "core/storage/ProviderFile.h"
#include "core/storage/Sql.h"
#include "core/time/Dates.h"
#include "core/util/Errors.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

namespace isf {
namespace {

Statement readStatement(const QString &path, const QString &name, const QByteArray &bytes,
    StatementFormat format, const CsvMapping &mapping, const CsvMapping &profile, CsvMapping *used)
{
    switch (format) {
    case StatementFormat::Ofx:
        return readOfxStatement(path, name);
    case StatementFormat::Camt053:
        return readCamtStatement(bytes, name);
    case StatementFormat::Csv:
        break;
    }
    return readCsvStatement(bytes, name, mapping, profile, used);
}

void checkAccount(const Statement &s, const BankAccount &account)
{
    QString digits = s.bankAccount;
    digits.remove(u' ');
    digits.remove(u'-');
    if (digits.isEmpty() || account.accountNumber.isEmpty()
        || digits.contains(account.accountNumber))
        return;
    throw InputError(
        QStringLiteral("%1: the statement is for account %2, not %3 (%4); choose the "
                       "account with --account.")
            .arg(s.sourceName, s.bankAccount.simplified(), account.name, account.maskedNumber()));
}

} // namespace

StatementImportResult importStatement(
    const ProviderFile &file, Id accountId, const QString &path, const StatementImportOptions &o)
{
    const auto found = bankAccountById(file, accountId);
    if (!found)
        throw InputError(QStringLiteral("There is no client bank account %1.").arg(accountId));
    const BankAccount account = *found;
    const QString name = QFileInfo(path).fileName();
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw InputError(QStringLiteral("%1: cannot be read: %2").arg(name, f.errorString()));
    const QByteArray bytes = f.readAll();
    const StatementFormat format = o.format.value_or(detectStatementFormat(name, bytes.left(4096)));
    const CsvMapping profile = CsvMapping::fromProfile(account.csvProfile);
    CsvMapping used;
    Statement s = readStatement(path, name, bytes, format, o.mapping, profile, &used);
    checkAccount(s, account);
    checkRunningBalances(s);
    assignKeys(s);
    if (s.lines.empty())
        throw InputError(QStringLiteral("%1: the statement has no lines.").arg(name));

    StatementImportResult r;
    r.sourceName = name;
    r.format = statementFormatCode(format);
    r.lines = int(s.lines.size());
    r.first = s.lines.front().date;
    r.last = s.lines.back().date;
    if (o.openingBalance && s.opening && *o.openingBalance != *s.opening)
        throw InputError(QStringLiteral("%1: --opening-balance %2 is not the statement's own "
                                        "opening balance %3.")
                             .arg(name, o.openingBalance->plain(), s.opening->plain()));
    if (!s.opening && o.openingBalance)
        s.opening = o.openingBalance;
    if (s.opening && !s.closing) {
        Money sum;
        for (const StatementLine &l : s.lines)
            sum += l.amount;
        s.closing = *s.opening + sum;
    }
    r.opening = s.opening;
    r.closing = s.closing;

    WriteTransaction txn(file.database());
    const bool first = !account.openingDate.isValid();
    if (first && !s.opening)
        throw InputError(QStringLiteral("%1: the first statement of %2 has no balances; give the "
                                        "bank's balance before its first line with "
                                        "--opening-balance.")
                             .arg(name, account.name));
    if (!first) {
        if (r.first <= account.openingDate)
            throw InputError(QStringLiteral("%1: the statement starts on %2, before the first "
                                            "statement of %3 (which starts on %4); statements are "
                                            "imported oldest first.")
                                 .arg(name, isoDate(r.first), account.name,
                                     isoDate(account.openingDate.addDays(1))));
        if (s.opening) {
            const Money expected
                = *account.openingBalance + bankLinesBefore(file, accountId, r.first);
            if (expected != *s.opening)
                throw InputError(
                    QStringLiteral("%1: the opening balance %2 does not follow on from "
                                   "the statements already imported, which give %3 at "
                                   "the end of %4; nothing was imported (is a statement "
                                   "missing, or is this another account's?).")
                        .arg(name, s.opening->display(), expected.display(),
                            isoDate(r.first.addDays(-1))));
        } else {
            r.notes << QStringLiteral("The statement gives no balances, so whether it follows on "
                                      "from the last one could not be checked.");
        }
    }
    const QSet<QString> known = bankLineKeys(file, accountId);
    std::vector<const StatementLine *> fresh;
    for (const StatementLine &l : s.lines)
        if (!known.contains(l.key))
            fresh.push_back(&l);
    r.added = int(fresh.size());
    r.alreadyThere = r.lines - r.added;
    if (const auto signedOff = lastSignedReconciliation(file, accountId))
        for (const StatementLine *l : fresh)
            if (l->date <= signedOff->asOf)
                throw InputError(
                    QStringLiteral("%1:%2: the line of %3 (%4) is new but falls in the "
                                   "reconciliation signed to %5; nothing was imported.")
                        .arg(name)
                        .arg(l->sourceLine)
                        .arg(isoDate(l->date), l->amount.display(), isoDate(signedOff->asOf)));
    StatementRecord rec;
    rec.accountId = accountId;
    rec.format = r.format;
    rec.sourceName = name;
    rec.sha256
        = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    rec.firstDate = s.periodStart.isValid() && s.periodStart <= r.first ? s.periodStart : r.first;
    rec.lastDate = s.periodEnd.isValid() && s.periodEnd >= r.last ? s.periodEnd : r.last;
    rec.opening = s.opening;
    rec.closing = s.closing;
    rec.lineCount = r.lines;
    rec.added = r.added;
    rec.importedAt = timestamp(file);
    rec.importedBy = file.userName();
    r.statementId = insertStatement(file, rec, fresh);
    if (first)
        setOpeningBalance(file, accountId, *s.opening, rec.firstDate.addDays(-1));
    if (format == StatementFormat::Csv && used.toProfile() != account.csvProfile)
        saveCsvProfile(file, accountId, used.toProfile());
    audit(file, QStringLiteral("import"), QStringLiteral("bank_statement"), r.statementId,
        QStringLiteral("%1 into %2: %3 lines, %4 new, %5 already there, sha256 %6")
            .arg(name, account.name)
            .arg(r.lines)
            .arg(r.added)
            .arg(r.alreadyThere)
            .arg(rec.sha256));
    if (o.autoMatch) {
        const AutoMatchResult m = autoMatch(file, accountId);
        r.autoMatched = m.matched;
        r.toReview = int(m.review.size());
    }
    txn.commit();
    return r;
}

QString describeStatementImport(const StatementImportResult &r)
{
    QString text = QStringLiteral("%1 (%2): %3 lines from %4 to %5, %6 new, %7 already there.")
                       .arg(r.sourceName, r.format)
                       .arg(r.lines)
                       .arg(isoDate(r.first), isoDate(r.last))
                       .arg(r.added)
                       .arg(r.alreadyThere);
    if (r.opening && r.closing)
        text += QStringLiteral(" Opening balance %1, closing balance %2.")
                    .arg(r.opening->display(), r.closing->display());
    text += QStringLiteral(" %1 matched automatically; %2 to review.")
                .arg(r.autoMatched)
                .arg(r.toReview);
    for (const QString &n : r.notes)
        text += u' ' + n;
    return text;
}

} // namespace isf
