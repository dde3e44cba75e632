// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include "core/domain/Entities.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace isf::ui {

class Session;

// A tab that edits part of a person's record. Subclasses put fields on the form and
// move values between them and a Person; "Save changes" (Ctrl+S) saves through an
// undoable EditPersonCommand, "Revert" reloads.
class PersonEditTab : public QWidget {
    Q_OBJECT
public:
    PersonEditTab(Session &session, Id personId, const QString &what, QWidget *parent = nullptr);
    void reload();
    bool save();
    // True while fields hold edits not yet saved.
    bool hasUnsavedChanges() const;
    const QString &what() const { return m_what; }

protected:
    virtual void load(const Person &p) = 0;
    virtual void store(Person &p) const = 0;
    QFormLayout *form() const { return m_form; }
    QLineEdit *addLine(const QString &label, const QString &objectName);
    QPlainTextEdit *addText(const QString &label, const QString &objectName);
    void watch(QWidget *field); // marks the tab changed when the field is edited
    Session &session() const { return m_session; }

private:
    void setDirty(bool dirty);
    Session &m_session;
    Id m_personId;
    QString m_what;
    Person m_loaded;
    QFormLayout *m_form;
    QLabel *m_message;
    QPushButton *m_save, *m_revert;
    bool m_loading = false;
};

} // namespace isf::ui
