// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include "core/ledger/Entry.h"

#include <QHash>
#include <QSqlQuery>

#include <memory>
#include <unordered_map>
#include <vector>

namespace isf {

class ProviderFile;

// Posts entries to a provider file's double-entry journal. Posted transactions are
// never edited or deleted: a mistake is corrected by reverse(). Each post checks the
// entry (person, amount, category, council policy, closed periods), builds balanced
// postings, chains the hash and records who and when, all in one transaction.
class Ledger {
public:
    explicit Ledger(const ProviderFile &file);
    ~Ledger();
    Ledger(const Ledger &) = delete;
    Ledger &operator=(const Ledger &) = delete;

    // One user action: posts in its own transaction (or joins the caller's).
    Id post(const NewEntry &entry);
    // Posts the mirror image of a transaction, dated `date` (today when invalid).
    // Refuses a reversal of a reversal and a second reversal of the same entry.
    Id reverse(Id txnId, const QString &reason, const QDate &date = QDate());

    // Checks an entry without posting it; throws InputError, PolicyError or
    // LedgerError with the reason. Forms use this for inline validation.
    void check(const NewEntry &entry);

    // Bulk posting for imports and the generator: the caller holds one
    // WriteTransaction around beginBatch() ... finishBatch(); the month totals and
    // the chain head are kept in memory until finishBatch() writes them.
    void beginBatch();
    void finishBatch();

    // The amount an entry will post: hours x rate when no amount is given.
    static Money effectiveAmount(const NewEntry &entry);

private:
    struct Accounts;
    struct PersonRules;
    Id write(const NewEntry &entry, Id reversesId, const QString &reason,
        const std::vector<Posting> *mirror);
    const PersonRules &rulesFor(Id personId);
    JournalEntry buildPostings(const NewEntry &entry, Money amount) const;
    void addMonthTotals(const PostedTxn &txn);
    void flushMonthTotals();
    void loadChainHead();
    // Batch mode keeps the last few transactions here and writes them with multi-row
    // INSERTs (far fewer statement executions); flushPending() writes them out.
    void insertRows(const std::vector<std::pair<PostedTxn, QByteArray>> &rows);
    void flushPending();
    QSqlQuery &insertStatement(bool transactions, int rows);
    QSqlQuery &monthStatement(int rows);

    struct MonthKey {
        Id account, person;
        int month;
        bool operator==(const MonthKey &) const = default;
    };
    struct MonthKeyHash {
        std::size_t operator()(const MonthKey &k) const noexcept
        {
            return std::size_t(k.account) * 0x9E3779B97F4A7C15ULL
                ^ std::size_t(k.person) * 0xC2B2AE3D27D4EB4FULL ^ std::size_t(k.month);
        }
    };

    const ProviderFile &m_file;
    std::unique_ptr<Accounts> m_accounts;
    QHash<Id, std::shared_ptr<PersonRules>> m_rules;
    QHash<int, QSqlQuery> m_insertTxns, m_insertPostings, m_upsertMonths; // by number of rows
    bool m_batch = false;
    QString m_batchRecordedAt; // one recording time for the whole batch
    Id m_nextId = 0;
    Id m_batchFirstId = 0; // the first id posted by the batch in progress
    QByteArray m_head;
    std::vector<std::pair<PostedTxn, QByteArray>> m_pending; // (transaction, hash)
    std::unordered_map<MonthKey, qint64, MonthKeyHash> m_monthTotals; // -> net
};

} // namespace isf
