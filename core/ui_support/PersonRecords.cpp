#include "ui_support/PersonRecords.h"

#include "storage/ProviderFile.h"
#include "storage/RowValues.h"
#include "storage/Sql.h"

namespace isf {

std::vector<IssuedStatement> statementsIssued(const ProviderFile &file, Id personId)
{
    SqlQuery q(file.database(),
        QStringLiteral("SELECT id, period_first, period_last, easy_read, closing_balance, "
                       "issued_at, issued_by, document_sha256 FROM statements_issued WHERE "
                       "person_id = ? ORDER BY period_last DESC, id DESC"));
    q.bind({ personId }).exec("read the statements issued");
    std::vector<IssuedStatement> out;
    while (q.next())
        out.push_back({ q.int64(0), toDate(q.value(1)), toDate(q.value(2)), q.int64(3) != 0,
            Money::fromPence(q.int64(4)), q.text(5), q.text(6), q.text(7) });
    return out;
}

std::vector<DeliveredHours> hoursDelivered(const ProviderFile &file, Id personId)
{
    SqlQuery q(file.database(),
        QStringLiteral("SELECT week_start, service, hours, recorded_by FROM hours_delivered "
                       "WHERE person_id = ? ORDER BY week_start DESC, id DESC"));
    q.bind({ personId }).exec("read the hours delivered");
    std::vector<DeliveredHours> out;
    while (q.next())
        out.push_back(
            { toDate(q.value(0)), q.text(1), Hours::fromHundredths(q.int64(2)), q.text(3) });
    return out;
}

std::vector<AlertRecord> alertRecords(const ProviderFile &file, Id personId)
{
    QString sql = QStringLiteral(
        "SELECT a.id, a.rule, a.person_id, p.ref, p.given_name || ' ' || p.family_name, a.since, "
        "a.amount, a.unit, a.detail, a.status, coalesce(a.acknowledged_by, ''), "
        "coalesce(a.acknowledged_at, ''), coalesce(a.ack_note, a.resolution, '') FROM alerts a "
        "LEFT JOIN people p ON p.id = a.person_id ");
    sql += personId ? QStringLiteral("WHERE a.person_id = ? ORDER BY a.status <> 'open', a.since")
                    : QStringLiteral("WHERE a.status = 'open' ORDER BY a.rule, p.ref");
    SqlQuery q(file.database(), sql);
    if (personId)
        q.bind({ personId });
    q.exec("read the alerts");
    std::vector<AlertRecord> out;
    while (q.next()) {
        AlertRecord a;
        a.id = q.int64(0);
        a.rule = q.text(1);
        a.personId = q.int64(2);
        a.personRef = q.text(3);
        a.personName = q.text(4);
        a.since = toDate(q.value(5));
        a.amount = q.int64(6);
        a.unit = q.text(7);
        a.detail = q.text(8);
        a.status = q.text(9);
        a.acknowledgedBy = q.text(10);
        a.acknowledgedAt = q.text(11);
        a.note = q.text(12);
        out.push_back(std::move(a));
    }
    return out;
}

} // namespace isf
