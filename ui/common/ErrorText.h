// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include "core/util/Errors.h"

#include <QString>

#include <exception>

class QWidget;

namespace isf::ui {

// The plain-words text of any failure: isf::Error::message() as it is; anything else
// becomes a general sentence (raw driver text is never shown).
QString errorText(const std::exception &e);
// Shows a failure in a message box titled with what the person was doing.
void showError(QWidget *parent, const QString &doing, const std::exception &e);

// Runs `action`; on failure shows the error and returns false. A failed action
// changes nothing, because every core action is one transaction.
template <typename F> bool attempt(QWidget *parent, const QString &doing, F &&action)
{
    try {
        action();
        return true;
    } catch (const std::exception &e) {
        showError(parent, doing, e);
        return false;
    }
}

} // namespace isf::ui
