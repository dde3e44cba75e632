// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "ui/settings/PolicyRuleText.h"

#include "core/domain/Policy.h"

#include <QCoreApplication>

#include <map>

namespace isf::ui {
namespace {

QString t(const char *text)
{
    return QCoreApplication::translate("PolicyRuleText", text);
}

std::map<QString, PolicyRuleText> known()
{
    std::map<QString, PolicyRuleText> m;
    auto add = [&m](const char *key, const char *label, const char *unit, const char *help) {
        const QString k = QString::fromLatin1(key);
        m[k] = { k, t(label), t(unit), t(help) };
    };
    add("payment_interval_weeks", "The council pays every", "weeks",
        "How often the council sends the ISF money: 1 for weekly, 4 for every four weeks.");
    add("payment_in_advance", "The council pays in advance", "yes or no",
        "Yes when each payment covers the weeks ahead; no when it pays for weeks gone by.");
    add("cap_weeks", "Notify the council when the balance is more than", "weeks' budget",
        "An excess balance alert is raised when the fund holds more than this many weeks "
        "of the weekly budget at the end of a day.");
    add("floor_weeks", "A surplus is money above", "weeks' budget",
        "The balance counted as held back; leave blank to use the payment interval.");
    add("hold_weeks", "A surplus may be held for up to", "weeks",
        "A 'surplus held too long' alert when the balance has stayed above the surplus "
        "level for longer than this.");
    add("arrears_weeks", "Contributions are in arrears when more than", "weeks unpaid",
        "An arrears alert when the person's unpaid contributions exceed this many weeks "
        "of their weekly contribution.");
    add("grace_days", "A council payment is late after", "days",
        "A missing or short payment alert when an expected payment has not arrived in "
        "full this many days after it fell due.");
    add("review_notice_days", "Warn before an agreement's review date", "days before",
        "A review due alert this many days before the review date.");
    add("notice_weeks", "Notice to end an agreement", "weeks",
        "How much notice either side gives to end the ISF.");
    add("allow_management_fee", "A management fee may be paid from the fund", "yes or no",
        "When no, an expense in the management fee category is refused at entry.");
    add("allow_shared_costs", "Shared costs may be paid from the fund", "yes or no",
        "When no, an expense in the shared costs category is refused at entry.");
    add("bank_cap_hours", "Banked support hours may build up to", "hours",
        "A banked hours alert above this many unused hours. Leave blank for no limit.");
    add("bank_expiry_weeks", "Banked hours must be used within", "weeks",
        "Hours held longer than this raise an alert until they are used or lapsed.");
    add("statement_cycle", "Statements are sent", "4-weekly or monthly",
        "The usual statement cycle for new agreements with this council.");
    add("payment_anchor", "Payment weeks are counted from", "date (day/month/year)",
        "The day the council's payment cycle starts from; blank for each agreement's "
        "start date.");
    return m;
}

} // namespace

std::vector<PolicyRuleText> policyRuleTexts()
{
    const std::map<QString, PolicyRuleText> texts = known();
    std::vector<PolicyRuleText> out;
    for (const QString &key : Policy::parameterNames()) {
        const auto it = texts.find(key);
        out.push_back(it != texts.end() ? it->second : PolicyRuleText { key, key, {}, {} });
    }
    return out;
}

} // namespace isf::ui
