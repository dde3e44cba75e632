// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "core/domain/Entities.h"

#include "core/util/Errors.h"

namespace isf {
namespace {

struct KindName {
    SupplierKind kind;
    const char16_t *code;
    const char16_t *label;
};
constexpr KindName kKinds[] = {
    { SupplierKind::InHouse, u"in_house", u"In-house" },
    { SupplierKind::CareProvider, u"care_provider", u"Care provider" },
    { SupplierKind::SoleTrader, u"sole_trader", u"Sole trader" },
    { SupplierKind::PersonalAssistant, u"personal_assistant", u"Personal assistant" },
    { SupplierKind::Transport, u"transport", u"Transport" },
    { SupplierKind::Shop, u"shop", u"Shop" },
    { SupplierKind::Other, u"other", u"Other" },
};

} // namespace

QString supplierKindCode(SupplierKind k)
{
    for (const auto &n : kKinds)
        if (n.kind == k)
            return QString::fromUtf16(n.code);
    return QStringLiteral("other");
}

QString supplierKindLabel(SupplierKind k)
{
    for (const auto &n : kKinds)
        if (n.kind == k)
            return QString::fromUtf16(n.label);
    return QStringLiteral("Other");
}

SupplierKind parseSupplierKind(const QString &text)
{
    QString t = text.trimmed().toLower();
    t.replace(u' ', u'_');
    t.replace(u'-', u'_');
    if (t.isEmpty())
        return SupplierKind::Other;
    for (const auto &n : kKinds)
        if (t == QStringView(n.code))
            return n.kind;
    if (t == u"inhouse")
        return SupplierKind::InHouse;
    if (t == u"pa")
        return SupplierKind::PersonalAssistant;
    QStringList codes;
    for (const auto &n : kKinds)
        codes << QString::fromUtf16(n.code);
    throw InputError(QStringLiteral("\"%1\" is not a supplier kind: use %2")
                         .arg(text, codes.join(QStringLiteral(", "))));
}

QString agreementStatusCode(AgreementStatus s)
{
    switch (s) {
    case AgreementStatus::Draft:
        return QStringLiteral("draft");
    case AgreementStatus::Active:
        return QStringLiteral("active");
    case AgreementStatus::Notice:
        return QStringLiteral("notice");
    case AgreementStatus::Ended:
        return QStringLiteral("ended");
    }
    return QStringLiteral("draft");
}

AgreementStatus parseAgreementStatus(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == u"draft")
        return AgreementStatus::Draft;
    if (t == u"active" || t.isEmpty())
        return AgreementStatus::Active;
    if (t == u"notice")
        return AgreementStatus::Notice;
    if (t == u"ended")
        return AgreementStatus::Ended;
    throw InputError(
        QStringLiteral("\"%1\" is not an agreement status: use draft, active, notice or ended")
            .arg(text));
}

Money Agreement::weeklyBudgetOn(const QDate &day) const
{
    Money weekly;
    for (const BudgetStep &step : budgets)
        if (step.effectiveFrom <= day)
            weekly = step.weekly; // budgets are sorted by effectiveFrom
    for (const Uplift &u : uplifts)
        if (u.firstDay <= day && day <= u.lastDay)
            weekly += u.weekly;
    return weekly;
}

Money Agreement::weeklyContributionOn(const QDate &day) const
{
    switch (contributionKind) {
    case ContributionKind::None:
        return Money();
    case ContributionKind::Fixed:
        return weeklyContribution;
    case ContributionKind::Percent:
        return weeklyBudgetOn(day).scaled(contributionPercentBp, 10000);
    }
    return Money();
}

Policy Agreement::effectivePolicy(const Policy &councilPolicy) const
{
    Policy p = councilPolicy;
    for (const auto &[parameter, value] : policyOverrides)
        p.set(parameter, value);
    return p;
}

} // namespace isf
