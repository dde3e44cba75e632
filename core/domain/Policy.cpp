// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "core/domain/Policy.h"

#include "core/time/Dates.h"
#include "core/util/Errors.h"

namespace isf {
namespace {

int parseWhole(const QString &parameter, const QString &value, int min, int max)
{
    bool ok = false;
    const int n = value.trimmed().toInt(&ok);
    if (!ok || n < min || n > max)
        throw InputError(QStringLiteral("%1 must be a whole number from %2 to %3, not \"%4\"")
                             .arg(parameter)
                             .arg(min)
                             .arg(max)
                             .arg(value));
    return n;
}

bool parseYesNo(const QString &parameter, const QString &value)
{
    const QString v = value.trimmed().toLower();
    if (v == u"yes" || v == u"true" || v == u"1" || v == u"y")
        return true;
    if (v == u"no" || v == u"false" || v == u"0" || v == u"n")
        return false;
    throw InputError(QStringLiteral("%1 must be yes or no, not \"%2\"").arg(parameter, value));
}

QString yesNo(bool b)
{
    return b ? QStringLiteral("yes") : QStringLiteral("no");
}

} // namespace

Policy Policy::fromPreset(const QString &name)
{
    const QString key = name.trimmed().toLower();
    Policy p;
    if (key == u"lancashire") {
        // Draft policy (2020): notify above 4 weeks' budget; no management fee or
        // shared costs from the ISF; statements every 4 weeks or monthly.
        p.preset = key;
        p.paymentIntervalWeeks = 4;
        p.allowManagementFee = false;
        p.allowSharedCosts = false;
    } else if (key == u"dorset") {
        // Provider guide: paid every 2 weeks in advance; may keep up to 4 weeks'
        // budget for up to 12 weeks; arrears over 4 weeks notified; admin fee allowed
        // if shown separately; 4 weeks' notice.
        p.preset = key;
        p.paymentIntervalWeeks = 2;
        p.allowManagementFee = true;
        p.allowSharedCosts = false;
    } else if (key == u"custom") {
        p.preset = key;
    } else {
        throw InputError(QStringLiteral("\"%1\" is not a policy preset: use %2")
                             .arg(name, presetNames().join(QStringLiteral(", "))));
    }
    return p;
}

QStringList Policy::presetNames()
{
    return { QStringLiteral("lancashire"), QStringLiteral("dorset"), QStringLiteral("custom") };
}

QStringList Policy::parameterNames()
{
    return { QStringLiteral("payment_interval_weeks"), QStringLiteral("payment_in_advance"),
        QStringLiteral("cap_weeks"), QStringLiteral("floor_weeks"), QStringLiteral("hold_weeks"),
        QStringLiteral("arrears_weeks"), QStringLiteral("grace_days"),
        QStringLiteral("review_notice_days"), QStringLiteral("notice_weeks"),
        QStringLiteral("allow_management_fee"), QStringLiteral("allow_shared_costs"),
        QStringLiteral("bank_cap_hours"), QStringLiteral("bank_expiry_weeks"),
        QStringLiteral("statement_cycle"), QStringLiteral("payment_anchor") };
}

void Policy::set(const QString &parameter, const QString &value)
{
    const QString p = parameter.trimmed().toLower();
    const bool blank = value.trimmed().isEmpty();
    if (p == u"payment_interval_weeks")
        paymentIntervalWeeks = parseWhole(p, value, 1, 52);
    else if (p == u"payment_in_advance")
        paymentInAdvance = parseYesNo(p, value);
    else if (p == u"cap_weeks")
        capWeeks = parseWhole(p, value, 1, 520);
    else if (p == u"floor_weeks")
        floorWeeks = blank ? std::nullopt : std::optional<int>(parseWhole(p, value, 0, 520));
    else if (p == u"hold_weeks")
        holdWeeks = parseWhole(p, value, 1, 520);
    else if (p == u"arrears_weeks")
        arrearsWeeks = parseWhole(p, value, 0, 520);
    else if (p == u"grace_days")
        graceDays = parseWhole(p, value, 0, 365);
    else if (p == u"review_notice_days")
        reviewNoticeDays = parseWhole(p, value, 0, 365);
    else if (p == u"notice_weeks")
        noticeWeeks = parseWhole(p, value, 0, 52);
    else if (p == u"allow_management_fee")
        allowManagementFee = parseYesNo(p, value);
    else if (p == u"allow_shared_costs")
        allowSharedCosts = parseYesNo(p, value);
    else if (p == u"bank_cap_hours")
        bankCap = blank ? std::nullopt : std::optional<Hours>(Hours::parse(value));
    else if (p == u"bank_expiry_weeks")
        bankExpiryWeeks = blank ? std::nullopt : std::optional<int>(parseWhole(p, value, 1, 520));
    else if (p == u"statement_cycle")
        statementCycle = parseCycle(value);
    else if (p == u"payment_anchor")
        paymentAnchor = blank ? std::nullopt : std::optional<QDate>(parseDate(value));
    else
        throw InputError(QStringLiteral("\"%1\" is not a policy parameter: use %2")
                             .arg(parameter, parameterNames().join(QStringLiteral(", "))));
}

QString Policy::get(const QString &parameter) const
{
    const QString p = parameter.trimmed().toLower();
    if (p == u"payment_interval_weeks")
        return QString::number(paymentIntervalWeeks);
    if (p == u"payment_in_advance")
        return yesNo(paymentInAdvance);
    if (p == u"cap_weeks")
        return QString::number(capWeeks);
    if (p == u"floor_weeks")
        return floorWeeks ? QString::number(*floorWeeks) : QString();
    if (p == u"hold_weeks")
        return QString::number(holdWeeks);
    if (p == u"arrears_weeks")
        return QString::number(arrearsWeeks);
    if (p == u"grace_days")
        return QString::number(graceDays);
    if (p == u"review_notice_days")
        return QString::number(reviewNoticeDays);
    if (p == u"notice_weeks")
        return QString::number(noticeWeeks);
    if (p == u"allow_management_fee")
        return yesNo(allowManagementFee);
    if (p == u"allow_shared_costs")
        return yesNo(allowSharedCosts);
    if (p == u"bank_cap_hours")
        return bankCap ? bankCap->toString() : QString();
    if (p == u"bank_expiry_weeks")
        return bankExpiryWeeks ? QString::number(*bankExpiryWeeks) : QString();
    if (p == u"statement_cycle")
        return cycleName(statementCycle);
    if (p == u"payment_anchor")
        return paymentAnchor ? isoDate(*paymentAnchor) : QString();
    throw InputError(QStringLiteral("\"%1\" is not a policy parameter").arg(parameter));
}

} // namespace isf
