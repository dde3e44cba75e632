// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include <QString>

class QWidget;

namespace isf::ui {

// What to do with edits not yet saved.
enum class UnsavedAnswer { Save, Discard, Cancel };

// Where the app asks for file names and short answers. The app uses the platform
// dialogs; tests replace them with answers given in advance.
class FileDialogs {
public:
    virtual ~FileDialogs() = default;
    // "Save the changes to <what>?" with Save, Discard and Cancel.
    virtual UnsavedAnswer askToSave(QWidget *parent, const QString &what);
    // A yes/no question whose Yes button says what it does ("Add supplier").
    virtual bool confirm(
        QWidget *parent, const QString &title, const QString &text, const QString &yesText);
    // One line of text; a null string when cancelled. `label` may say why it is asked
    // again ("The name cannot be blank").
    virtual QString askText(
        QWidget *parent, const QString &caption, const QString &label, const QString &text);
    virtual QString openFileName(QWidget *parent, const QString &caption, const QString &filter);
    virtual QString saveFileName(
        QWidget *parent, const QString &caption, const QString &suggested, const QString &filter);
    virtual QString directory(QWidget *parent, const QString &caption);
};

// The dialogs of the running app (set by the main window), for widgets far from it.
FileDialogs &appDialogs();
void setAppDialogs(FileDialogs *dialogs);

// Filters used across the app.
QString providerFileFilter();
QString csvFileFilter();
QString pdfFileFilter();

} // namespace isf::ui
