// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include "core/domain/Entities.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace isf::ui {

class PeopleFilter;
class PeopleModel;
class Session;

// The People list: search as you type, filter by council, status and open alerts,
// sort by any column; Enter or a double click opens the person.
class PeoplePage : public QWidget {
    Q_OBJECT
public:
    explicit PeoplePage(QWidget *parent = nullptr);
    void setSession(Session *session);
    void reload();
    QTableView *view() const { return m_view; }
    PeopleModel *model() const { return m_model; }
    // Puts the keyboard in the search box (Ctrl+F does the same).
    void focusSearch();

signals:
    void openPerson(isf::Id personId);
    void addPersonRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void focusResults();
    void openCurrent();
    void updateCount();
    void fillFilters();

    Session *m_session = nullptr;
    PeopleModel *m_model;
    PeopleFilter *m_filter;
    QLineEdit *m_search;
    QComboBox *m_council, *m_status;
    QCheckBox *m_alertsOnly;
    QTableView *m_view;
    QLabel *m_count;
};

} // namespace isf::ui
