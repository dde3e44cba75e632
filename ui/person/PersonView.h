// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include "core/domain/Entities.h"
#include "core/time/Period.h"

#include <QWidget>

class QLabel;
class QTabWidget;

namespace isf::ui {

class AgreementTab;
class AlertsTab;
class BudgetTab;
class DetailsTab;
class HoursTab;
class LedgerTab;
class PersonChartsTab;
class RepresentativeTab;
class Session;
class StatementsTab;

// Everything about one person, in tabs: details, representative and capacity,
// agreement and plan, budget, ledger, hours, alerts, statements. The header shows the
// balance today and the entry buttons.
class PersonView : public QWidget {
    Q_OBJECT
public:
    PersonView(Session &session, Id personId, QWidget *parent = nullptr);
    Id personId() const { return m_personId; }
    QString title() const { return m_title; }
    QTabWidget *tabs() const { return m_tabs; }
    LedgerTab *ledgerTab() const { return m_ledger; }
    void reload();
    // Edits typed on the details or representative tabs and not yet saved.
    bool hasUnsavedChanges() const;
    // "the details and the representative of P0001": for the Save/Discard question.
    QString unsavedSummary() const;
    // Saves every tab with edits; false (and the tab shown with its message) when a
    // check refused one, so nothing typed is lost.
    bool saveChanges();

signals:
    // The kind is a TxnKind; the window opens the entry form for this person.
    void entryRequested(isf::Id personId, int kind);
    void reverseRequested(isf::Id txnId);
    void attachRequested(isf::Id txnId);
    void newAgreementRequested(isf::Id personId);
    void noticeRequested(isf::Id personId);
    void acknowledgeRequested(isf::Id alertId);
    void hoursRequested(isf::Id personId);
    void copyRequested(
        isf::Id personId, const isf::Period &period, bool easyRead, const QDate &issuedOn);
    void titleChanged();

private:
    void updateHeader();
    void reloadTab(int index);
    Session &m_session;
    QList<bool> m_stale; // per tab: data changed since it was last loaded
    Id m_personId;
    QString m_title;
    QLabel *m_header;
    QTabWidget *m_tabs;
    DetailsTab *m_details;
    RepresentativeTab *m_representative;
    AgreementTab *m_agreement;
    BudgetTab *m_budget;
    LedgerTab *m_ledger;
    HoursTab *m_hours;
    AlertsTab *m_alerts;
    StatementsTab *m_statements;
    PersonChartsTab *m_charts;
};

} // namespace isf::ui
