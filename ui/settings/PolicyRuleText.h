// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include <QString>

#include <vector>

namespace isf::ui {

// A council policy rule in plain words: the sentence it completes, the unit its value
// is in, and a line of help. `key` is the rule's name in files and imports.
struct PolicyRuleText {
    QString key;
    QString label; // "Notify the council when the balance is more than"
    QString unit; // "weeks' budget"
    QString help;
};

// Every rule of Policy::parameterNames(), in that order (unknown keys get the key as
// their label, so a rule added in core still shows).
std::vector<PolicyRuleText> policyRuleTexts();

} // namespace isf::ui
