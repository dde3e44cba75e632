// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "core/import/Columns.h"

#include "core/domain/Policy.h"

namespace isf {

ColumnLayout councilColumns()
{
    return { { QStringLiteral("council"), QStringLiteral("preset") },
        QStringList { QStringLiteral("address"), QStringLiteral("contact_name"),
            QStringLiteral("contact_email") }
            + Policy::parameterNames() };
}

ColumnLayout peopleColumns()
{
    return { { QStringLiteral("person_ref"), QStringLiteral("given_name"),
                 QStringLiteral("family_name"), QStringLiteral("council"),
                 QStringLiteral("council_ref") },
        { QStringLiteral("preferred_name"), QStringLiteral("date_of_birth"),
            QStringLiteral("address"), QStringLiteral("phone"), QStringLiteral("email"),
            QStringLiteral("representative_name"), QStringLiteral("representative_relationship"),
            QStringLiteral("representative_contact"), QStringLiteral("has_capacity"),
            QStringLiteral("best_interest_decision"), QStringLiteral("best_interest_date"),
            QStringLiteral("best_interest_by"), QStringLiteral("care_manager_name"),
            QStringLiteral("care_manager_contact"), QStringLiteral("case_worker_name"),
            QStringLiteral("case_worker_contact"), QStringLiteral("notes") } };
}

QStringList agreementOverrideColumns()
{
    QStringList names = Policy::parameterNames();
    names.removeAll(QStringLiteral("statement_cycle"));
    return names;
}

ColumnLayout agreementColumns()
{
    return { { QStringLiteral("person_ref"), QStringLiteral("start_date"),
                 QStringLiteral("weekly_budget") },
        QStringList { QStringLiteral("effective_from"), QStringLiteral("end_date"),
            QStringLiteral("review_date"), QStringLiteral("status"),
            QStringLiteral("weekly_contribution"), QStringLiteral("contribution_percent"),
            QStringLiteral("contribution_collection"), QStringLiteral("statement_cycle"),
            QStringLiteral("statement_anchor"), QStringLiteral("uplift_weekly"),
            QStringLiteral("uplift_from"), QStringLiteral("uplift_to"),
            QStringLiteral("uplift_reason"), QStringLiteral("contingency"),
            QStringLiteral("contingency_note"), QStringLiteral("outcomes"),
            QStringLiteral("change_reason"), QStringLiteral("notice_given_on"),
            QStringLiteral("notice_given_by"), QStringLiteral("notice_reason"),
            QStringLiteral("notice_ends_on"), QStringLiteral("ended_on"),
            QStringLiteral("plan_service"), QStringLiteral("plan_supplier"),
            QStringLiteral("plan_hours_per_week"), QStringLiteral("plan_hourly_rate"),
            QStringLiteral("plan_weekly_cost"), QStringLiteral("plan_bankable"),
            QStringLiteral("plan_outcome") }
            + agreementOverrideColumns() };
}

ColumnLayout supplierColumns()
{
    return { { QStringLiteral("name") },
        { QStringLiteral("kind"), QStringLiteral("cqc_number"), QStringLiteral("dbs_checked_on"),
            QStringLiteral("insurance_expires_on"), QStringLiteral("address"),
            QStringLiteral("contact"), QStringLiteral("notes") } };
}

ColumnLayout transactionColumns()
{
    return { { QStringLiteral("person_ref"), QStringLiteral("date"), QStringLiteral("type"),
                 QStringLiteral("amount"), QStringLiteral("category"), QStringLiteral("supplier"),
                 QStringLiteral("reference"), QStringLiteral("description"),
                 QStringLiteral("hours"), QStringLiteral("rate") },
        { QStringLiteral("txn_id"), QStringLiteral("reverses") } };
}

} // namespace isf
