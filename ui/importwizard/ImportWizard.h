#pragma once
#include <QWizard>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QTableWidget;

namespace isf::ui {

class FileDialogs;
class Session;

// Imports a CSV file of any registered kind (core/import's registry), all or
// nothing: choose the kind and the file, preview the first rows, then import. When any
// row has a problem nothing is imported and every bad row is listed with its message.
// The import runs on a worker thread with its own connection to the provider file.
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
    bool m_done = false, m_ok = false, m_running = false;
};

} // namespace isf::ui
