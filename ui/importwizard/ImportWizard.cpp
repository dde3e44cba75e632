// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "ui/importwizard/ImportWizard.h"

#include "core/csv/CsvReader.h"
#include "core/csv/CsvWriter.h"
#include "core/import/ImportKind.h"
#include "core/import/Importer.h"
#include "core/storage/ProviderFile.h"
#include "ui/common/ErrorText.h"
#include "ui/common/FileDialogs.h"
#include "ui/common/Session.h"

#include <QApplication>
#include <QComboBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>

namespace isf::ui {
namespace {
constexpr int kPreviewRows = 100;
}

ImportWizard::ImportWizard(Session &session, FileDialogs &dialogs, QWidget *parent)
    : QWizard(parent), m_session(session), m_dialogs(dialogs)
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import from CSV"));
    setAccessibleName(windowTitle());
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setPage(ChoosePage, makeChoosePage());
    setPage(PreviewPage, makePreviewPage());
    setPage(ResultPage, makeResultPage());
    button(QWizard::NextButton)->setObjectName(QStringLiteral("wizardNext"));
    button(QWizard::FinishButton)->setObjectName(QStringLiteral("wizardFinish"));
    resize(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 60, fontMetrics().height() * 32);
}

QWizardPage *ImportWizard::makeChoosePage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("What to import"));
    page->setSubTitle(tr("Choose the kind of file and the CSV file itself."));
    m_kind = new QComboBox(page);
    m_kind->setObjectName(QStringLiteral("importKind"));
    m_kind->setAccessibleName(tr("Kind of file"));
    for (const ImportKind *k : ImportRegistry::all())
        m_kind->addItem(k->name, k->name);
    m_kindHelp = new QLabel(page);
    m_kindHelp->setObjectName(QStringLiteral("importKindHelp"));
    m_kindHelp->setWordWrap(true);
    m_path = new QLineEdit(page);
    m_path->setObjectName(QStringLiteral("importPath"));
    m_path->setAccessibleName(tr("CSV file"));
    auto *browse = new QPushButton(tr("&Browse\u2026"), page);
    browse->setObjectName(QStringLiteral("importBrowse"));
    auto *kindLabel = new QLabel(tr("&Kind:"), page);
    kindLabel->setBuddy(m_kind);
    auto *fileLabel = new QLabel(tr("&File:"), page);
    fileLabel->setBuddy(m_path);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(fileLabel);
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browse);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(kindLabel);
    layout->addWidget(m_kind);
    layout->addWidget(m_kindHelp);
    layout->addLayout(fileRow);
    layout->addStretch();
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ImportWizard::describeKind);
    connect(m_path, &QLineEdit::textChanged, this, &ImportWizard::detectKind);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString p = m_dialogs.openFileName(this, tr("Choose the CSV file"), csvFileFilter());
        if (!p.isEmpty())
            m_path->setText(p);
    });
    m_kind->setToolTip(tr("Read from the file's header when you choose it; change it only "
                          "if the file fits more than one kind"));
    describeKind();
    return page;
}

// The kind whose columns the header has (every required one, nothing unknown).
void ImportWizard::detectKind()
{
    if (!QFileInfo(path()).isFile())
        return;
    QStringList header;
    try {
        header = CsvTable::load(path()).header();
    } catch (const std::exception &e) {
        m_kindHelp->setText(errorText(e));
        return;
    }
    QStringList lower;
    for (const QString &h : header)
        lower << h.trimmed().toLower();
    QStringList fits;
    for (const ImportKind *k : ImportRegistry::all()) {
        bool ok = true;
        for (const QString &c : k->required)
            ok = ok && lower.contains(c.toLower());
        for (const QString &c : lower)
            ok = ok
                && (k->required.contains(c, Qt::CaseInsensitive)
                    || k->optional.contains(c, Qt::CaseInsensitive));
        if (ok)
            fits << k->name;
    }
    if (fits.size() == 1) {
        m_kind->setCurrentIndex(m_kind->findData(fits.first()));
        describeKind();
        m_kindHelp->setText(tr("The header says this is a file of %1.").arg(fits.first()) + u'\n'
            + m_kindHelp->text());
    } else if (fits.size() > 1) {
        m_kind->setCurrentIndex(m_kind->findData(fits.first()));
        m_kindHelp->setText(tr("The header fits more than one kind: %1. Choose which this file is.")
                                .arg(fits.join(QStringLiteral(", "))));
        m_kind->setFocus();
    } else {
        m_kindHelp->setText(tr("The header (%1) is not that of any kind of import file. Check "
                               "the column names against the user guide.")
                                .arg(header.join(QStringLiteral(", "))));
    }
}

QWizardPage *ImportWizard::makePreviewPage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Preview"));
    page->setSubTitle(
        tr("The first rows as read from the file. Nothing is imported until you go on."));
    m_preview = new QTableWidget(page);
    m_preview->setObjectName(QStringLiteral("importPreview"));
    m_preview->setAccessibleName(tr("Preview of the file"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_previewNote = new QLabel(page);
    m_previewNote->setObjectName(QStringLiteral("importPreviewNote"));
    m_previewNote->setWordWrap(true);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_previewNote);
    return page;
}

QWizardPage *ImportWizard::makeResultPage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Import"));
    m_busy = new QProgressBar(page);
    m_busy->setRange(0, 0);
    m_busy->setAccessibleName(tr("Importing"));
    m_result = new QLabel(page);
    m_result->setObjectName(QStringLiteral("importResult"));
    m_result->setWordWrap(true);
    m_problems = new QListWidget(page);
    m_problems->setObjectName(QStringLiteral("importProblems"));
    m_problems->setAccessibleName(tr("Rows with problems"));
    m_saveProblems = new QPushButton(tr("&Save the problem rows\u2026"), page);
    m_saveProblems->setObjectName(QStringLiteral("importSaveProblems"));
    m_saveProblems->setToolTip(tr("Save the rows that were refused, with a column saying what "
                                  "is wrong, as a CSV to correct and import again"));
    m_saveProblems->hide();
    connect(m_saveProblems, &QPushButton::clicked, this, &ImportWizard::saveProblemRows);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_busy);
    layout->addWidget(m_result);
    layout->addWidget(m_problems, 1);
    layout->addWidget(m_saveProblems, 0, Qt::AlignLeft);
    return page;
}

QString ImportWizard::kind() const
{
    return m_kind->currentData().toString();
}

QString ImportWizard::path() const
{
    return m_path->text().trimmed();
}

void ImportWizard::describeKind()
{
    const ImportKind *k = ImportRegistry::find(kind());
    if (!k) {
        m_kindHelp->setText(tr("No import kinds are available in this build."));
        return;
    }
    m_kindHelp->setText(
        tr("%1\nRequired columns: %2\nOptional columns: %3")
            .arg(k->description, k->required.join(QStringLiteral(", ")),
                k->optional.isEmpty() ? tr("none") : k->optional.join(QStringLiteral(", "))));
}

bool ImportWizard::validateCurrentPage()
{
    if (currentId() == ChoosePage) {
        if (path().isEmpty() || !QFileInfo(path()).isFile()) {
            m_kindHelp->setText(tr("Choose a CSV file that exists."));
            return false;
        }
        return ImportRegistry::find(kind()) != nullptr;
    }
    if (currentId() == ResultPage)
        return m_done && !m_running;
    return true;
}

void ImportWizard::initializePage(int id)
{
    if (id == PreviewPage) {
        m_preview->clear();
        m_preview->setRowCount(0);
        try {
            const CsvTable table = CsvTable::load(path());
            m_preview->setColumnCount(static_cast<int>(table.header().size()));
            m_preview->setHorizontalHeaderLabels(table.header());
            const int rows = static_cast<int>(std::min<qsizetype>(table.rowCount(), kPreviewRows));
            m_preview->setRowCount(rows);
            for (int r = 0; r < rows; ++r) {
                const CsvRecord &rec = table.records()[static_cast<size_t>(r)];
                m_preview->setVerticalHeaderItem(
                    r, new QTableWidgetItem(QString::number(rec.line)));
                for (int c = 0; c < rec.fields.size() && c < m_preview->columnCount(); ++c)
                    m_preview->setItem(r, c, new QTableWidgetItem(rec.fields[c]));
            }
            m_rows = static_cast<int>(table.rowCount());
            m_previewNote->setText(tr("%n data row(s) in %1, as %2. Nothing is imported until "
                                      "you press the Import button.",
                nullptr, m_rows)
                                       .arg(table.sourceName(), kind()));
            // The step that writes says so, with the number of rows.
            setButtonText(QWizard::NextButton, tr("&Import %n row(s)", nullptr, m_rows));
        } catch (const std::exception &e) {
            m_previewNote->setText(errorText(e));
        }
        m_preview->resizeColumnsToContents();
    } else if (id == ResultPage) {
        setButtonText(QWizard::NextButton, tr("&Next >"));
        runImport();
    } else {
        setButtonText(QWizard::NextButton, tr("&Next >"));
    }
}

void ImportWizard::runImport()
{
    m_done = false;
    m_running = true;
    m_busy->show();
    m_problems->clear();
    m_result->setText(tr("Importing %1\u2026").arg(QFileInfo(path()).fileName()));
    const QString file = m_session.path(), user = m_session.userName(), csv = path(), k = kind();
    const Clock &clock = m_session.clock();
    QPointer<ImportWizard> self(this);
    QThread *thread = QThread::create([self, file, user, csv, k, &clock] {
        bool ok = false;
        QString summary;
        QStringList problems;
        try {
            const ProviderFile own = ProviderFile::open(file, user, clock);
            summary = describeImport(importCsvFile(own, k, csv));
            ok = true;
        } catch (const ImportError &e) {
            problems = e.problems();
            summary = QObject::tr("Nothing was imported: %n row problem(s). Fix them in the file "
                                  "and import it again.",
                nullptr, static_cast<int>(problems.size()));
        } catch (const std::exception &e) {
            summary = QObject::tr("Nothing was imported. %1").arg(errorText(e));
        }
        QMetaObject::invokeMethod(
            qApp,
            [self, ok, summary, problems] {
                if (self)
                    self->showResult(ok, summary, problems);
            },
            Qt::QueuedConnection);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

void ImportWizard::showResult(bool ok, const QString &summary, const QStringList &problems)
{
    m_running = false;
    m_done = true;
    m_ok = ok;
    m_busy->hide();
    m_result->setText(summary);
    m_result->setStyleSheet(ok ? QString() : QStringLiteral("font-weight: bold;"));
    m_problems->addItems(problems);
    m_problems->setVisible(!problems.isEmpty());
    m_problemList = problems;
    m_saveProblems->setVisible(!ok && !problems.isEmpty());
    if (ok)
        m_session.notifyChanged(0);
    emit importFinished(ok);
}

// The refused rows as they were, each with its problems in a last column, so the file
// can be corrected and imported again. Problems read "SOURCE:LINE: column: message".
void ImportWizard::saveProblemRows()
{
    const QString out = m_dialogs.saveFileName(this, tr("Save the problem rows"),
        QFileInfo(path()).completeBaseName() + QStringLiteral("-problems.csv"), csvFileFilter());
    if (out.isEmpty())
        return;
    attempt(this, tr("Save the problem rows"), [&] {
        const CsvTable table = CsvTable::load(path());
        QHash<int, QStringList> byLine;
        static const QRegularExpression where(QStringLiteral("^[^:]*:(\\d+):\\s*(.*)$"));
        for (const QString &p : std::as_const(m_problemList)) {
            const QRegularExpressionMatch m = where.match(p);
            if (m.hasMatch())
                byLine[m.captured(1).toInt()] << m.captured(2);
        }
        CsvWriter w;
        w.writeRow(table.header() << tr("problem"));
        for (const CsvRecord &rec : table.records()) {
            if (!byLine.contains(rec.line))
                continue;
            QStringList cells;
            for (const QString &f : rec.fields)
                cells << CsvWriter::textCell(f);
            w.writeRow(
                cells << CsvWriter::textCell(byLine.value(rec.line).join(QStringLiteral("; "))));
        }
        w.save(out);
    });
}

} // namespace isf::ui
