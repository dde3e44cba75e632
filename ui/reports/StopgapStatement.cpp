#include "reports/StopgapStatement.h"

#include "app/Format.h"
#include "ledger/LedgerQueries.h"
#include "storage/PersonStore.h"
#include "storage/ReferenceStore.h"
#include "time/Dates.h"

#include <QImage>

namespace isf::ui {

reports::Document stopgapStatement(
    const ProviderFile &file, Id personId, const Period &period, bool easyRead, const QDate &today)
{
    using namespace reports;
    const Provider provider = loadProvider(file);
    const auto person = personById(file, personId);
    const QString name = person ? person->fullName() : QString();
    const PersonLedger ledger = personLedger(file, personId, period.first, period.last);
    Document doc;
    doc.letterhead.providerName = provider.name;
    for (const QString &l : provider.address.split(u'\n', Qt::SkipEmptyParts))
        doc.letterhead.addressLines << l;
    if (!provider.logo.isEmpty())
        doc.letterhead.logo = QImage::fromData(provider.logo);
    doc.subject = person ? QStringLiteral("%1 (%2)").arg(name, person->ref) : QString();
    doc.title = easyRead ? QStringLiteral("Your money: %1").arg(period.describe())
                         : QStringLiteral("ISF statement: %1").arg(period.describe());
    doc.generatedOn = today;
    doc.footerNote = QStringLiteral("Confidential");
    Money in, out;
    for (const LedgerLine &l : ledger.lines)
        (l.change.isNegative() ? out : in) += l.change;
    if (easyRead) {
        doc.baseFontPt = Document::kEasyReadFontPt;
        doc.add(Paragraph { RichText(QStringLiteral("At the start you had "))
                                .bold(moneyText(ledger.opening))
                                .plain(QStringLiteral(".")) });
        doc.add(Paragraph { RichText(QStringLiteral("Money in: "))
                                .bold(moneyText(in))
                                .plain(QStringLiteral(".")) });
        doc.add(Paragraph { RichText(QStringLiteral("Money spent on your support: "))
                                .bold(moneyText(-out))
                                .plain(QStringLiteral(".")) });
        doc.add(Paragraph { RichText(QStringLiteral("Now you have "))
                                .bold(moneyText(ledger.closing))
                                .plain(QStringLiteral(".")) });
        return doc;
    }
    KeyValueGrid summary;
    summary.valueAlign = Align::Right;
    summary.widthShare = 0.6;
    summary.add(QStringLiteral("Opening balance"), moneyText(ledger.opening))
        .add(QStringLiteral("Money in"), moneyText(in))
        .add(QStringLiteral("Money out"), moneyText(-out))
        .add(QStringLiteral("Closing balance"), moneyText(ledger.closing), true);
    doc.add(Heading { QStringLiteral("Summary"), 1 });
    doc.add(summary);
    Table t;
    t.addColumn(QStringLiteral("Date"), 1.6)
        .addColumn(QStringLiteral("Entry"), 1.7)
        .addColumn(QStringLiteral("Details"), 3.4)
        .addColumn(QStringLiteral("In"), 1.5, Align::Right)
        .addColumn(QStringLiteral("Out"), 1.5, Align::Right)
        .addColumn(QStringLiteral("Balance"), 1.6, Align::Right);
    for (const LedgerLine &l : ledger.lines) {
        const QString what
            = l.kind == TxnKind::Reversal ? QStringLiteral("Reversal") : txnKindLabel(l.kind);
        QString details = l.category.isEmpty() ? l.description
                                               : l.category + QStringLiteral(": ") + l.description;
        if (!l.reason.isEmpty())
            details += QStringLiteral(" (") + l.reason + u')';
        t.addRow(
            { ukDate(l.date), what, details, l.change.pence() > 0 ? moneyText(l.change) : QString(),
                l.change.pence() < 0 ? moneyText(-l.change) : QString(), moneyText(l.running) },
            l.kind == TxnKind::Reversal ? RowStyle::Reversal : RowStyle::Normal);
    }
    t.addRow({ QString(), QStringLiteral("Closing balance"), QString(), QString(), QString(),
                 moneyText(ledger.closing) },
        RowStyle::Total);
    doc.add(Heading { QStringLiteral("Transactions"), 1 });
    doc.add(t);
    return doc;
}

} // namespace isf::ui
