// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
// remittances: remittance_ref,date,person_ref,amount — one council remittance covering
// many people, each row posted as a council payment to that person's fund, with the
// remittance reference on it. Each payment is then reconciled against the person's
// expected payments, and anything not matched is named in the summary.
#include "core/import/ImportKind.h"
#include "core/import/ImportRow.h"
#include "core/ledger/Ledger.h"
#include "core/rules/PaymentReconciliation.h"
#include "core/rules/RuleInputs.h"
#include "core/storage/ProviderFile.h"
#include "core/storage/RowValues.h"
#include "core/storage/Sql.h"
#include "core/time/Dates.h"
#include "core/util/Errors.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace isf {
namespace {

struct Posted {
    QDate date;
    Id txnId = 0;
};

QString key(Id person, const QString &ref)
{
    return QString::number(person) + u'|' + ref.trimmed().toCaseFolded();
}

// Council payments already in the ledger (and not reversed), by person and reference.
QHash<QString, Posted> postedRemittances(const ProviderFile &file)
{
    SqlQuery q(file.database(),
        QStringLiteral("SELECT t.person_id, t.reference, t.txn_date, t.id FROM transactions t "
                       "WHERE t.kind = 'council_payment' AND t.reference <> '' AND NOT EXISTS "
                       "(SELECT 1 FROM transactions r WHERE r.reverses_id = t.id)"));
    q.exec("read the council payments");
    QHash<QString, Posted> out;
    while (q.next())
        out.insert(key(q.int64(0), q.text(1)), { toDate(q.value(2)), q.int64(3) });
    return out;
}

void importRemittances(ImportContext &ctx)
{
    QHash<QString, Id> people;
    {
        SqlQuery q(ctx.file().database(), QStringLiteral("SELECT ref, id FROM people"));
        q.exec("read the people");
        while (q.next())
            people.insert(q.text(0), q.int64(1));
    }
    const QHash<QString, Posted> posted = postedRemittances(ctx.file());
    SeenKeys seen;
    Ledger ledger(ctx.file());
    ledger.beginBatch();
    QHash<Id, QString> refOf;
    QSet<Id> newTxns;
    QDate latest;
    ctx.forEachRow([&](const CsvRow &csvRow) {
        ImportRow row(ctx, csvRow);
        ++ctx.result().rows;
        const auto remittance = row.required(u"remittance_ref");
        const auto date = row.date(u"date"); // records the parser's message when bad
        if (row.isBlank(u"date"))
            row.problem(u"date", QStringLiteral("a value is required"));
        const auto ref = row.required(u"person_ref");
        Id person = 0;
        if (ref) {
            person = people.value(*ref);
            if (!person)
                row.problem(
                    u"person_ref", QStringLiteral("no person with reference \"%1\"").arg(*ref));
        }
        const auto amount = row.money(u"amount");
        if (!amount && row.isBlank(u"amount"))
            row.problem(u"amount", QStringLiteral("a value is required"));
        else if (amount && *amount <= Money())
            row.problem(u"amount",
                QStringLiteral("a council payment must be more than zero; "
                               "enter a recovery as a return to the council"));
        if (remittance && ref) {
            if (const int earlier = seen.check(*remittance + u'|' + *ref, row.line()))
                row.rowProblem(QStringLiteral("remittance %1 for %2 is already on line %3")
                                   .arg(*remittance, *ref)
                                   .arg(earlier));
            else if (person && posted.contains(key(person, *remittance))) {
                const Posted p = posted.value(key(person, *remittance));
                row.rowProblem(QStringLiteral("remittance %1 for %2 was already posted on %3 "
                                              "(transaction %4)")
                                   .arg(*remittance, *ref, isoDate(p.date))
                                   .arg(p.txnId));
            }
        }
        if (!row.ok())
            return;
        NewEntry e;
        e.kind = TxnKind::CouncilPayment;
        e.date = *date;
        e.personId = person;
        e.amount = *amount;
        e.reference = *remittance;
        e.description = QStringLiteral("Council remittance %1").arg(*remittance);
        e.batchId = ctx.result().batchId;
        try {
            newTxns.insert(ledger.post(e));
            ++ctx.result().added;
            refOf.insert(person, *ref);
            if (!latest.isValid() || *date > latest)
                latest = *date;
        } catch (const LedgerError &err) {
            row.problem(u"date", err.message());
        } catch (const Error &err) {
            row.rowProblem(err.message());
        }
    });
    ledger.finishBatch();
    if (!ctx.errors().isEmpty() || newTxns.isEmpty())
        return;

    // How each payment reconciles, as of the remittance's latest date.
    const RuleInputs in = loadRuleInputs(ctx.file(), latest, TransactionParts);
    int matched = 0;
    QStringList unmatched;
    for (const PersonFacts &p : in.people) {
        if (!refOf.contains(p.personId))
            continue;
        const PaymentReconciliation r = reconcilePerson(p, latest);
        if (r.matches.empty()) {
            unmatched << QStringLiteral(
                "%1: no council payment is expected (no agreement in force)")
                             .arg(p.ref);
            continue;
        }
        for (const PaymentMatch &m : r.matches) {
            const bool mine = std::any_of(
                m.txnIds.begin(), m.txnIds.end(), [&](Id id) { return newTxns.contains(id); });
            if (!mine)
                continue;
            if (m.status == PaymentStatus::Matched || m.status == PaymentStatus::NotDue
                || m.status == PaymentStatus::Awaiting) {
                if (m.received >= m.expected.amount)
                    ++matched;
                else
                    unmatched << QStringLiteral("%1: %2 received of %3 due %4 (short by %5)")
                                     .arg(p.ref, m.received.display(), m.expected.amount.display(),
                                         isoDate(m.expected.due),
                                         (m.expected.amount - m.received).display());
            } else {
                unmatched << QStringLiteral("%1: %2 received against %3 due %4 (%5)")
                                 .arg(p.ref, m.received.display(), m.expected.amount.display(),
                                     isoDate(m.expected.due), paymentStatusCode(m.status));
            }
        }
    }
    ctx.result().notes
        << QStringLiteral("%1 of the payments match the expected payment in full.").arg(matched);
    const int shown = 20;
    for (int i = 0; i < unmatched.size() && i < shown; ++i)
        ctx.result().notes << unmatched[i] + u'.';
    if (unmatched.size() > shown)
        ctx.result().notes
            << QStringLiteral("... and %1 more not matching.").arg(unmatched.size() - shown);
}

} // namespace

void addRemittancesImport()
{
    ImportRegistry::add({ QStringLiteral("remittances"),
        { QStringLiteral("remittance_ref"), QStringLiteral("date"), QStringLiteral("person_ref"),
            QStringLiteral("amount") },
        {},
        QStringLiteral("A council remittance: one council payment per person, reconciled against "
                       "the schedule."),
        importRemittances });
}

} // namespace isf
