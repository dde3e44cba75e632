#pragma once

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
void bulkStatements(MainWindow &w);
void auditPack(MainWindow &w);
void importCsv(MainWindow &w);
void reverseSelected(MainWindow &w);
} // namespace ReportActions

} // namespace isf::ui
