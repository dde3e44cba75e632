// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include <QWizard>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace isf::ui {

class FileDialogs;
class Session;

// Imports a CSV file of any registered kind (core/io/import's registry), all or
// nothing: choose the file (its kind is read from its header, with a choice when more
// than one fits), preview the rows, then "Import N rows". When any row has a problem
// nothing is imported, every bad row is listed with its message, and "Save the problem
// rows" writes them (with their problems) to a CSV to fix and import again. The import
// runs on a worker thread with its own connection to the provider file.
class ImportWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { ChoosePage, PreviewPage, ResultPage };
    ImportWizard(Session &session, FileDialogs &dialogs, QWidget *parent = nullptr);

    QString kind() const;
    QString path() const;
    bool finishedImport() const { return m_done; }
    bool imported() const { return m_ok; }
    QListWidget *problems() const { return m_problems; }

signals:
    void importFinished(bool imported);

protected:
    void initializePage(int id) override;
    bool validateCurrentPage() override;

private:
    QWizardPage *makeChoosePage();
    QWizardPage *makePreviewPage();
    QWizardPage *makeResultPage();
    void describeKind();
    void detectKind();
    void saveProblemRows();
    void runImport();
    void showResult(bool ok, const QString &summary, const QStringList &problems);

    Session &m_session;
    FileDialogs &m_dialogs;
    QComboBox *m_kind = nullptr;
    QLabel *m_kindHelp = nullptr, *m_previewNote = nullptr, *m_result = nullptr;
    QLineEdit *m_path = nullptr;
    QTableWidget *m_preview = nullptr;
    QProgressBar *m_busy = nullptr;
    QListWidget *m_problems = nullptr;
    QPushButton *m_saveProblems = nullptr;
    int m_rows = 0;
    QStringList m_problemList;
    bool m_done = false, m_ok = false, m_running = false;
};

} // namespace isf::ui
