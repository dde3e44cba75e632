#include "demo/StopgapDemoFile.h"

#include "ledger/Ledger.h"
#include "ledger/LedgerQueries.h"
#include "storage/AgreementStore.h"
#include "storage/PersonStore.h"
#include "storage/ProviderFile.h"
#include "storage/ReferenceStore.h"
#include "storage/Sql.h"
#include "time/Clock.h"

#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QStandardPaths>

namespace isf::ui {
namespace {

const char16_t *const kGiven[] = { u"Alex", u"Sam", u"Jordan", u"Priya", u"Tom", u"Aisha", u"Ben",
    u"Chloe", u"Daniel", u"Ella", u"Faisal", u"Grace", u"Harry", u"Isla", u"Jack", u"Keira",
    u"Liam", u"Maya", u"Noah", u"Olivia" };
const char16_t *const kFamily[]
    = { u"Taylor", u"Patel", u"Smith", u"Jones", u"Khan", u"Brown", u"Williams", u"Evans",
          u"Wilson", u"Hughes", u"Edwards", u"Roberts", u"Walker", u"Wright", u"Green", u"Hall" };

Id supplier(const ProviderFile &file, const QString &name, SupplierKind kind)
{
    Supplier s;
    s.name = name;
    s.kind = kind;
    return saveSupplier(file, s);
}

Id categoryId(const ProviderFile &file, const char *name)
{
    const auto c = findCategory(file, QString::fromLatin1(name));
    return c ? c->id : 0;
}

} // namespace

void buildStopgapDemoFile(const QString &path, const Clock &clock, const DemoSize &size,
    const std::function<void(int, int)> &progress)
{
    ProviderFile file = ProviderFile::create(
        path, QStringLiteral("Bluebell Support Ltd"), QStringLiteral("demo"), clock);
    QRandomGenerator rng(20260406);
    const QDate today = clock.today();
    {
        WriteTransaction txn(file.database());
        Provider p = loadProvider(file);
        p.address = QStringLiteral("12 Mill Lane, Preston PR1 2AB");
        p.phone = QStringLiteral("01772 000 000");
        p.email = QStringLiteral("finance@bluebell.example");
        saveProvider(file, p);
        Council lancs;
        lancs.name = QStringLiteral("Lancashire County Council");
        lancs.policy = Policy::fromPreset(QStringLiteral("lancashire"));
        Council dorset;
        dorset.name = QStringLiteral("Dorset Council");
        dorset.policy = Policy::fromPreset(QStringLiteral("dorset"));
        const Id councils[] = { saveCouncil(file, lancs), saveCouncil(file, dorset) };
        const Id inHouse
            = supplier(file, QStringLiteral("Bluebell Support (in-house)"), SupplierKind::InHouse);
        const Id dayCentre
            = supplier(file, QStringLiteral("Sunrise Day Services"), SupplierKind::CareProvider);
        const Id taxi = supplier(file, QStringLiteral("Town Taxis"), SupplierKind::Transport);
        const Id leisure
            = supplier(file, QStringLiteral("Riverside Leisure Centre"), SupplierKind::Shop);
        const Id personalCare = categoryId(file, "Personal care");
        const Id commissioned = categoryId(file, "Commissioned care");
        const Id transport = categoryId(file, "Transport");
        const Id activities = categoryId(file, "Activities");

        Ledger ledger(file);
        ledger.beginBatch();
        const Money rate = Money::fromPence(2150);
        for (int i = 0; i < size.people; ++i) {
            Person person;
            person.ref = QStringLiteral("P%1").arg(i + 1, 4, 10, QLatin1Char('0'));
            person.givenName = QString::fromUtf16(kGiven[i % std::size(kGiven)]);
            person.familyName
                = QString::fromUtf16(kFamily[(i / std::size(kGiven) + i) % std::size(kFamily)]);
            person.councilId = councils[i % 3 == 2 ? 1 : 0];
            person.councilRef = QStringLiteral("C%1").arg(100000 + i * 37);
            person.careManagerName = QStringLiteral("Care manager %1").arg(i % 7 + 1);
            const Id pid = savePerson(file, person);

            Agreement a;
            a.personId = pid;
            a.status = i % 29 == 7 ? AgreementStatus::Notice : AgreementStatus::Active;
            const int weeksBack = size.years * 52 - static_cast<int>(rng.bounded(8));
            a.startDate = today.addDays(-7LL * weeksBack - (i % 7));
            a.statementAnchor = a.startDate;
            a.reviewDate = today.addDays(static_cast<qint64>(rng.bounded(120)) - 10);
            const Hours hours = Hours::whole(20 + static_cast<int>(rng.bounded(30)));
            const Money support = Money::forHours(hours, rate);
            const Money day = Money::fromPence(i % 4 == 0 ? 9000 : 0);
            const Money weekly = support + day + Money::fromPence(4000);
            a.budgets.push_back({ a.startDate, weekly });
            if (i % 5 == 1) {
                a.contributionKind = ContributionKind::Fixed;
                a.weeklyContribution = Money::fromPence(2500 + 500 * (i % 6));
                a.contributionCollection
                    = QStringLiteral("Standing order from the person's account");
            }
            if (a.status == AgreementStatus::Notice) {
                a.noticeGivenOn = today.addDays(-14);
                a.noticeEndsOn = today.addDays(14);
                a.noticeGivenBy = QStringLiteral("provider");
                a.noticeReason = QStringLiteral("Moving to another area");
            }
            a.outcomes = QStringLiteral(
                "Live safely in my own flat; go out into the community twice a week.");
            a.plan.push_back(
                { QStringLiteral("Daily living"), QStringLiteral("Support at home"), inHouse,
                    QStringLiteral("Bluebell Support (in-house)"), hours, rate, support, true });
            if (!day.isZero())
                a.plan.push_back({ QStringLiteral("Community"), QStringLiteral("Day service"),
                    dayCentre, QStringLiteral("Sunrise Day Services"), std::nullopt, std::nullopt,
                    day, false });
            a.plan.push_back(
                { QStringLiteral("Community"), QStringLiteral("Activities and transport"), 0,
                    QString(), std::nullopt, std::nullopt, Money::fromPence(4000), false });
            addAgreementVersion(file, a);

            // Spending habits: most spend close to plan, some save up, one overspends.
            const int spendPercent = i % 11 == 3 ? 75 : (i % 17 == 5 ? 110 : 100);
            const bool paysContribution = i % 10 != 1;
            for (QDate week = a.startDate; week <= today; week = week.addDays(7)) {
                const qint64 w = a.startDate.daysTo(week) / 7;
                if (w % 4 == 0) {
                    NewEntry pay;
                    pay.kind = TxnKind::CouncilPayment;
                    pay.date = week;
                    pay.personId = pid;
                    pay.amount = (weekly - a.weeklyContributionOn(week)) * 4;
                    pay.reference
                        = QStringLiteral("REM-%1").arg(week.toString(QStringLiteral("yyyyMMdd")));
                    ledger.post(pay);
                }
                if (a.contributionKind == ContributionKind::Fixed && paysContribution) {
                    NewEntry c;
                    c.kind = TxnKind::Contribution;
                    c.date = week.addDays(1);
                    c.personId = pid;
                    c.amount = a.weeklyContribution;
                    if (c.date <= today)
                        ledger.post(c);
                }
                const QDate spendDay = week.addDays(6);
                if (spendDay > today)
                    continue;
                NewEntry e;
                e.kind = TxnKind::Expense;
                e.date = spendDay;
                e.personId = pid;
                e.categoryId = personalCare;
                e.supplierId = inHouse;
                e.hours = Hours::fromHundredths(hours.hundredths() * spendPercent / 100 / 25 * 25);
                e.rate = rate;
                e.reference = QStringLiteral("INV-%1-%2").arg(person.ref).arg(w + 1);
                e.description = QStringLiteral("Support hours, week %1").arg(w + 1);
                ledger.post(e);
                if (!day.isZero()) {
                    NewEntry d;
                    d.kind = TxnKind::Expense;
                    d.date = spendDay;
                    d.personId = pid;
                    d.categoryId = commissioned;
                    d.supplierId = dayCentre;
                    d.amount = day;
                    d.reference = QStringLiteral("SDS-%1-%2").arg(person.ref).arg(w + 1);
                    d.description = QStringLiteral("Day service");
                    ledger.post(d);
                }
                NewEntry x;
                x.kind = TxnKind::Expense;
                x.date = spendDay;
                x.personId = pid;
                const bool taxiWeek = w % 2 == 0;
                x.categoryId = taxiWeek ? transport : activities;
                x.supplierId = taxiWeek ? taxi : leisure;
                x.amount = Money::fromPence(
                    (taxiWeek ? 1800 : 2200) + static_cast<int>(rng.bounded(1500)));
                x.description = taxiWeek ? QStringLiteral("Taxi to the day centre")
                                         : QStringLiteral("Swimming and lunch");
                ledger.post(x);
            }
            if (progress)
                progress(i + 1, size.people);
        }
        ledger.finishBatch();
        txn.commit();
    }
    // A reversal, so the demo shows how corrections look.
    if (const auto first = findPerson(file, QStringLiteral("P0001"))) {
        const PersonLedger recent = personLedger(file, first->id, today.addDays(-20), today);
        for (auto it = recent.lines.rbegin(); it != recent.lines.rend(); ++it)
            if (it->kind == TxnKind::Expense) {
                Ledger(file).reverse(it->txnId, QStringLiteral("Invoice entered twice"), today);
                break;
            }
    }
}

QString defaultDemoPath()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath();
    return QDir(dir).filePath(QStringLiteral("demo-provider.isf"));
}

void ensureDemoFile(const QString &path, const Clock &clock)
{
    if (QFileInfo::exists(path))
        return;
    QDir().mkpath(QFileInfo(path).absolutePath());
    buildStopgapDemoFile(path, clock, DemoSize());
}

} // namespace isf::ui
