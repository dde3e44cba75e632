// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "core/integrity/Journal.h"

#include "core/integrity/JournalScope.h"
#include "core/integrity/RowCanon.h"
#include "core/storage/AuditLog.h"
#include "core/storage/ProviderFile.h"
#include "core/storage/Sql.h"
#include "core/util/Errors.h"

#include <QCryptographicHash>
#include <QHash>
#include <QSqlRecord>

#include <algorithm>

namespace isf {
namespace {

void field(QByteArray &out, QByteArrayView bytes)
{
    out.append(QByteArray::number(bytes.size()));
    out.append(':');
    out.append(bytes);
    out.append('|');
}

// Compares the rows in scope with the seals (the hash each row had at its last entry)
// and returns what changed, updating the seals to match.
std::vector<JournalRow> diffScope(const ProviderFile &file, const JournalScope &scope)
{
    const QSqlDatabase db = file.database();
    const QStringList keys = keyColumns(db, scope.table);
    QHash<QString, QByteArray> seals;
    {
        QString sql = QStringLiteral("SELECT row_key, row_hash FROM row_seals WHERE tbl = ?");
        if (scope.kind == JournalScope::Row)
            sql += QStringLiteral(" AND row_key = ?");
        else if (scope.kind == JournalScope::Owner)
            sql += QStringLiteral(" AND owner = ?");
        SqlQuery s(db, sql);
        s.bindAt(0, scope.table);
        if (scope.kind == JournalScope::Row)
            s.bindAt(1, QString::number(scope.id));
        else if (scope.kind == JournalScope::Owner)
            s.bindAt(1, QStringLiteral("person:%1").arg(scope.id));
        s.exec("read the journal");
        while (s.next())
            seals.insert(s.text(0), s.value(1).toByteArray());
    }
    std::vector<JournalRow> changed;
    std::vector<QVariant> owners;
    {
        SqlQuery q(db, scopeSelect(scope));
        if (scope.kind != JournalScope::Whole)
            q.bindAt(0, scope.id);
        q.exec("write the journal");
        while (q.next()) {
            QSqlRecord rec = q.raw().record();
            const QVariant owner = rec.value(rec.count() - 1);
            rec.remove(rec.count() - 1);
            const QString key = rowKey(rec, keys);
            const QByteArray hash = rowHash(scope.table, rec);
            const auto found = seals.find(key);
            if (found == seals.end() || *found != hash) {
                changed.push_back({ scope.table, key, hash });
                owners.push_back(owner);
            }
            if (found != seals.end())
                seals.erase(found);
        }
    }
    for (auto it = seals.cbegin(); it != seals.cend(); ++it) {
        changed.push_back({ scope.table, it.key(), QByteArray() });
        owners.push_back(QVariant());
    }
    for (std::size_t i = 0; i < changed.size(); ++i) {
        const JournalRow &r = changed[i];
        SqlQuery(db, QStringLiteral("DELETE FROM row_seals WHERE tbl = ? AND row_key = ?"))
            .bind({ r.table, r.key })
            .exec("write the journal");
        if (!r.hash.isEmpty())
            SqlQuery(db,
                QStringLiteral(
                    "INSERT INTO row_seals (tbl, row_key, row_hash, owner) VALUES (?, ?, ?, ?)"))
                .bind({ r.table, r.key, r.hash, owners[i] })
                .exec("write the journal");
    }
    return changed;
}

void insertEntry(const ProviderFile &file, JournalRecord &e)
{
    const auto [lastId, lastHash] = journalHead(file);
    e.id = lastId + 1;
    e.hash = journalEntryHash(e, lastHash);
    SqlQuery(file.database(),
        QStringLiteral("INSERT INTO audit_log (id, at, user_name, action, entity, entity_id, "
                       "detail, txn_last, txn_head, row_changes, hash) VALUES (?, ?, ?, ?, ?, ?, "
                       "?, ?, ?, ?, ?)"))
        .bind({ e.id, e.at, e.userName, e.action, e.entity,
            e.entityId == 0 ? QVariant() : QVariant(e.entityId), e.detail, e.txnLast, e.txnHead,
            e.rows, e.hash })
        .exec("write the audit log");
}

void readTxnHead(const ProviderFile &file, JournalRecord &e)
{
    SqlQuery last(file.database(),
        QStringLiteral("SELECT id, hash FROM transactions ORDER BY id DESC LIMIT 1"));
    last.exec("read the ledger");
    if (last.next()) {
        e.txnLast = last.int64(0);
        e.txnHead = last.value(1).toByteArray();
    }
}

} // namespace

QByteArray journalGenesis()
{
    return QByteArray(32, '\0');
}

QByteArray journalEntryHash(const JournalRecord &e, const QByteArray &previousHash)
{
    QByteArray c;
    c.reserve(256 + e.rows.size());
    field(c, "isf-journal-v1");
    field(c, QByteArray::number(e.id));
    field(c, e.at.toUtf8());
    field(c, e.userName.toUtf8());
    field(c, e.action.toUtf8());
    field(c, e.entity.toUtf8());
    field(c, QByteArray::number(e.entityId));
    field(c, e.detail.toUtf8());
    field(c, QByteArray::number(e.txnLast));
    field(c, e.txnHead);
    field(c, QCryptographicHash::hash(e.rows, QCryptographicHash::Sha256));
    field(c, previousHash);
    return QCryptographicHash::hash(c, QCryptographicHash::Sha256);
}

QByteArray encodeRows(const std::vector<JournalRow> &rows)
{
    QByteArray out;
    for (const JournalRow &r : rows) {
        out.append(r.table.toUtf8());
        out.append('\0');
        out.append(r.key.toUtf8());
        out.append('\0');
        out.append(char(r.hash.size()));
        out.append(r.hash);
    }
    return out;
}

std::vector<JournalRow> decodeRows(const QByteArray &bytes)
{
    std::vector<JournalRow> out;
    qsizetype at = 0;
    while (at < bytes.size()) {
        const qsizetype t = bytes.indexOf('\0', at);
        const qsizetype k = t < 0 ? -1 : bytes.indexOf('\0', t + 1);
        if (k < 0 || k + 1 >= bytes.size())
            throw StorageError(
                QStringLiteral("A journal entry's list of changed rows is cut off."));
        const int n = int(quint8(bytes[k + 1]));
        if (k + 2 + n > bytes.size())
            throw StorageError(
                QStringLiteral("A journal entry's list of changed rows is cut off."));
        out.push_back({ QString::fromUtf8(bytes.mid(at, t - at)),
            QString::fromUtf8(bytes.mid(t + 1, k - t - 1)), bytes.mid(k + 2, n) });
        at = k + 2 + n;
    }
    return out;
}

std::pair<Id, QByteArray> journalHead(const ProviderFile &file)
{
    SqlQuery q(
        file.database(), QStringLiteral("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"));
    q.exec("read the journal");
    if (q.next())
        return { q.int64(0), q.value(1).toByteArray() };
    return { 0, journalGenesis() };
}

void appendJournalEntry(const ProviderFile &file, const QString &action, const QString &entity,
    Id entityId, const QString &detail)
{
    WriteTransaction txn(file.database());
    JournalRecord e;
    e.at = timestamp(file);
    e.userName = file.userName();
    e.action = action;
    e.entity = entity;
    e.entityId = entityId;
    e.detail = detail;
    readTxnHead(file, e);
    const QStringList tables = journalTables(file.database());
    std::vector<JournalRow> rows;
    for (const JournalScope &s : journalScope(file.database(), tables, action, entity, entityId)) {
        if (!tables.contains(s.table))
            continue;
        std::vector<JournalRow> part = diffScope(file, s);
        rows.insert(rows.end(), part.begin(), part.end());
    }
    std::sort(rows.begin(), rows.end(), [](const JournalRow &a, const JournalRow &b) {
        return a.table != b.table ? a.table < b.table : a.key < b.key;
    });
    e.rows = encodeRows(rows);
    insertEntry(file, e);
    txn.commit();
}

void chainUnchainedEntries(const ProviderFile &file, int fromVersion)
{
    const QSqlDatabase db = file.database();
    if (scalar(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE hash IS NULL"), {},
            "read the journal")
            .toLongLong()
        == 0)
        return;
    WriteTransaction txn(db);
    SqlQuery q(db,
        QStringLiteral("SELECT id, at, user_name, action, entity, entity_id, detail FROM "
                       "audit_log ORDER BY id"));
    q.exec("read the audit log");
    QByteArray previous = journalGenesis();
    std::vector<std::pair<Id, QByteArray>> hashes;
    while (q.next()) {
        JournalRecord e;
        e.id = q.int64(0);
        e.at = q.text(1);
        e.userName = q.text(2);
        e.action = q.text(3);
        e.entity = q.text(4);
        e.entityId = q.int64(5);
        e.detail = q.text(6);
        previous = journalEntryHash(e, previous);
        hashes.emplace_back(e.id, previous);
    }
    for (const auto &[id, hash] : hashes)
        SqlQuery(db,
            QStringLiteral("UPDATE audit_log SET txn_last = 0, row_changes = ?, hash = ? "
                           "WHERE id = ?"))
            .bind({ QByteArray(), hash, id })
            .exec("chain the audit log");
    appendJournalEntry(file, QStringLiteral("upgrade"), QStringLiteral("file"), 0,
        QStringLiteral("file format %1 to %2: %3 earlier audit entries chained; every row "
                       "recorded")
            .arg(fromVersion)
            .arg(file.schemaVersion())
            .arg(hashes.size()));
    txn.commit();
}

} // namespace isf
