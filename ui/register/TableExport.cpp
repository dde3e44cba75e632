// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "ui/register/TableExport.h"

#include "ui/common/ErrorText.h"
#include "ui/common/FileDialogs.h"
#include "ui/register/TableSnapshot.h"
#include "ui/register/TableWorkbook.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QKeyEvent>
#include <QSaveFile>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace isf::ui {
namespace {

FileDialogs &dialogs()
{
    return appDialogs();
}

QString suggestedName(const QString &title, const QString &suffix)
{
    QString base = title.toLower();
    base.replace(u' ', u'-');
    base.remove(u'\u2026');
    return base + u'.' + suffix;
}

QAction *addTableAction(QTableView *view, const QString &text, const QString &name,
    const QString &tip, const QKeySequence &key = {})
{
    auto *a = new QAction(text, view);
    a->setObjectName(view->objectName() + name);
    a->setToolTip(tip);
    a->setStatusTip(tip);
    if (!key.isEmpty()) {
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetShortcut);
    }
    view->addAction(a);
    return a;
}

// A table view answers Ctrl+C itself with the current cell alone; this takes the key
// first so that it copies the selected rows, with their headings.
class CopyKey : public QObject {
public:
    using QObject::QObject;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::ShortcutOverride && event->type() != QEvent::KeyPress)
            return false;
        if (static_cast<QKeyEvent *>(event) != QKeySequence::Copy)
            return false;
        if (event->type() == QEvent::KeyPress)
            copyTableSelection(static_cast<QTableView *>(watched));
        event->accept();
        return true;
    }
};

} // namespace

void copyTableSelection(QTableView *view)
{
    const TableSnapshot s = TableSnapshot::of(view, true);
    QApplication::clipboard()->setText(s.toTsv());
}

void exportTableCsv(QTableView *view, const QString &path)
{
    const QByteArray csv = TableSnapshot::of(view, false).toCsv();
    QSaveFile f(path); // all or nothing: a failed export leaves no half file
    if (!f.open(QIODevice::WriteOnly) || f.write(csv) != csv.size() || !f.commit())
        throw StorageError(u"Could not write %1: %2"_s.arg(path, f.errorString()));
}

void exportTableXlsx(QTableView *view, const QString &title, const QString &path)
{
    writeTableWorkbook(TableSnapshot::of(view, false), title, path);
}

void enableTableExport(QTableView *view, const QString &title)
{
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    QAction *copy = addTableAction(view, QApplication::translate("TableExport", "&Copy"), u"Copy"_s,
        QApplication::translate("TableExport",
            "Copy the selected rows as tab-separated text, ready to paste into a spreadsheet"),
        QKeySequence::Copy);
    QObject::connect(copy, &QAction::triggered, view, [view] { copyTableSelection(view); });
    view->installEventFilter(new CopyKey(view));
    QAction *csv = addTableAction(view,
        QApplication::translate("TableExport", "Export to C&SV\u2026"), u"ExportCsv"_s,
        QApplication::translate("TableExport", "Save every row shown here as a CSV file"));
    QObject::connect(csv, &QAction::triggered, view, [view, title] {
        const QString path = dialogs().saveFileName(view,
            QApplication::translate("TableExport", "Export %1 to CSV").arg(title),
            suggestedName(title, u"csv"_s), csvFileFilter());
        if (!path.isEmpty())
            attempt(view, QApplication::translate("TableExport", "Export to CSV"),
                [&] { exportTableCsv(view, path); });
    });
    QAction *xlsx = addTableAction(view,
        QApplication::translate("TableExport", "Export to &Excel\u2026"), u"ExportXlsx"_s,
        QApplication::translate("TableExport", "Save every row shown here as an Excel workbook"));
    QObject::connect(xlsx, &QAction::triggered, view, [view, title] {
        const QString path = dialogs().saveFileName(view,
            QApplication::translate("TableExport", "Export %1 to Excel").arg(title),
            suggestedName(title, u"xlsx"_s),
            QApplication::translate("TableExport", "Excel workbooks (*.xlsx)"));
        if (!path.isEmpty())
            attempt(view, QApplication::translate("TableExport", "Export to Excel"),
                [&] { exportTableXlsx(view, title, path); });
    });
}

} // namespace isf::ui
