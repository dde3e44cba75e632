#include "ui_support/PersonFigures.h"

#include "storage/ProviderFile.h"
#include "storage/Sql.h"
#include "time/Dates.h"

namespace isf {
namespace {

// The last day an agreement accrues: its end, its ending, or open.
QDate lastAccruingDay(const Agreement &a, const QDate &date)
{
    QDate last = date;
    if (a.endDate.isValid() && a.endDate < last)
        last = a.endDate;
    if (a.endedOn.isValid() && a.endedOn < last)
        last = a.endedOn;
    return last;
}

} // namespace

QHash<Id, Money> contributionsReceivedTo(const ProviderFile &file, const QDate &date)
{
    SqlQuery q(file.database(),
        QStringLiteral("SELECT person_id, -sum(amount) FROM postings WHERE account_id = "
                       "(SELECT id FROM accounts WHERE code = 'income:contribution') AND "
                       "txn_date <= ? AND person_id IS NOT NULL GROUP BY person_id"));
    q.bind({ isoDate(date) }).exec("read the contributions received");
    QHash<Id, Money> out;
    while (q.next())
        out.insert(q.int64(0), Money::fromPence(q.int64(1)));
    return out;
}

QHash<Id, Hours> hoursDeliveredTo(const ProviderFile &file, const QDate &date)
{
    SqlQuery q(file.database(),
        QStringLiteral("SELECT person_id, sum(hours) FROM hours_delivered WHERE week_start <= ? "
                       "GROUP BY person_id"));
    q.bind({ isoDate(date) }).exec("read the hours delivered");
    QHash<Id, Hours> out;
    while (q.next())
        out.insert(q.int64(0), Hours::fromHundredths(q.int64(1)));
    return out;
}

QHash<Id, int> openAlertCounts(const ProviderFile &file)
{
    SqlQuery q(file.database(),
        QStringLiteral("SELECT person_id, count(*) FROM alerts WHERE status = 'open' AND "
                       "person_id IS NOT NULL GROUP BY person_id"));
    q.exec("read the alerts");
    QHash<Id, int> out;
    while (q.next())
        out.insert(q.int64(0), q.value(1).toInt());
    return out;
}

Money contributionsDueTo(const Agreement &a, const QDate &date)
{
    if (a.contributionKind == ContributionKind::None || !a.startDate.isValid())
        return Money();
    const QDate last = lastAccruingDay(a, date);
    Money due;
    for (QDate week = a.startDate; week <= last; week = week.addDays(7))
        due += a.weeklyContributionOn(week);
    return due;
}

Hours bankableHoursPlannedTo(const Agreement &a, const QDate &date)
{
    Hours perWeek;
    for (const PlanLine &line : a.plan)
        if (line.bankable && line.hoursPerWeek)
            perWeek += *line.hoursPerWeek;
    if (perWeek.isZero() || !a.startDate.isValid())
        return Hours();
    const QDate last = lastAccruingDay(a, date);
    if (last < a.startDate)
        return Hours();
    const qint64 weeks = a.startDate.daysTo(last) / 7 + 1;
    return Hours::fromHundredths(perWeek.hundredths() * weeks);
}

} // namespace isf
