// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "core/rules/alerts/AlertStore.h"

#include "core/storage/AuditLog.h"
#include "core/storage/ProviderFile.h"
#include "core/storage/ReadOnlyOpen.h"
#include "core/storage/RowValues.h"
#include "core/storage/Sql.h"
#include "core/time/Clock.h"
#include "core/time/Dates.h"
#include "core/util/Errors.h"

#include <QHash>
#include <QSet>

namespace isf {
namespace {

const char *const kWatermark = "alerts_reviewed_through";

QString unitCode(AlertUnit u)
{
    switch (u) {
    case AlertUnit::Money:
        return QStringLiteral("pence");
    case AlertUnit::Hours:
        return QStringLiteral("hours");
    case AlertUnit::None:
        break;
    }
    return QStringLiteral("none");
}

AlertUnit parseUnit(const QString &s)
{
    if (s == u"pence")
        return AlertUnit::Money;
    if (s == u"hours")
        return AlertUnit::Hours;
    return AlertUnit::None;
}

AlertStatus parseStatus(const QString &s)
{
    if (s == u"acknowledged")
        return AlertStatus::Acknowledged;
    if (s == u"resolved")
        return AlertStatus::Resolved;
    return AlertStatus::Open;
}

const QString kColumns = QStringLiteral(
    "a.id, a.alert_key, a.rule, a.person_id, p.ref, a.supplier_id, s.name, a.since, a.amount, "
    "a.unit, a.detail, a.status, a.first_seen_at, a.last_seen_on, a.acknowledged_by, "
    "a.acknowledged_at, a.ack_note, a.resolved_by, a.resolved_at, a.resolution, "
    "a.resolved_txn_id");
const QString kFrom = QStringLiteral("FROM alerts a LEFT JOIN people p ON p.id = a.person_id "
                                     "LEFT JOIN suppliers s ON s.id = a.supplier_id");

AlertRecord readRecord(SqlQuery &q)
{
    AlertRecord r;
    r.id = q.int64(0);
    r.key = q.text(1);
    const QString &key = r.key;
    r.alert.rule = q.text(2);
    r.alert.personId = q.int64(3);
    r.alert.personRef = q.text(4);
    r.alert.supplierId = q.int64(5);
    r.alert.supplierName = q.text(6);
    r.alert.subject = key.section(u'|', 2, 2);
    r.alert.since = toDate(q.value(7));
    r.alert.amount = q.int64(8);
    r.alert.unit = parseUnit(q.text(9));
    r.alert.detail = q.text(10);
    r.status = parseStatus(q.text(11));
    r.firstSeenAt = q.text(12);
    r.lastSeenOn = toDate(q.value(13));
    r.acknowledgedBy = q.text(14);
    r.acknowledgedAt = q.text(15);
    r.ackNote = q.text(16);
    r.resolvedBy = q.text(17);
    r.resolvedAt = q.text(18);
    r.resolution = q.text(19);
    r.resolvedTxnId = q.int64(20);
    return r;
}

std::vector<AlertRecord> select(
    const ProviderFile &file, const QString &where, std::initializer_list<QVariant> binds)
{
    SqlQuery q(file.database(),
        QStringLiteral("SELECT %1 %2 %3 ORDER BY p.ref, s.name, a.rule, a.since DESC, a.id")
            .arg(kColumns, kFrom, where));
    q.bind(binds).exec("read the alerts");
    std::vector<AlertRecord> out;
    while (q.next())
        out.push_back(readRecord(q));
    return out;
}

void setWatermark(const ProviderFile &file, const QDate &asOf)
{
    SqlQuery(file.database(), QStringLiteral("DELETE FROM meta WHERE key = ?"))
        .bind({ QLatin1String(kWatermark) })
        .exec("record the alert review");
    SqlQuery(file.database(), QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"))
        .bind({ QLatin1String(kWatermark), isoDate(asOf) })
        .exec("record the alert review");
}

// The return to the council that cleared a balance alert: the latest one dated on or
// after the alert began and on or before the review.
const CouncilReturn *clearingReturn(
    const RuleInputs &in, const QHash<Id, std::size_t> &people, const AlertRecord &r)
{
    if (r.alert.rule != u"excess_balance" && r.alert.rule != u"surplus_held")
        return nullptr;
    const auto it = people.constFind(r.alert.personId);
    if (it == people.constEnd())
        return nullptr;
    const CouncilReturn *found = nullptr;
    for (const CouncilReturn &ret : in.people[*it].returns)
        if (ret.date >= r.alert.since && ret.date <= in.asOf)
            found = &ret;
    return found;
}

} // namespace

QString alertStatusCode(AlertStatus s)
{
    switch (s) {
    case AlertStatus::Open:
        return QStringLiteral("open");
    case AlertStatus::Acknowledged:
        return QStringLiteral("acknowledged");
    case AlertStatus::Resolved:
        return QStringLiteral("resolved");
    }
    return QStringLiteral("open");
}

std::vector<AlertRecord> AlertReview::open() const
{
    std::vector<AlertRecord> out;
    for (const AlertRecord &r : holding)
        if (r.status == AlertStatus::Open)
            out.push_back(r);
    return out;
}

QDate lastAlertReview(const ProviderFile &file)
{
    const QVariant v
        = scalar(file.database(), QStringLiteral("SELECT value FROM meta WHERE key = ?"),
            { QLatin1String(kWatermark) }, "read the alert reviews");
    return v.isValid() ? toDate(v) : QDate();
}

AlertReview reviewAlerts(const ProviderFile &file, const QDate &asOf)
{
    return reviewAlerts(file, loadRuleInputs(file, asOf));
}

AlertReview reviewAlerts(const ProviderFile &file, const RuleInputs &inputs)
{
    AlertReview review;
    review.asOf = inputs.asOf;
    const std::vector<Alert> computed = computeAlerts(inputs);

    const QSqlDatabase db = file.database();
    const QDate watermark = lastAlertReview(file);
    // A file opened read-only (an audit pack from a read-only share) gets the view alone.
    review.recorded = !isReadOnly(file) && inputs.asOf <= file.clock().today()
        && (!watermark.isValid() || inputs.asOf >= watermark);
    if (!review.recorded) {
        QHash<QString, AlertRecord> stored;
        for (AlertRecord &r : select(file, QString(), {}))
            stored.insert(r.key, std::move(r));
        for (const Alert &a : computed) {
            AlertRecord r = stored.value(a.key());
            r.key = a.key();
            r.alert = a;
            review.holding.push_back(r);
        }
        return review;
    }

    WriteTransaction txn(db);
    QHash<QString, AlertRecord> stored;
    for (AlertRecord &r : select(file, QString(), {}))
        stored.insert(r.key, std::move(r));

    const QString now = timestamp(file);
    const QString user = file.userName();
    const QString asOfText = isoDate(inputs.asOf);
    SqlQuery insert(db,
        QStringLiteral(
            "INSERT INTO alerts (alert_key, rule, person_id, supplier_id, since, amount, unit, "
            "detail, status, first_seen_at, last_seen_on) VALUES (?,?,?,?,?,?,?,?,'open',?,?)"));
    SqlQuery refresh(db,
        QStringLiteral("UPDATE alerts SET amount = ?, detail = ?, last_seen_on = ? WHERE id = ?"));
    SqlQuery reopen(db,
        QStringLiteral("UPDATE alerts SET status = ?, resolved_by = NULL, resolved_at = NULL, "
                       "resolution = NULL, resolved_txn_id = NULL WHERE id = ?"));
    SqlQuery resolve(db,
        QStringLiteral("UPDATE alerts SET status = 'resolved', resolved_by = ?, resolved_at = ?, "
                       "resolution = ?, resolved_txn_id = ?, last_seen_on = ? WHERE id = ?"));

    QSet<QString> holdingKeys;
    for (const Alert &a : computed) {
        const QString key = a.key();
        holdingKeys.insert(key);
        auto it = stored.find(key);
        if (it == stored.end()) {
            insert
                .bind({ key, a.rule, a.personId ? QVariant(a.personId) : QVariant(),
                    a.supplierId ? QVariant(a.supplierId) : QVariant(), isoDate(a.since), a.amount,
                    unitCode(a.unit), a.detail, now, asOfText })
                .exec("record the alert");
            AlertRecord r;
            r.id = insert.lastInsertId();
            r.key = key;
            r.alert = a;
            r.firstSeenAt = now;
            r.lastSeenOn = inputs.asOf;
            ++review.added;
            review.holding.push_back(r);
            continue;
        }
        AlertRecord &r = *it;
        if (r.status == AlertStatus::Resolved) {
            r.status = r.acknowledgedAt.isEmpty() ? AlertStatus::Open : AlertStatus::Acknowledged;
            reopen.bind({ alertStatusCode(r.status), r.id }).exec("reopen the alert");
            audit(file, QStringLiteral("reopen"), QStringLiteral("alert"), r.id,
                QStringLiteral("%1 as of %2: holds again (was: %3)")
                    .arg(key, asOfText, r.resolution));
            r.resolvedBy.clear();
            r.resolvedAt.clear();
            r.resolution.clear();
            r.resolvedTxnId = 0;
            ++review.reopened;
        }
        if (r.alert.amount != a.amount || r.alert.detail != a.detail || r.lastSeenOn < inputs.asOf)
            refresh.bind({ a.amount, a.detail, asOfText, r.id }).exec("update the alert");
        r.alert = a;
        r.lastSeenOn = inputs.asOf;
        review.holding.push_back(r);
    }

    QHash<Id, std::size_t> people;
    for (std::size_t i = 0; i < inputs.people.size(); ++i)
        people.insert(inputs.people[i].personId, i);
    for (AlertRecord &r : stored) {
        if (r.status == AlertStatus::Resolved || holdingKeys.contains(r.key)
            || r.lastSeenOn > inputs.asOf)
            continue;
        const CouncilReturn *ret = clearingReturn(inputs, people, r);
        const QString resolution = ret
            ? QStringLiteral("Cleared by the return of %1 to the council on %2 (transaction %3).")
                  .arg(ret->amount.display(), isoDate(ret->date))
                  .arg(ret->txnId)
            : QStringLiteral("No longer holds as of %1.").arg(asOfText);
        resolve
            .bind(
                { user, now, resolution, ret ? QVariant(ret->txnId) : QVariant(), asOfText, r.id })
            .exec("resolve the alert");
        audit(file, QStringLiteral("resolve"), QStringLiteral("alert"), r.id,
            QStringLiteral("%1: %2").arg(r.key, resolution));
        ++review.resolved;
    }
    setWatermark(file, inputs.asOf);
    if (review.added || review.resolved || review.reopened)
        audit(file, QStringLiteral("review"), QStringLiteral("alerts"), 0,
            QStringLiteral("as of %1: %2 holding, %3 new, %4 resolved, %5 reopened")
                .arg(asOfText)
                .arg(review.holding.size())
                .arg(review.added)
                .arg(review.resolved)
                .arg(review.reopened));
    txn.commit();
    return review;
}

std::vector<AlertRecord> alertRecords(
    const ProviderFile &file, std::optional<AlertStatus> status, Id personId)
{
    QStringList where;
    QVariantList binds;
    if (status) {
        where << QStringLiteral("a.status = ?");
        binds << alertStatusCode(*status);
    }
    if (personId) {
        where << QStringLiteral("a.person_id = ?");
        binds << personId;
    }
    SqlQuery q(file.database(),
        QStringLiteral("SELECT %1 %2 %3 ORDER BY p.ref, s.name, a.rule, a.since DESC, a.id")
            .arg(kColumns, kFrom,
                where.isEmpty() ? QString()
                                : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND "))));
    for (int i = 0; i < binds.size(); ++i)
        q.bindAt(i, binds[i]);
    q.exec("read the alerts");
    std::vector<AlertRecord> out;
    while (q.next())
        out.push_back(readRecord(q));
    return out;
}

std::optional<AlertRecord> alertRecord(const ProviderFile &file, Id id)
{
    auto found = select(file, QStringLiteral("WHERE a.id = ?"), { id });
    return found.empty() ? std::nullopt : std::optional<AlertRecord>(found.front());
}

AlertRecord acknowledgeAlert(const ProviderFile &file, Id id, const QString &note)
{
    const QString text = note.trimmed();
    if (text.isEmpty())
        throw InputError(QStringLiteral(
            "An acknowledgement needs a note explaining why the alert is accepted."));
    WriteTransaction txn(file.database());
    auto found = alertRecord(file, id);
    if (!found)
        throw InputError(QStringLiteral("There is no alert %1.").arg(id));
    AlertRecord r = *found;
    if (r.status == AlertStatus::Acknowledged)
        throw InputError(QStringLiteral("Alert %1 was already acknowledged by %2 at %3: \"%4\".")
                             .arg(id)
                             .arg(r.acknowledgedBy, r.acknowledgedAt, r.ackNote));
    if (r.status == AlertStatus::Resolved)
        throw InputError(QStringLiteral("Alert %1 was resolved at %2: %3")
                             .arg(id)
                             .arg(r.resolvedAt, r.resolution));
    r.status = AlertStatus::Acknowledged;
    r.acknowledgedBy = file.userName();
    r.acknowledgedAt = timestamp(file);
    r.ackNote = text;
    SqlQuery(file.database(),
        QStringLiteral("UPDATE alerts SET status = 'acknowledged', acknowledged_by = ?, "
                       "acknowledged_at = ?, ack_note = ? WHERE id = ?"))
        .bind({ r.acknowledgedBy, r.acknowledgedAt, r.ackNote, id })
        .exec("acknowledge the alert");
    audit(file, QStringLiteral("acknowledge"), QStringLiteral("alert"), id,
        QStringLiteral("%1: %2").arg(r.key, text));
    txn.commit();
    return r;
}

} // namespace isf
