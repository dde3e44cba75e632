// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
// Helpers for driving the desktop app in tests: a window on throwaway settings and
// scripted file dialogs, waiting for conditions, and finding top-level dialogs.
#include "ui/common/AppSettings.h"
#include "ui/common/FileDialogs.h"
#include "ui/main/MainWindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QStringList>
#include <QTest>

#include <functional>
#include <memory>

// File dialogs that answer from a script instead of asking.
class ScriptedDialogs : public isf::ui::FileDialogs {
public:
    QStringList answers; // taken in order by every kind of dialog
    QString openFileName(QWidget *, const QString &, const QString &) override { return next(); }
    QString saveFileName(QWidget *, const QString &, const QString &, const QString &) override
    {
        return next();
    }
    QString directory(QWidget *, const QString &) override { return next(); }
    // Save/Discard/Cancel questions: answered in order (Cancel when none is left).
    QList<isf::ui::UnsavedAnswer> unsavedAnswers;
    QStringList unsavedAsked; // what each question was about
    isf::ui::UnsavedAnswer askToSave(QWidget *, const QString &what) override
    {
        unsavedAsked << what;
        return unsavedAnswers.isEmpty() ? isf::ui::UnsavedAnswer::Cancel
                                        : unsavedAnswers.takeFirst();
    }
    // Yes/no questions: answered in order (no when none is left).
    QList<bool> confirmAnswers;
    QStringList confirmAsked;
    bool confirm(QWidget *, const QString &, const QString &text, const QString &) override
    {
        confirmAsked << text;
        return !confirmAnswers.isEmpty() && confirmAnswers.takeFirst();
    }
    // Lines of text: answered in order (cancelled when none is left).
    QStringList textAnswers;
    QStringList textLabels; // the label of each question
    QString askText(QWidget *, const QString &, const QString &label, const QString &) override
    {
        textLabels << label;
        return textAnswers.isEmpty() ? QString() : textAnswers.takeFirst();
    }

private:
    QString next() { return answers.isEmpty() ? QString() : answers.takeFirst(); }
};

// A main window with throwaway settings in `dir`.
struct DeskFixture {
    explicit DeskFixture(const QString &dir, const isf::Clock &clock);
    ~DeskFixture();
    isf::ui::AppSettings settings;
    ScriptedDialogs dialogs;
    std::unique_ptr<isf::ui::MainWindow> window;
    // Waits for the alert review started by opening or changing the file.
    bool waitForReview(int ms = 30000);
};

// Spins the event loop until cond() holds or ms pass.
bool waitFor(const std::function<bool()> &cond, int ms = 10000);

// The visible top-level (or child) widget of type T, if any.
template <typename T> T *findDialog(QWidget *parent = nullptr)
{
    if (parent)
        for (T *t : parent->findChildren<T *>())
            if (t->isVisible())
                return t;
    for (QWidget *w : QApplication::topLevelWidgets())
        if (auto *t = qobject_cast<T *>(w); t && t->isVisible())
            return t;
    return nullptr;
}
