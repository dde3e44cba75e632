// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
// index.pdf of an audit pack: what it holds and how a council checks it.
#include "core/integrity/ProviderKey.h"
#include "core/storage/ProviderFile.h"
#include "core/storage/ReferenceStore.h"
#include "core/time/Clock.h"
#include "core/time/Dates.h"
#include "reports/documents/DocumentCommon.h"
#include "reports/layout/Document.h"
#include "reports/layout/Renderer.h"
#include "reports/pack/PackDocuments.h"

namespace isf::reports {

QByteArray PackDocuments::index(const PackTables &tables, const ChainHead &head) const
{
    const Provider provider = loadProvider(m_file);
    const PackScope &scope = tables.scope();
    Document doc;
    doc.letterhead.providerName = provider.name;
    for (const QString &line : { provider.address, provider.phone, provider.email })
        if (!line.trimmed().isEmpty())
            doc.letterhead.addressLines << line.split(u'\n');
    if (!provider.logo.isEmpty())
        doc.letterhead.logo = QImage::fromData(provider.logo);
    doc.subject = QStringLiteral("Audit pack for %1").arg(scope.councilName);
    doc.title = QStringLiteral("Individual Service Funds: audit pack");
    doc.generatedOn = m_file.clock().today();
    const QString key = currentSigningKey(m_file).fingerprint;
    doc.footerNote = detail::withKey(QStringLiteral("Confidential: personal data"), key);

    FundSummary total;
    Money spent;
    int alerts = 0;
    for (const PackPersonRow &r : tables.people()) {
        total.opening += r.fund.opening;
        total.closing += r.fund.closing;
        total.councilPayments += r.fund.councilPayments;
        total.contributions += r.fund.contributions;
        total.adjustments += r.fund.openingBalances + r.fund.adjustments;
        total.returnsToCouncil += r.fund.returnsToCouncil;
        spent += r.fund.spending();
        alerts += r.alerts;
    }
    KeyValueGrid about;
    about.widthShare = 0.8;
    about.keyShare = 0.4;
    about.add(QStringLiteral("Provider"), provider.name)
        .add(QStringLiteral("Council"), scope.councilName)
        .add(QStringLiteral("Period"), scope.period.describe())
        .add(QStringLiteral("People"), QString::number(tables.people().size()))
        .add(QStringLiteral("Prepared by"), m_file.userName())
        .add(QStringLiteral("Prepared on"), longDate(m_file.clock().today()));
    doc.add(about);
    doc.add(Heading { QStringLiteral("The funds in this period") });
    KeyValueGrid totals;
    totals.widthShare = 0.7;
    totals.valueAlign = Align::Right;
    totals.add(QStringLiteral("Held at the start"), total.opening.display())
        .add(QStringLiteral("Council payments"), total.councilPayments.display())
        .add(QStringLiteral("Contributions from people"), total.contributions.display())
        .add(QStringLiteral("Other income and adjustments"), total.adjustments.display())
        .add(QStringLiteral("Spent on support"), spent.display())
        .add(QStringLiteral("Returned to the council"), total.returnsToCouncil.display())
        .add(QStringLiteral("Held at the end"), total.closing.display(), true);
    doc.add(totals);
    doc.add(Paragraph { QStringLiteral(
        "Alerts raised in the period: %1 (see exceptions.csv for each one and how it "
        "was acknowledged or resolved).")
                            .arg(alerts) });

    doc.add(Heading { QStringLiteral("Contents") });
    Table contents;
    contents.addColumn(QStringLiteral("File"), 2.2).addColumn(QStringLiteral("What it holds"), 4);
    contents.addRow({ QStringLiteral("summary.csv, summary.xlsx"),
        QStringLiteral(
            "One row per person: opening balance, council payments, contributions, spending "
            "by category, returns, closing balance, weeks of budget held, hours, alerts; "
            "and a totals row.") });
    contents.addRow({ QStringLiteral("people/REF/ledger.csv"),
        QStringLiteral(
            "The person's ledger for the period with a running balance, who recorded each "
            "entry and each transaction's hash.") });
    contents.addRow({ QStringLiteral("people/REF/statements/"),
        QStringLiteral(
            "The person's statement for each statement period that ends in the period.") });
    contents.addRow({ QStringLiteral("people/REF/agreements/"),
        QStringLiteral("Each version of the ISF agreement in force during the period.") });
    contents.addRow({ QStringLiteral("people/REF/receipts/"),
        QStringLiteral("Receipts attached to expenses.") });
    contents.addRow({ QStringLiteral("exceptions.csv"),
        QStringLiteral(
            "Every alert in the period (surpluses, arrears, overspends, missing payments, "
            "...) with how it was acknowledged or resolved.") });
    contents.addRow({ QStringLiteral("reconciliation.csv"),
        QStringLiteral("At each month end, the ledger's client bank balance against the sum of the "
                       "funds.") });
    contents.addRow({ QStringLiteral("bank-reconciliations.csv"),
        QStringLiteral("Each client bank account against the bank's own statements at every "
                       "month end they cover, and every reconciliation signed in the period "
                       "(who, when, note); bank-reconciliations/ holds each signed one as a "
                       "PDF.") });
    contents.addRow({ QStringLiteral("manifest.json"),
        QStringLiteral(
            "Every file's SHA-256, the period, the ledger's hash-chain head and the product "
            "version.") });
    doc.add(contents);

    doc.add(Heading { QStringLiteral("How to check this pack") });
    doc.add(Paragraph { QStringLiteral("1. Run  isf verify-pack PACK.zip  (add --password-file if "
                                       "the pack is encrypted). It checks every file "
                                       "against manifest.json, that manifest.json matches its own "
                                       "hash, and that the summary equals the ledgers.") });
    doc.add(Paragraph { QStringLiteral("2. Or by hand: compute the SHA-256 of each file (for "
                                       "example with sha256sum or certutil -hashfile) and "
                                       "compare it with manifest.json. The provider sends the "
                                       "SHA-256 of manifest.json separately; it is also in "
                                       "the archive's comment.") });
    if (!key.isEmpty())
        doc.add(Paragraph(RichText(QStringLiteral("Provider signing key fingerprint: "))
                              .bold(key)
                              .plain(QStringLiteral(
                                  ". Check it against the one the provider registered with you, "
                                  "then run  isf verify-pack PACK.zip --fingerprint %1 : a pass "
                                  "proves this provider made the pack and nothing in it changed.")
                                         .arg(key)),
            Align::Left, 0.85));
    doc.add(Paragraph(RichText(QStringLiteral("Ledger hash-chain head: "))
                          .bold(QString::fromLatin1(head.hash))
                          .plain(QStringLiteral(
                              " (transaction %1 of %2). Last transaction dated in the period: %3.")
                                     .arg(head.txnId)
                                     .arg(head.count)
                                     .arg(head.periodEndTxnId)),
        Align::Left, 0.85));
    return pdfBytes(doc);
}

} // namespace isf::reports
