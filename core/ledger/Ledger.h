#pragma once
#include "ledger/Entry.h"

#include <QHash>
#include <QSqlQuery>

#include <map>
#include <memory>
#include <tuple>

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

    const ProviderFile &m_file;
    std::unique_ptr<Accounts> m_accounts;
    QHash<Id, std::shared_ptr<PersonRules>> m_rules;
    QSqlQuery m_insertTxn, m_insertPosting;
    bool m_batch = false;
    Id m_nextId = 0;
    QByteArray m_head;
    std::map<std::tuple<Id, Id, int>, qint64> m_monthTotals; // (account, person, yyyymm) -> net
};

} // namespace isf
