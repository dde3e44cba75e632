// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "core/ledger/Ledger.h"

#include "core/ledger/HashChain.h"
#include "core/ledger/TxnReader.h"
#include "core/storage/AgreementStore.h"
#include "core/storage/AuditLog.h"
#include "core/storage/ProviderFile.h"
#include "core/storage/ReferenceStore.h"
#include "core/storage/RowValues.h"
#include "core/storage/Sql.h"
#include "core/storage/SqliteDiagnosis.h"
#include "core/time/Clock.h"
#include "core/time/Dates.h"
#include "core/util/Errors.h"

#include <QSqlError>
#include <QSqlResult>

#include <array>

namespace isf {

struct Ledger::Accounts {
    Id bank = 0, councilIncome = 0, contributionIncome = 0, openingEquity = 0, councilReturns = 0,
       adjustments = 0;
    QHash<Id, Category> categories;
    QHash<Id, QString> bankAccounts; // id -> name
};

struct Ledger::PersonRules {
    QString ref;
    QString councilName;
    Policy policy;
    QDate closedThrough; // last day of the latest issued statement
};

namespace {

Id accountId(const QSqlDatabase &db, const char *code)
{
    const QVariant id = scalar(db, QStringLiteral("SELECT id FROM accounts WHERE code = ?"),
        { QLatin1String(code) }, "read the accounts");
    if (!id.isValid())
        throw StorageError(QStringLiteral("The provider file has no %1 account; it may be damaged.")
                               .arg(QLatin1String(code)));
    return id.toLongLong();
}

// Batch mode writes this many transactions a statement, and postings this many a statement.
constexpr std::size_t kPendingRows = 32;
constexpr std::size_t kPostingRows = 64;
// Batch mode adds its month totals to the file once it holds this many.
constexpr std::size_t kMonthTotalsHeld = 100000;

int monthKey(const QDate &d)
{
    return d.year() * 100 + d.month();
}

void prepare(QSqlQuery &q, const QSqlDatabase &db, const QString &sql)
{
    q = QSqlQuery(db);
    if (!q.prepare(sql))
        throwStorageError(db, q.lastError(), "prepare to post entries");
}

void run(QSqlQuery &q, const QSqlDatabase &db)
{
    if (!q.exec())
        throwStorageError(db, q.lastError(), "post the entry");
}

} // namespace

Ledger::Ledger(const ProviderFile &file) : m_file(file), m_accounts(std::make_unique<Accounts>())
{
    const QSqlDatabase db = file.database();
    m_accounts->bank = accountId(db, "bank:client");
    m_accounts->councilIncome = accountId(db, "income:council_payment");
    m_accounts->contributionIncome = accountId(db, "income:contribution");
    m_accounts->openingEquity = accountId(db, "equity:opening_balance");
    m_accounts->councilReturns = accountId(db, "expense:return_to_council");
    m_accounts->adjustments = accountId(db, "suspense:adjustment");
    for (const Category &c : listCategories(file))
        m_accounts->categories.insert(c.id, c);
    SqlQuery banks(db, QStringLiteral("SELECT id, name FROM accounts WHERE kind = 'bank'"));
    banks.exec("read the bank accounts");
    while (banks.next())
        m_accounts->bankAccounts.insert(banks.int64(0), banks.text(1));
}

Ledger::~Ledger() = default;

Money Ledger::effectiveAmount(const NewEntry &e)
{
    if (e.amount.isZero() && e.hours && e.rate)
        return Money::forHours(*e.hours, *e.rate);
    return e.amount;
}

const Ledger::PersonRules &Ledger::rulesFor(Id personId)
{
    if (!m_batch)
        m_rules.clear(); // outside a batch, agreements or statements may have changed
    auto it = m_rules.constFind(personId);
    if (it != m_rules.constEnd())
        return **it;
    const QSqlDatabase db = m_file.database();
    SqlQuery q(db,
        QStringLiteral(
            "SELECT p.ref, p.council_id, (SELECT max(period_last) FROM statements_issued s "
            "WHERE s.person_id = p.id) FROM people p WHERE p.id = ?"));
    q.bind({ personId }).exec("find the person");
    if (!q.next())
        throw InputError(QStringLiteral("There is no person with id %1.").arg(personId));
    auto rules = std::make_shared<PersonRules>();
    rules->ref = q.text(0);
    const auto council = councilById(m_file, q.int64(1));
    rules->councilName = council ? council->name : QString();
    rules->policy = council ? council->policy : Policy();
    rules->closedThrough = toDate(q.value(2));
    if (const auto agreement = currentAgreement(m_file, personId))
        rules->policy = agreement->effectivePolicy(rules->policy);
    return **m_rules.insert(personId, rules);
}

void Ledger::check(const NewEntry &e)
{
    if (!e.date.isValid())
        throw InputError(QStringLiteral("The entry needs a date."));
    if (e.personId == 0)
        throw InputError(QStringLiteral("The entry needs the person whose fund it belongs to."));
    if (e.kind == TxnKind::Reversal)
        throw InputError(
            QStringLiteral("A reversal is made from the entry it reverses, with a reason."));
    const PersonRules &rules = rulesFor(e.personId);
    if (e.hours.has_value() != e.rate.has_value())
        throw InputError(QStringLiteral("Hours and rate go together: give both, or neither."));
    if (e.hours && e.kind != TxnKind::Expense)
        throw InputError(QStringLiteral("Only an expense has hours and a rate."));
    const Money amount = effectiveAmount(e);
    if (e.hours && e.rate && !e.amount.isZero() && Money::forHours(*e.hours, *e.rate) != e.amount)
        throw InputError(QStringLiteral(
            "The amount %1 is not hours x rate (%2 x %3 = %4); leave the amount blank "
            "to use hours x rate.")
                             .arg(e.amount.display(), e.hours->toString(), e.rate->display(),
                                 Money::forHours(*e.hours, *e.rate).display()));
    if (e.kind == TxnKind::Adjustment ? amount.isZero() : amount <= Money())
        throw InputError(e.kind == TxnKind::Adjustment
                ? QStringLiteral("An adjustment cannot be zero.")
                : QStringLiteral(
                    "The amount must be more than zero; the type says which way it goes."));
    const Money limit = Money::fromPence(Money::kInputLimitPence);
    if (amount > limit || amount < -limit)
        throw InputError(QStringLiteral("The amount is beyond the limit of 10 billion pounds."));
    if (e.kind == TxnKind::Expense) {
        if (e.categoryId == 0)
            throw InputError(QStringLiteral("An expense needs a category."));
        const auto cat = m_accounts->categories.constFind(e.categoryId);
        if (cat == m_accounts->categories.constEnd())
            throw InputError(QStringLiteral("The expense category is not in this file."));
        if (!cat->active)
            throw InputError(
                QStringLiteral("The category \"%1\" is no longer in use.").arg(cat->name));
        if (cat->isManagementFee && !rules.policy.allowManagementFee)
            throw PolicyError(QStringLiteral(
                "%1 does not allow a management fee (\"%2\") to be paid from an ISF; "
                "management costs are in the hourly rate.")
                                  .arg(rules.councilName, cat->name));
        if (cat->isSharedCost && !rules.policy.allowSharedCosts)
            throw PolicyError(
                QStringLiteral("\"%1\" is a shared cost; %2 does not allow shared costs to be paid "
                               "from an ISF.")
                    .arg(cat->name, rules.councilName));
    } else if (e.categoryId != 0) {
        throw InputError(QStringLiteral("Only an expense has a category; leave it blank for a %1.")
                             .arg(txnKindLabel(e.kind).toLower()));
    }
    if (e.kind == TxnKind::Transfer) {
        if (!m_accounts->bankAccounts.contains(e.toBankAccountId)
            || e.toBankAccountId == e.bankAccountId
            || (e.bankAccountId == 0 && e.toBankAccountId == m_accounts->bank))
            throw InputError(QStringLiteral(
                "A transfer needs a different client bank account to move the money to."));
    }
    if (e.bankAccountId != 0 && !m_accounts->bankAccounts.contains(e.bankAccountId))
        throw InputError(QStringLiteral("That client bank account is not in this file."));
    if (rules.closedThrough.isValid() && e.date <= rules.closedThrough)
        throw LedgerError(QStringLiteral(
            "The period to %1 is closed for %2: a statement has been issued. Enter the "
            "correction dated after %1.")
                              .arg(longDate(rules.closedThrough), rules.ref));
}

JournalEntry Ledger::buildPostings(const NewEntry &e, Money amount) const
{
    const Accounts &a = *m_accounts;
    const Id bank = e.bankAccountId ? e.bankAccountId : a.bank;
    const Id p = e.personId;
    JournalEntry j;
    switch (e.kind) {
    case TxnKind::OpeningBalance:
        j.add(bank, p, amount);
        j.add(a.openingEquity, p, -amount);
        break;
    case TxnKind::CouncilPayment:
        j.add(bank, p, amount);
        j.add(a.councilIncome, p, -amount);
        break;
    case TxnKind::Contribution:
        j.add(bank, p, amount);
        j.add(a.contributionIncome, p, -amount);
        break;
    case TxnKind::Expense:
        j.add(a.categories.value(e.categoryId).accountId, p, amount);
        j.add(bank, p, -amount);
        break;
    case TxnKind::ReturnToCouncil:
        j.add(a.councilReturns, p, amount);
        j.add(bank, p, -amount);
        break;
    case TxnKind::Adjustment:
        j.add(bank, p, amount);
        j.add(a.adjustments, p, -amount);
        break;
    case TxnKind::Transfer:
        j.add(e.toBankAccountId, p, amount);
        j.add(bank, p, -amount);
        break;
    case TxnKind::Reversal:
        break;
    }
    j.finalize();
    return j;
}

void Ledger::loadChainHead()
{
    SqlQuery q(m_file.database(),
        QStringLiteral("SELECT id, hash FROM transactions ORDER BY id DESC LIMIT 1"));
    q.exec("read the ledger");
    if (q.next()) {
        m_nextId = q.int64(0) + 1;
        m_head = q.value(1).toByteArray();
    } else {
        m_nextId = 1;
        m_head = genesisHash();
    }
}

Id Ledger::write(
    const NewEntry &e, Id reversesId, const QString &reason, const std::vector<Posting> *mirror)
{
    if (!m_batch)
        loadChainHead(); // we hold the write lock, so the head cannot move under us
    PostedTxn t;
    t.id = m_nextId;
    t.kind = mirror ? TxnKind::Reversal : e.kind;
    t.date = e.date;
    t.personId = e.personId;
    t.amount = mirror ? e.amount : effectiveAmount(e);
    t.categoryId = e.categoryId;
    t.supplierId = e.supplierId;
    t.reference = e.reference.trimmed();
    t.description = e.description.trimmed();
    t.hours = e.hours;
    t.rate = e.rate;
    t.reversesId = reversesId;
    t.reason = reason.trimmed();
    t.batchId = e.batchId;
    t.recordedBy = m_file.userName();
    t.recordedAt = m_batch ? m_batchRecordedAt : timestamp(m_file);
    if (mirror) {
        for (const Posting &p : *mirror)
            t.postings.push_back({ p.accountId, p.personId, -p.amount });
        JournalEntry j;
        for (const Posting &p : t.postings)
            j.add(p.accountId, p.personId, p.amount);
        j.finalize();
    } else {
        t.postings = buildPostings(e, t.amount).postings();
    }
    t.prevHash = QString::fromLatin1(m_head);
    const QByteArray hash = transactionHash(t, m_head);

    const Id id = t.id;
    if (m_batch) {
        addMonthTotals(t);
        m_pending.emplace_back(std::move(t), hash);
        m_head = hash;
        ++m_nextId;
        if (m_pending.size() >= kPendingRows)
            flushPending();
        if (m_monthTotals.size() >= kMonthTotalsHeld)
            flushMonthTotals(); // bounded memory however long the batch
        return id;
    }
    insertRows({ { t, hash } });
    addMonthTotals(t);
    m_head = hash;
    ++m_nextId;
    flushMonthTotals();
    audit(m_file, mirror ? QStringLiteral("reverse") : QStringLiteral("post"),
        QStringLiteral("transaction"), t.id,
        QStringLiteral("%1 %2 %3 for person %4%5")
            .arg(txnKindCode(t.kind), isoDate(t.date), t.amount.plain())
            .arg(t.personId)
            .arg(reason.isEmpty() ? QString() : QStringLiteral(": ") + reason));
    return id;
}

namespace {

#if QT_VERSION < QT_VERSION_CHECK(6, 6, 0)
// QtSql has no call that hands a prepared statement all its values at once, and
// bindValue() formats and hashes a placeholder name for every value: a third of the
// time of a bulk insert. QSqlResult keeps the values in a list that the driver reads
// at exec(), reachable (in Qt 6.4 and 6.5) through the protected boundValues(); this
// writes that list directly. Qt versions that declare it differently use bindValue().
class BoundValues : public QSqlResult {
public:
    static QVariantList &of(const QSqlQuery &query)
    {
        return (query.result()->*&BoundValues::boundValues)();
    }
};
#define ISF_DIRECT_VALUES 1
#endif

// Gives a prepared statement its values in placeholder order.
class Binder {
public:
    Binder(QSqlQuery &query, const QStringList &names, qsizetype count)
        : m_query(query), m_names(names)
    {
#ifdef ISF_DIRECT_VALUES
        m_values = &BoundValues::of(query);
        m_values->resize(count);
#else
        Q_UNUSED(count);
#endif
    }
    void operator()(const QVariant &value)
    {
#ifdef ISF_DIRECT_VALUES
        (*m_values)[m_next++] = value;
#else
        m_query.bindValue(m_names[m_next++], value);
#endif
    }

private:
    [[maybe_unused]] QSqlQuery &m_query;
    [[maybe_unused]] const QStringList &m_names;
    [[maybe_unused]] QVariantList *m_values = nullptr;
    qsizetype m_next = 0;
};

constexpr int kTxnColumns = 18;
constexpr int kPostingColumns = 5;

// Named placeholders, ":t<row>_<column>" and ":p<row>_<column>": QtSql binds a named
// value with one hash lookup, where a positional one also formats its name each time,
// and binding is most of the cost of writing a row through QtSql.
const QStringList &placeholders(bool transactions)
{
    static const auto make = [](QChar prefix, std::size_t rows, int columns) {
        QStringList names;
        for (std::size_t r = 0; r < rows; ++r)
            for (int c = 0; c < columns; ++c)
                names << QStringLiteral(":%1%2_%3").arg(prefix).arg(r).arg(c);
        return names;
    };
    static const QStringList txn = make(u't', kPendingRows, kTxnColumns);
    static const QStringList posting = make(u'p', kPostingRows, kPostingColumns);
    return transactions ? txn : posting;
}

} // namespace

QSqlQuery &Ledger::insertStatement(bool transactions, int rows)
{
    QHash<int, QSqlQuery> &cache = transactions ? m_insertTxns : m_insertPostings;
    const auto found = cache.find(rows);
    if (found != cache.end())
        return *found;
    QString sql = transactions
        ? QStringLiteral("INSERT INTO transactions (id, kind, txn_date, person_id, amount, "
                         "category_id, supplier_id, reference, description, hours, rate, "
                         "reverses_id, reason, batch_id, recorded_by, recorded_at, prev_hash, "
                         "hash) VALUES ")
        : QStringLiteral(
            "INSERT INTO postings (txn_id, account_id, person_id, txn_date, amount) VALUES ");
    const QStringList &names = placeholders(transactions);
    const int columns = transactions ? kTxnColumns : kPostingColumns;
    for (int r = 0; r < rows; ++r) {
        sql += r > 0 ? QStringLiteral(",(") : QStringLiteral("(");
        for (int c = 0; c < columns; ++c) {
            if (c > 0)
                sql += u',';
            sql += names[r * columns + c];
        }
        sql += u')';
    }
    QSqlQuery q;
    prepare(q, m_file.database(), sql);
    return *cache.insert(rows, q);
}

// Writes transactions and their postings, several rows to a statement.
void Ledger::insertRows(const std::vector<std::pair<PostedTxn, QByteArray>> &rows)
{
    if (rows.empty())
        return;
    const auto nullable = [](Id id) { return id ? QVariant(id) : QVariant(); };
    QSqlQuery &q = insertStatement(true, int(rows.size()));
    Binder bind(q, placeholders(true), qsizetype(rows.size()) * kTxnColumns);
    std::vector<std::pair<std::size_t, const Posting *>> postings; // (row, posting)
    std::vector<QString> dates;
    dates.reserve(rows.size());
    static const std::array<QString, 8> kinds = [] {
        std::array<QString, 8> k;
        for (int i = 0; i < 8; ++i)
            k[std::size_t(i)] = txnKindCode(TxnKind(i));
        return k;
    }();
    for (const auto &[t, hash] : rows) {
        dates.push_back(isoDate(t.date));
        bind(t.id);
        bind(std::size_t(t.kind) < kinds.size() ? kinds[std::size_t(t.kind)] : txnKindCode(t.kind));
        bind(dates.back());
        bind(nullable(t.personId));
        bind(t.amount.pence());
        bind(nullable(t.categoryId));
        bind(nullable(t.supplierId));
        bind(textSafe(t.reference));
        bind(textSafe(t.description));
        bind(t.hours ? QVariant(t.hours->hundredths()) : QVariant());
        bind(t.rate ? QVariant(t.rate->pence()) : QVariant());
        bind(nullable(t.reversesId));
        bind(textSafe(t.reason));
        bind(nullable(t.batchId));
        bind(textSafe(t.recordedBy));
        bind(textSafe(t.recordedAt));
        bind(t.prevHash);
        bind(QString::fromLatin1(hash));
        for (const Posting &p : t.postings)
            postings.emplace_back(dates.size() - 1, &p);
    }
    run(q, m_file.database());
    std::size_t done = 0;
    while (done < postings.size()) {
        const std::size_t n = std::min(postings.size() - done, kPostingRows);
        QSqlQuery &pq = insertStatement(false, int(n));
        Binder bindPosting(pq, placeholders(false), qsizetype(n) * kPostingColumns);
        for (std::size_t k = done; k < done + n; ++k) {
            const auto &[row, p] = postings[k];
            bindPosting(rows[row].first.id);
            bindPosting(p->accountId);
            bindPosting(nullable(p->personId));
            bindPosting(dates[row]);
            bindPosting(p->amount.pence());
        }
        run(pq, m_file.database());
        done += n;
    }
}

void Ledger::flushPending()
{
    insertRows(m_pending);
    m_pending.clear();
}

void Ledger::addMonthTotals(const PostedTxn &t)
{
    const int month = monthKey(t.date);
    for (const Posting &p : t.postings)
        m_monthTotals[MonthKey { p.accountId, p.personId, month }] += p.amount.pence();
}

QSqlQuery &Ledger::monthStatement(int rows)
{
    const auto found = m_upsertMonths.find(rows);
    if (found != m_upsertMonths.end())
        return *found;
    QString sql
        = QStringLiteral("INSERT INTO balance_months (account_id, person_id, month, net) VALUES ");
    for (int r = 0; r < rows; ++r)
        sql += QStringLiteral("%1(:m%2_0,:m%2_1,:m%2_2,:m%2_3)")
                   .arg(r > 0 ? QStringLiteral(",") : QString())
                   .arg(r);
    sql += QStringLiteral(" ON CONFLICT (account_id, person_id, month) DO UPDATE SET net = "
                          "balance_months.net + excluded.net");
    QSqlQuery q;
    prepare(q, m_file.database(), sql);
    return *m_upsertMonths.insert(rows, q);
}

// Adds the month totals kept since the last flush to balance_months, many rows to a
// statement (a batch of a million entries touches hundreds of thousands of months).
void Ledger::flushMonthTotals()
{
    static const QStringList names = [] {
        QStringList n;
        for (std::size_t r = 0; r < kPostingRows; ++r)
            for (int c = 0; c < 4; ++c)
                n << QStringLiteral(":m%1_%2").arg(r).arg(c);
        return n;
    }();
    std::vector<std::pair<MonthKey, qint64>> rows(m_monthTotals.begin(), m_monthTotals.end());
    m_monthTotals.clear();
    std::size_t done = 0;
    while (done < rows.size()) {
        const std::size_t n = std::min(rows.size() - done, kPostingRows);
        QSqlQuery &q = monthStatement(int(n));
        Binder bind(q, names, qsizetype(n) * 4);
        for (std::size_t k = done; k < done + n; ++k) {
            bind(rows[k].first.account);
            bind(rows[k].first.person);
            bind(rows[k].first.month);
            bind(rows[k].second);
        }
        run(q, m_file.database());
        done += n;
    }
}

Id Ledger::post(const NewEntry &entry)
{
    if (m_batch) { // the caller holds the batch's transaction
        check(entry);
        return write(entry, 0, QString(), nullptr);
    }
    WriteTransaction txn(m_file.database());
    check(entry);
    const Id id = write(entry, 0, QString(), nullptr);
    txn.commit();
    return id;
}

Id Ledger::reverse(Id txnId, const QString &reason, const QDate &date)
{
    if (reason.trimmed().isEmpty())
        throw InputError(QStringLiteral("A reversal needs a reason."));
    WriteTransaction txn(m_file.database());
    if (m_batch)
        flushPending(); // the original, or an earlier reversal of it, may still be queued
    const auto original = readTransaction(m_file, txnId);
    if (!original)
        throw InputError(QStringLiteral("There is no transaction %1.").arg(txnId));
    if (original->kind == TxnKind::Reversal)
        throw LedgerError(
            QStringLiteral("Transaction %1 is itself a reversal; post the entry again instead of "
                           "reversing the reversal.")
                .arg(txnId));
    const QVariant already = scalar(m_file.database(),
        QStringLiteral("SELECT id FROM transactions WHERE reverses_id = ?"), { txnId },
        "check the reversal");
    if (already.isValid())
        throw LedgerError(QStringLiteral("Transaction %1 was already reversed by transaction %2.")
                              .arg(txnId)
                              .arg(already.toLongLong()));
    NewEntry e;
    e.kind = original->kind;
    e.date = date.isValid() ? date : m_file.clock().today();
    e.personId = original->personId;
    e.amount = original->amount;
    e.categoryId = original->categoryId;
    e.supplierId = original->supplierId;
    e.reference = original->reference;
    e.description = original->description;
    e.hours = original->hours;
    e.rate = original->rate;
    if (e.date < original->date)
        throw InputError(
            QStringLiteral("A reversal cannot be dated before the entry it reverses (%1).")
                .arg(longDate(original->date)));
    if (e.personId) {
        const PersonRules &rules = rulesFor(e.personId);
        if (rules.closedThrough.isValid() && e.date <= rules.closedThrough)
            throw LedgerError(
                QStringLiteral("The period to %1 is closed for %2: date the reversal after %1.")
                    .arg(longDate(rules.closedThrough), rules.ref));
    }
    const Id id = write(e, txnId, reason, &original->postings);
    txn.commit();
    return id;
}

void Ledger::beginBatch()
{
    m_batch = true;
    m_rules.clear();
    m_pending.clear();
    m_batchRecordedAt = timestamp(m_file);
    loadChainHead();
    m_batchFirstId = m_nextId;
}

void Ledger::finishBatch()
{
    flushPending();
    flushMonthTotals();
    m_batch = false;
    m_rules.clear();
    // One journal entry for the whole batch (single posts have one each), so the journal
    // always knows where the ledger stands, whoever called the batch.
    if (m_nextId > m_batchFirstId)
        audit(m_file, QStringLiteral("post batch"), QStringLiteral("transaction"), 0,
            QStringLiteral("transactions %1 to %2 posted in one batch")
                .arg(m_batchFirstId)
                .arg(m_nextId - 1));
}

} // namespace isf
