// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include <QDialog>
#include <QString>

#include <vector>

namespace isf::ui {

class RecordTable;

// One line of the results: who, which period, what happened and why.
struct IssueOutcome {
    enum Kind { Issued, Draft, Skipped, Failed };
    Kind kind = Issued;
    QString person, period, detail; // detail: the file written, or why not
};

// The results of "Issue statements…": how many were issued, skipped (and why) and
// failed (and why), in a table that can be copied or exported, with "Open folder". It
// stays until it is closed.
class IssueResultsDialog : public QDialog {
    Q_OBJECT
public:
    IssueResultsDialog(const std::vector<IssueOutcome> &outcomes, const QString &folder,
        bool cancelled, QWidget *parent = nullptr);

private:
    RecordTable *m_table;
};

} // namespace isf::ui
