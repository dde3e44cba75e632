// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include "core/domain/Entities.h"
#include "core/time/Period.h"
#include "reports/layout/Document.h"

#include <QStringList>

#include <optional>

namespace isf {
class ProviderFile;
}

namespace isf::ui {

// The printed documents the app offers, from reports/documents. Each builds a layout
// Document to preview, print or save. (One place for the app to ask for documents, so
// that its menus do not depend on how reports/ builds them.)
namespace Documents {
bool available(); // reports/documents is built in
// The person's latest statement period that has ended by `today` (core/statements);
// the 28 days to today when they have none.
Period latestPeriod(const ProviderFile &file, Id personId, const QDate &today);
reports::Document statement(
    const ProviderFile &file, Id personId, const Period &period, const QDate &today);
reports::Document easyReadStatement(
    const ProviderFile &file, Id personId, const Period &period, const QDate &today);
std::optional<reports::Document> agreement(const ProviderFile &file, Id agreementId);
std::optional<reports::Document> alertLetter(const ProviderFile &file, Id alertId);
std::optional<reports::Document> noticeLetter(const ProviderFile &file, Id agreementId);
QStringList letterRules(); // the alert rules that have a letter
} // namespace Documents

} // namespace isf::ui
