// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include "core/domain/Entities.h"
#include "core/time/Period.h"
#include "ui/issuing/IssuePlan.h"

namespace isf::ui {

class MainWindow;

// What the Reports menu (and a few File and Entry items) do, for the person in the
// current tab (or selected in the People list).
namespace ReportActions {
void previewStatement(MainWindow &w);
void previewEasyRead(MainWindow &w);
void printStatement(MainWindow &w);
void saveStatementPdf(MainWindow &w);
// Saves the latest statement as PDF and records it as issued, closing its period.
void issueStatement(MainWindow &w);
void previewAgreement(MainWindow &w);
void letters(MainWindow &w);
// Reports > Issue statements…: the options dialog, then the statements made on a
// worker thread with progress, then the results (which stay until closed).
void bulkStatements(MainWindow &w);
void runIssuePlan(MainWindow &w, const IssueRequest &request, const std::vector<IssueItem> &items);
void auditPack(MainWindow &w);
void importCsv(MainWindow &w);
void reverseSelected(MainWindow &w);
// A past statement printed again, marked "Copy" with the day it was issued (a preview,
// from which it prints or saves; nothing is recorded).
void previewCopy(
    MainWindow &w, Id personId, const Period &period, bool easyRead, const QDate &issuedOn);
} // namespace ReportActions

} // namespace isf::ui
