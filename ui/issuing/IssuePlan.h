// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include "core/domain/Entities.h"
#include "core/time/Period.h"

#include <QSet>
#include <QString>

#include <vector>

namespace isf {
class ProviderFile;
}

namespace isf::ui {

// What "Issue statements…" was asked to do.
struct IssueRequest {
    QDate periodEnd; // statements for periods ending on or before this day...
    QDate today;
    Id councilId = 0; // ...for one council's people (0: everyone)...
    QSet<Id> people; // ...or only these (empty: no selection)
    bool draft = false; // drafts are marked as such and recorded nowhere
    bool easyRead = false; // an easy-read statement beside each one
    QString folder;
};

// One person's period in the plan: to make, or skipped with the reason in words.
struct IssueItem {
    Id personId = 0;
    QString ref, name;
    Period period;
    int closes = 0; // periods this issue closes (earlier ones never issued close with it)
    QString skipped; // empty: to be made
};

// The periods a request covers, worked out before anything is written, so the
// confirmation can say how many periods will close. Reads only (core queries): for
// each person chosen, their latest period that ends by periodEnd and is not issued yet
// (issuing it closes any earlier period never issued too), or the reason there is none.
struct IssuePlan {
    std::vector<IssueItem> items;
    int toMake() const;
    int skipped() const;
    int periodsClosing() const;
    static IssuePlan of(const ProviderFile &file, const IssueRequest &request);
};

} // namespace isf::ui
