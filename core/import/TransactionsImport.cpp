// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
// transactions: person_ref,date,type,amount,category,supplier,reference,description,
// hours,rate (and txn_id, reverses), posted to the ledger in one batch. The same rows
// imported twice are refused.
#include "core/import/Columns.h"
#include "core/import/ImportBatches.h"
#include "core/import/ImportKind.h"
#include "core/ledger/EntryResolver.h"
#include "core/ledger/Ledger.h"
#include "core/storage/PersonStore.h"
#include "core/storage/ProviderFile.h"
#include "core/storage/ReferenceStore.h"
#include "core/time/Dates.h"
#include "core/util/Errors.h"

#include <QCryptographicHash>
#include <QHash>

#include <algorithm>
#include <optional>
#include <vector>

namespace isf {
namespace {

const QString kImportableTypes
    = QStringLiteral("opening_balance, council_payment, contribution, "
                     "expense, return_to_council, adjustment or reversal");

// The required columns, in transactionColumns() order.
enum Column {
    CPerson,
    CDate,
    CType,
    CAmount,
    CCategory,
    CSupplier,
    CReference,
    CDescription,
    CHours,
    CRate,
    ColumnCount
};

QString categoryNames(const ProviderFile &file)
{
    QStringList names;
    for (const Category &c : listCategories(file))
        if (c.active)
            names << c.name;
    return names.join(QStringLiteral(", "));
}

// Problems the ledger would refuse, worded against the column at fault: hours and rate
// (once both have parsed), then the amount and category (once the amount has too).
void checkHours(const NewEntry &e, const EntryText &t, std::vector<FieldProblem> &problems)
{
    const bool hasHours = !t.hours.trimmed().isEmpty();
    const bool hasRate = !t.rate.trimmed().isEmpty();
    if (hasHours != hasRate)
        problems.push_back({ hasHours ? QStringLiteral("rate") : QStringLiteral("hours"),
            QStringLiteral("hours and rate go together: give both, or neither") });
    if (hasHours && e.kind != TxnKind::Expense)
        problems.push_back(
            { QStringLiteral("hours"), QStringLiteral("only an expense has hours and a rate") });
}

void checkEntry(const NewEntry &e, const EntryText &t, const QString &categories,
    std::vector<FieldProblem> &problems)
{
    if (e.hours && e.rate && !t.amount.trimmed().isEmpty()
        && Money::forHours(*e.hours, *e.rate) != e.amount)
        problems.push_back({ QStringLiteral("amount"),
            QStringLiteral("%1 is not hours x rate (%2 x %3 = %4); leave the amount blank to use "
                           "hours x rate")
                .arg(e.amount.plain(), e.hours->toString(), e.rate->plain(),
                    Money::forHours(*e.hours, *e.rate).plain()) });
    const Money amount = Ledger::effectiveAmount(e);
    if (!t.amount.trimmed().isEmpty() || (e.hours && e.rate)) {
        if (e.kind == TxnKind::Adjustment && amount.isZero())
            problems.push_back(
                { QStringLiteral("amount"), QStringLiteral("an adjustment cannot be zero") });
        else if (e.kind != TxnKind::Adjustment && amount <= Money())
            problems.push_back({ QStringLiteral("amount"),
                QStringLiteral("must be more than zero; the type says which way the money goes "
                               "(only an adjustment may be negative)") });
    }
    if (e.kind == TxnKind::Expense && t.category.trimmed().isEmpty())
        problems.push_back({ QStringLiteral("category"),
            QStringLiteral("an expense needs a category; the categories are: %1")
                .arg(categories) });
    if (e.kind != TxnKind::Expense && !t.category.trimmed().isEmpty())
        problems.push_back({ QStringLiteral("category"),
            QStringLiteral("only an expense has a category; leave it blank for a %1")
                .arg(txnKindLabel(e.kind).toLower()) });
}

bool importable(const QString &type)
{
    static const QStringList kinds { QStringLiteral("opening_balance"),
        QStringLiteral("council_payment"), QStringLiteral("contribution"),
        QStringLiteral("expense"), QStringLiteral("return_to_council"),
        QStringLiteral("adjustment"), QStringLiteral("reversal") };
    return kinds.contains(type.trimmed().toLower());
}

// A row seen earlier in the same file, by its txn_id there (kept small: an export of a
// million transactions has a million of them).
struct SourceRow {
    enum State : quint8 { Posted, Failed, Reversal };
    Id id = 0; // the transaction posted for it in this file
    Id personId = 0;
    qint64 amount = 0; // pence
    int line = 0;
    State state = Failed;
};

// The rows with a txn_id, by it. Exports number their rows in increasing order, so they
// go in a sorted vector (a million of them in under 40 MB); a file numbered otherwise
// falls back to a hash for the rows out of order.
class SeenRows {
public:
    SourceRow *find(qint64 txnId)
    {
        const auto it = std::lower_bound(m_sorted.begin(), m_sorted.end(), txnId,
            [](const std::pair<qint64, SourceRow> &e, qint64 id) { return e.first < id; });
        if (it != m_sorted.end() && it->first == txnId)
            return &it->second;
        const auto other = m_other.find(txnId);
        return other == m_other.end() ? nullptr : &*other;
    }
    const SourceRow *find(qint64 txnId) const { return const_cast<SeenRows *>(this)->find(txnId); }
    void insert(qint64 txnId, const SourceRow &row)
    {
        if (m_sorted.empty() || txnId > m_sorted.back().first)
            m_sorted.emplace_back(txnId, row);
        else
            m_other.insert(txnId, row);
    }

private:
    std::vector<std::pair<qint64, SourceRow>> m_sorted;
    QHash<qint64, SourceRow> m_other;
};

// A reversal row: `reverses` names the txn_id of an earlier row of the same file, whose
// entry is reversed with the row's description as the reason.
void importReversal(ImportContext &ctx, Ledger &ledger, const CsvRow &row, const EntryText &t,
    const QString &reverses, const SeenRows &seen, QByteArray &normal)
{
    const int line = row.line();
    int problems = 0;
    const auto problem = [&](const char16_t *column, const QString &message) {
        ctx.errors().add(line, column, message);
        ++problems;
    };
    QDate date;
    try {
        date = parseDate(t.date);
    } catch (const InputError &e) {
        problem(u"date", e.message());
    }
    bool ok = false;
    const qint64 original = reverses.toLongLong(&ok);
    const SourceRow *source = nullptr;
    const SourceRow *found = ok ? seen.find(original) : nullptr;
    if (reverses.isEmpty())
        problem(u"reverses",
            QStringLiteral("a reversal needs the txn_id of the row it reverses (in this file)"));
    else if (!ok || original < 1)
        problem(u"reverses", QStringLiteral("\"%1\" is not a txn_id").arg(reverses));
    else if (!found || found->line >= line)
        problem(
            u"reverses", QStringLiteral("no earlier row in this file has txn_id %1").arg(original));
    else if (found->state == SourceRow::Failed)
        return; // that row's own problems are reported; this one waits for it
    else if (found->state == SourceRow::Reversal)
        problem(u"reverses",
            QStringLiteral("txn_id %1 is itself a reversal; a reversal is not reversed")
                .arg(original));
    else
        source = found;
    if (source) {
        const std::optional<Person> owner = personById(ctx.file(), source->personId);
        const QString ref = owner ? owner->ref : QString();
        if (t.personRef.trimmed() != ref)
            problem(u"person_ref",
                QStringLiteral("\"%1\" is not the person of txn_id %2 (%3)")
                    .arg(t.personRef.trimmed())
                    .arg(original)
                    .arg(ref));
    }
    if (source && !t.amount.trimmed().isEmpty()) {
        try {
            const Money amount = Money::parse(t.amount);
            if (amount.pence() != source->amount)
                problem(u"amount",
                    QStringLiteral("%1 is not the amount of txn_id %2 (%3)")
                        .arg(amount.plain())
                        .arg(original)
                        .arg(Money::fromPence(source->amount).plain()));
        } catch (const InputError &e) {
            problem(u"amount", e.message());
        }
    }
    const QString reason = t.description.trimmed();
    if (reason.isEmpty())
        problem(u"description", QStringLiteral("a reversal needs its reason here"));
    normal += "reversal\x1f" + reverses.toUtf8() + '\x1f' + date.toString(Qt::ISODate).toUtf8()
        + '\x1f' + reason.toUtf8() + "\x1e";
    if (problems > 0 || !source)
        return;
    try {
        ledger.reverse(source->id, reason, date);
        ++ctx.result().added;
    } catch (const LedgerError &e) {
        problem(u"reverses", e.message());
    } catch (const InputError &e) {
        problem(u"date", e.message());
    }
}

void importTransactions(ImportContext &ctx)
{
    const ColumnLayout layout = transactionColumns();
    int col[ColumnCount];
    for (int i = 0; i < ColumnCount; ++i)
        col[i] = ctx.column(layout.required[i]);
    const QString categories = categoryNames(ctx.file());
    const int txnIdColumn = ctx.column(u"txn_id");
    const int reversesColumn = ctx.column(u"reverses");
    SeenRows seen; // rows with a txn_id, by it

    // A large import into a small ledger: a bigger page cache, and the ledger's
    // secondary indexes built once at the end rather than row by row (about 40
    // bytes a row in a CSV file; see ImportBatches.h).
    const qsizetype estimatedRows = ctx.byteSize() / 40;
    const BulkWriteCache cache(ctx.file(), estimatedRows > 20000 ? 64 : 16);
    std::optional<DeferredIndexes> deferred;
    if (estimatedRows > 50000 && estimatedRows > lastTransactionId(ctx.file()))
        deferred.emplace(ctx.file());

    EntryResolver resolver(ctx.file());
    Ledger ledger(ctx.file());
    ledger.beginBatch();
    QCryptographicHash fingerprint(QCryptographicHash::Sha256);
    std::vector<FieldProblem> problems;
    QByteArray normal;
    ctx.forEachRow([&](const CsvRow &row) {
        ++ctx.result().rows;
        EntryText t;
        t.personRef = importCell(row, col[CPerson]);
        t.date = importCell(row, col[CDate]);
        t.type = importCell(row, col[CType]);
        t.amount = importCell(row, col[CAmount]);
        t.category = importCell(row, col[CCategory]);
        t.supplier = importCell(row, col[CSupplier]);
        t.reference = importCell(row, col[CReference]);
        t.description = importCell(row, col[CDescription]);
        t.hours = importCell(row, col[CHours]);
        t.rate = importCell(row, col[CRate]);
        const QString txnIdText = importCell(row, txnIdColumn);
        qint64 txnId = 0;
        if (!txnIdText.isEmpty()) {
            bool ok = false;
            txnId = txnIdText.toLongLong(&ok);
            if (!ok || txnId < 1) {
                ctx.errors().add(row.line(), u"txn_id",
                    QStringLiteral("\"%1\" is not a whole number").arg(txnIdText));
                txnId = 0;
            } else if (const SourceRow *earlier = seen.find(txnId)) {
                ctx.errors().add(row.line(), u"txn_id",
                    QStringLiteral("%1 is already on line %2").arg(txnId).arg(earlier->line));
                txnId = 0;
            } else {
                seen.insert(txnId, SourceRow { 0, 0, 0, row.line(), SourceRow::Failed });
            }
        }
        if (t.type.trimmed().compare(u"reversal", Qt::CaseInsensitive) == 0) {
            normal.clear();
            const qsizetype before = ctx.errors().count();
            importReversal(ctx, ledger, row, t, importCell(row, reversesColumn), seen, normal);
            fingerprint.addData(normal);
            if (txnId && ctx.errors().count() == before)
                seen.find(txnId)->state = SourceRow::Reversal;
            return;
        }
        if (!importCell(row, reversesColumn).isEmpty())
            ctx.errors().add(row.line(), u"reverses",
                QStringLiteral("only a reversal reverses another row; leave it blank"));

        problems.clear();
        NewEntry e = resolver.resolve(t, problems);
        const auto failed = [&](const char16_t *column) {
            for (const FieldProblem &p : problems)
                if (p.column == QStringView(column))
                    return true;
            return false;
        };
        const QString typeKey = t.type.trimmed().toLower();
        if (!importable(typeKey)) {
            std::erase_if(problems, [](const FieldProblem &p) { return p.column == u"type"; });
            QString message;
            if (typeKey.isEmpty())
                message = QStringLiteral("is empty; use %1").arg(kImportableTypes);
            else if (typeKey == u"transfer")
                message
                    = QStringLiteral("a transfer between bank accounts cannot be imported; use %1")
                          .arg(kImportableTypes);
            else
                message = QStringLiteral("\"%1\" is not a transaction type: use %2")
                              .arg(t.type, kImportableTypes);
            problems.push_back({ QStringLiteral("type"), message });
        }
        const bool typed = !failed(u"type");
        const bool hoursParsed = !failed(u"hours") && !failed(u"rate");
        if (typed && hoursParsed)
            checkHours(e, t, problems);
        if (typed && hoursParsed && !failed(u"amount"))
            checkEntry(e, t, categories, problems);

        // The fingerprint: each row as parsed, so that a file saved again with other
        // line ends, quoting or date forms still matches.
        normal.clear();
        const auto part = [&](const QString &s) {
            normal += s.toUtf8();
            normal += '\x1f';
        };
        part(t.personRef);
        part(failed(u"date") ? t.date : isoDate(e.date));
        part(t.type.trimmed().toLower());
        part(failed(u"amount") ? t.amount : QString::number(e.amount.pence()));
        part(t.category.toLower());
        part(t.supplier.toLower());
        part(t.reference);
        part(t.description);
        part(failed(u"hours") || !e.hours ? t.hours : QString::number(e.hours->hundredths()));
        part(failed(u"rate") || !e.rate ? t.rate : QString::number(e.rate->pence()));
        normal += '\x1e';
        fingerprint.addData(normal);

        if (!problems.empty()) {
            for (const FieldProblem &p : problems)
                ctx.errors().add(row.line(), p.column, p.message);
            return; // a row with a txn_id stays Failed
        }
        e.batchId = ctx.result().batchId;
        const qsizetype before = ctx.errors().count();
        try {
            const Id id = ledger.post(e);
            ++ctx.result().added;
            if (txnId)
                *seen.find(txnId) = SourceRow { id, e.personId, Ledger::effectiveAmount(e).pence(),
                    row.line(), SourceRow::Posted };
        } catch (const PolicyError &err) {
            ctx.errors().add(row.line(), u"category", err.message());
        } catch (const LedgerError &err) {
            ctx.errors().add(row.line(), u"date", err.message());
        } catch (const InputError &err) {
            ctx.errors().addRow(row.line(), err.message());
        }
        if (txnId && ctx.errors().count() > before)
            seen.find(txnId)->state = SourceRow::Failed;
    });
    ledger.finishBatch();
    if (deferred && ctx.errors().isEmpty())
        deferred->rebuild();
    ctx.result().addedSuppliers = resolver.addedSuppliers();
    ctx.result().fingerprint = QString::fromLatin1(fingerprint.result().toHex());
    if (ctx.result().rows == 0)
        return; // an empty file (a template) is nothing to refuse
    if (const auto earlier = findImportBatch(ctx.file(), QStringLiteral("transactions"),
            ctx.result().fingerprint, ctx.result().batchId)) {
        const QDate on = QDate::fromString(earlier->importedAt.left(10), Qt::ISODate);
        throw InputError(
            QStringLiteral("%1: these transactions were already imported on %2 by %3 (batch %4, "
                           "from \"%5\", %6 rows); nothing was imported. If they really are new "
                           "entries, check the file against the ledger first.")
                .arg(ctx.sourceName(), on.isValid() ? longDate(on) : earlier->importedAt,
                    earlier->importedBy)
                .arg(earlier->id)
                .arg(earlier->sourceName)
                .arg(earlier->rowCount));
    }
}

} // namespace

void addTransactionsImport()
{
    const ColumnLayout columns = transactionColumns();
    ImportRegistry::add({ QStringLiteral("transactions"), columns.required, columns.optional,
        QStringLiteral("Ledger entries, posted in one batch; the same file twice is refused."),
        importTransactions });
}

} // namespace isf
