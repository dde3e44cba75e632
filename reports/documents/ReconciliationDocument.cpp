// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "reports/documents/ReconciliationDocument.h"

#include "core/bank/BankAccounts.h"
#include "core/bank/Reconciliation.h"
#include "core/storage/ProviderFile.h"
#include "core/storage/ReferenceStore.h"
#include "core/time/Clock.h"
#include "core/time/Dates.h"
#include "reports/documents/DocumentCommon.h"

namespace isf::reports {
namespace {

using detail::money;

QString joinNonEmpty(const QStringList &parts)
{
    QStringList kept;
    for (const QString &p : parts)
        if (!p.trimmed().isEmpty())
            kept << p.trimmed();
    return kept.join(QStringLiteral(" · "));
}

Table itemsTable(const QString &caption, const std::vector<LedgerItem> &items)
{
    Table t;
    t.caption = caption;
    t.addColumn(QStringLiteral("Date"), 1.1)
        .addColumn(QStringLiteral("Txn"), 0.6, Align::Right)
        .addColumn(QStringLiteral("Person"), 0.8)
        .addColumn(QStringLiteral("Details"), 4.0)
        .addColumn(QStringLiteral("Amount"), 1.2, Align::Right);
    Money total;
    for (const LedgerItem &i : items) {
        t.addRow({ ukDate(i.date), QString::number(i.txnId), i.personRef,
            joinNonEmpty({ txnKindLabel(i.kind), i.supplier, i.reference, i.description }),
            money(i.amount) });
        total += i.amount;
    }
    t.addRow({ QStringLiteral("Total"), {}, {}, {}, money(total) }, RowStyle::Total);
    return t;
}

Table linesTable(const QString &caption, const std::vector<BankLine> &lines, bool notes)
{
    Table t;
    t.caption = caption;
    t.addColumn(QStringLiteral("Date"), 1.1)
        .addColumn(QStringLiteral("Line"), 0.6, Align::Right)
        .addColumn(
            notes ? QStringLiteral("Bank's text · what is wrong") : QStringLiteral("Bank's text"),
            4.8)
        .addColumn(QStringLiteral("Amount"), 1.2, Align::Right);
    Money total;
    for (const BankLine &l : lines) {
        t.addRow({ ukDate(l.date), QString::number(l.id),
            joinNonEmpty({ l.description, l.reference, notes ? l.errorNote : QString() }),
            money(l.amount) });
        total += l.amount;
    }
    t.addRow({ QStringLiteral("Total"), {}, {}, money(total) }, RowStyle::Total);
    return t;
}

} // namespace

Document reconciliationDocument(const ProviderFile &file, Id accountId, const QDate &asOf)
{
    const ReconciliationFigures f = reconcileAccount(file, accountId, asOf);
    const BankAccount account = *bankAccountById(file, accountId);
    Document doc;
    doc.letterhead = detail::letterheadOf(loadProvider(file));
    doc.subject
        = QStringLiteral("%1 · %2 %3").arg(account.name, account.sortCode, account.maskedNumber());
    doc.title = QStringLiteral("Client bank reconciliation at %1").arg(longDate(asOf));
    doc.generatedOn = file.clock().today();
    doc.footerNote = QStringLiteral("Confidential");

    KeyValueGrid details;
    details.add(QStringLiteral("Account"), account.name);
    if (!account.sortCode.isEmpty() || !account.accountNumber.isEmpty())
        details.add(QStringLiteral("Sort code and number"),
            joinNonEmpty({ account.sortCode, account.maskedNumber() }));
    const QStringList holds = account.councilNames + account.personRefs;
    details.add(QStringLiteral("Holds"),
        holds.isEmpty() ? QStringLiteral("Every person's fund") : holds.join(QStringLiteral(", ")));
    details.add(QStringLiteral("Statements imported to"),
        f.statementsThrough.isValid() ? longDate(f.statementsThrough) : QStringLiteral("none"));
    details.keyShare = 0.35;
    doc.add(details);

    doc.add(Heading { QStringLiteral("The figures"), 1 });
    KeyValueGrid figures;
    figures.widthShare = 0.7;
    figures.keyShare = 0.62;
    figures.valueAlign = Align::Right;
    figures.add(QStringLiteral("Balance on the bank's statement"), money(f.bankBalance))
        .add(QStringLiteral("add receipts in the ledger not yet banked"), money(f.unclearedIn))
        .add(QStringLiteral("less payments in the ledger not yet through the bank"),
            money(-f.unclearedOut))
        .add(QStringLiteral("less bank errors to be corrected by the bank"), money(-f.bankErrors))
        .add(QStringLiteral("Adjusted bank balance"), money(f.adjustedBankBalance), true)
        .add(QStringLiteral("Ledger balance of the account"), money(f.ledgerBalance))
        .add(QStringLiteral("Sum of the people's funds"), money(f.fundsTotal))
        .add(QStringLiteral("Bank lines not in the ledger: in"), money(f.unmatchedIn))
        .add(QStringLiteral("Bank lines not in the ledger: out"), money(-f.unmatchedOut))
        .add(QStringLiteral("Difference (adjusted bank - ledger)"), money(f.difference), true);
    doc.add(figures);
    const QString why = f.whyNotSignable();
    doc.add(Paragraph { why.isEmpty()
            ? RichText()
                  .bold(QStringLiteral("The account reconciles: "))
                  .plain(
                      QStringLiteral("the adjusted bank balance equals the ledger and the sum of "
                                     "the people's funds."))
            : RichText().bold(QStringLiteral("Not reconciled: ")).plain(why) });

    std::vector<LedgerItem> in, out;
    for (const LedgerItem &i : f.uncleared)
        (i.amount.isNegative() ? out : in).push_back(i);
    doc.add(Heading { QStringLiteral("Uncleared entries"), 1 });
    if (f.uncleared.empty())
        doc.add(Paragraph {
            QStringLiteral("Every ledger entry to this day has been through the bank.") });
    if (!in.empty())
        doc.add(itemsTable(QStringLiteral("Receipts not yet banked"), in));
    if (!out.empty())
        doc.add(itemsTable(QStringLiteral("Payments not yet through the bank"), out));
    doc.add(Heading { QStringLiteral("Bank lines not in the ledger"), 1 });
    if (f.unmatched.empty())
        doc.add(
            Paragraph { QStringLiteral("Every bank line to this day is matched to the ledger.") });
    else
        doc.add(linesTable(QStringLiteral("Unmatched bank lines"), f.unmatched, false));
    if (!f.errors.empty())
        doc.add(linesTable(QStringLiteral("Bank errors"), f.errors, true));

    KeepTogether signOff;
    signOff.add(Heading { QStringLiteral("Sign-off"), 1 });
    const auto last = lastSignedReconciliation(file, accountId, asOf);
    if (last && last->asOf == asOf)
        signOff.add(Paragraph { RichText()
                                    .plain(QStringLiteral("Signed in ISF Desk by "))
                                    .bold(last->signedBy)
                                    .plain(QStringLiteral(" at %1 (reconciliation %2). Note: ")
                                               .arg(last->signedAt)
                                               .arg(last->id))
                                    .plain(last->note) });
    else
        signOff.add(Paragraph { QStringLiteral("Not yet signed in ISF Desk.") });
    signOff.add(SignatureBlock {
        QStringLiteral("Prepared by"), last && last->asOf == asOf ? last->signedBy : QString() });
    signOff.add(SignatureBlock { QStringLiteral("Reviewed by"), QString() });
    doc.add(signOff);
    return doc;
}

} // namespace isf::reports
